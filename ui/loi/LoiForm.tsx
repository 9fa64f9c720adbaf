/**
 * The Letter of Intent form. Rendered on the server it is a plain form that posts to the check
 * page, whose button posts to /api/loi, and works without JavaScript; in the browser it validates as you go with the same schema as
 * the server and sends JSON with an Idempotency-Key, so a retry never makes a second LOI.
 *
 * Before it is sent, the answers are shown to be checked ("Kontrollera dina svar"): in the browser in
 * place of the form, without JavaScript on a page the server renders.
 *
 * Where the workplace's region lets the employer choose the supplier, the form asks which: in the
 * browser as soon as the kommun is chosen, from the regions' rules the site publishes; without
 * JavaScript on the form shown again, which the server renders with the rules.
 */
import { useEffect, useMemo, useState } from 'react';
import type * as z from 'zod';
import {
  companySizes,
  employmentForms,
  loiForm,
  signerAnswers,
  signerFromContact,
  signerQuestion,
  subsidyAnswers,
  swedishLevels,
} from '../../core/contracts/form-options.ts';
import type { FieldError } from '../../core/contracts/problem.ts';
import { dayOf, employerChoices, type RegionAllocation } from '../../core/catalogue/allocation.ts';
import { loi as t } from '../../core/i18n/sv/loi.ts';
import { ChoiceGroup } from './fields.tsx';
import { formFields, kommunOptions, occupationTarget, SchemaForm, useSchemaForm } from './schema-form.tsx';
import { SupplierChoice } from './SupplierChoice.tsx';
import { CheckAnswers, loiAnswers } from './CheckAnswers.tsx';
import { loiCheckAction } from '../../core/paths.ts';
import type { Occupation } from '../../core/reference/find-occupation.ts';

const f = t.fields;

export interface LoiFormProps {
  /** What was posted, when the server shows the form again with its errors. */
  values?: Record<string, string>;
  errors?: FieldError[];
  /** Every FA-region's rule for its LOIs, when the server shows the form; the browser fetches them. */
  allocations?: readonly RegionAllocation[];
  /** Every occupation name, when the server shows the form again: an occupation not found gets suggestions. */
  occupationChoices?: readonly Occupation[];
}

const targetOf = occupationTarget('behov.yrken');

let published: Promise<RegionAllocation[]> | undefined;
const loadAllocations = () => (published ??= fetch('/data/tilldelning.json').then((r) => r.json() as Promise<RegionAllocation[]>));

const loadContract = () => import('../../core/contracts/loi.ts');
/** Made once, on the first check where the employer chooses the supplier. */
let choosingSupplier: z.ZodType | undefined;
/** The contract, and a supplier chosen when there are suppliers to choose among. */
const contract = (choosing: boolean) => async () => {
  const { loiSchema, loiChoosingSupplier } = await loadContract();
  if (!choosing) return loiSchema;
  choosingSupplier ??= loiChoosingSupplier(t.allocation.choose);
  return choosingSupplier;
};

export default function LoiForm({ values = {}, errors: initialErrors = [], allocations: given, occupationChoices }: LoiFormProps) {
  const [kommun, setKommun] = useState(values.arbetsplatsKommun ?? '');
  const [allocations, setAllocations] = useState(given);
  useEffect(() => {
    if (kommun && !allocations) loadAllocations().then(setAllocations, () => undefined);
  }, [kommun, allocations]);
  const choices = useMemo(() => employerChoices(allocations ?? [], kommun, dayOf(new Date())), [allocations, kommun]);
  // When the contact person signs, the signer's fields are theirs (and hidden): their errors are the contact's.
  const [signer, setSigner] = useState(values[signerQuestion] ?? '');
  const copied = signer === 'kontakt' ? Object.keys(signerFromContact) : [];

  const form = useSchemaForm({
    schema: contract(choices.length > 0),
    shape: loiForm,
    action: '/api/loi',
    targetOf,
    initialErrors,
    shown: (path) => !copied.includes(path),
    checkAction: loiCheckAction,
  });
  const { radioGroup, checkbox, confirmation, text, textarea, select, occupations } = formFields(
    f,
    values,
    form.errorOf,
    occupationChoices,
  );

  const supplierName = (slug: string) => choices.find((s) => s.slug === slug)?.namn;
  const check = (posted: URLSearchParams) => (
    <>
      <CheckAnswers
        sections={loiAnswers(posted, supplierName)}
        headingLevel={3}
        change={(answer) => ({ type: 'button', onClick: () => form.change(answer.target) })}
      />
      <h3>{t.check.sendTitle}</h3>
      <p>{t.check.sendLead}</p>
    </>
  );

  return (
    <SchemaForm form={form} texts={t} check={check}>
      <h2>{t.sections.organisation}</h2>
      {text('organisation.namn', { autoComplete: 'organization' })}
      <div className="field">
        {checkbox('organisation.enskildFirma')}
        <p className="hint">{f['organisation.enskildFirma'].hint}</p>
      </div>
      {text('organisation.organisationsnummer', { className: 'width-10', inputMode: 'numeric' })}
      {radioGroup('organisation.storlek', companySizes, t.choices.storlek)}

      <h2>{t.sections.arbetsplats}</h2>
      <p>{t.allocation.explained}</p>
      {select('arbetsplatsKommun', t.chooseKommun, kommunOptions, false, setKommun)}
      {choices.length > 0 && <SupplierChoice choices={choices} chosen={values.leverantor ?? ''} error={form.errorOf('leverantor')} />}

      <h2>{t.sections.kontakt}</h2>
      {text('kontakt.namn', { autoComplete: 'name' })}
      {text('kontakt.roll', { autoComplete: 'organization-title' })}
      {text('kontakt.epost', { type: 'email', autoComplete: 'email', inputMode: 'email' })}
      {text('kontakt.telefon', { type: 'tel', autoComplete: 'tel', inputMode: 'tel' })}

      <h2>{t.sections.behov}</h2>
      {occupations('behov.yrken')}
      {text('behov.antal', { className: 'width-5', inputMode: 'numeric' })}
      {text('behov.tidigastStart', { className: 'width-10', inputMode: 'numeric' })}
      {radioGroup('behov.anstallningsform', employmentForms, t.choices.anstallningsform)}

      <h2>{t.sections.kompetens}</h2>
      {textarea('kompetens.kunskaper')}
      {radioGroup('kompetens.svenskniva', swedishLevels, t.choices.svenskniva)}
      {textarea('kompetens.korkortOchCertifikat', true)}

      <h2>{t.sections.erbjuder}</h2>
      <ChoiceGroup name="erbjuder" legend={f.erbjuder.label} hint={f.erbjuder.hint}>
        {checkbox('erbjuder.praktikplatser')}
        {checkbox('erbjuder.studiebesok')}
        {checkbox('erbjuder.handledare')}
        {checkbox('erbjuder.internutbildning')}
      </ChoiceGroup>
      {radioGroup('anstallningsstod', subsidyAnswers, t.choices.anstallningsstod)}

      <h2>{t.sections.ovrigt}</h2>
      {textarea('ovrigt', true)}

      <h2>{t.sections.underskrift}</h2>
      {confirmation('ejBindande')}
      {confirmation('samtycke')}
      {checkbox('namnFarVisas')}
      {radioGroup(signerQuestion, signerAnswers, t.choices[signerQuestion], setSigner)}
      {/* Hidden by the stylesheet when the contact person signs, with or without JavaScript. */}
      <div className="signer-fields">
        {text('undertecknare.namn', { autoComplete: 'name' })}
        {text('undertecknare.titel', { autoComplete: 'organization-title' })}
      </div>
    </SchemaForm>
  );
}

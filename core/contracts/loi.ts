/**
 * The Letter of Intent (avsiktsförklaring): one uniform, non-binding template for every region.
 * The same schema validates the form in the browser and the request in the handler.
 */
import * as z from 'zod';
import {
  choice,
  email,
  freeText,
  futureDate,
  kommunkod,
  mustTick,
  organisationsnummer,
  phone,
  textList,
  wholeNumber,
  yesNo,
} from './fields.ts';
import { emptyGroup, isObject, occupations } from './occupation.ts';
import { companySizes, employmentForms, subsidyAnswers, swedishLevels } from './form-options.ts';

export const loiSchema = z.strictObject({
  organisation: z
    .strictObject({
      namn: freeText('organisationens namn', 160),
      /** Sole traders have their personnummer as organisationsnummer; we never take those. */
      enskildFirma: z.boolean().default(false),
      organisationsnummer: organisationsnummer('organisationsnumret').optional(),
      storlek: choice('antal anställda', companySizes),
    })
    .refine((o) => o.enskildFirma || o.organisationsnummer !== undefined, {
      path: ['organisationsnummer'],
      error: 'Fyll i organisationsnumret',
      // Told together with the other errors, not only once they are put right.
      when: isObject,
    })
    .refine((o) => !(o.enskildFirma && o.organisationsnummer !== undefined), {
      path: ['organisationsnummer'],
      error: 'Lämna organisationsnumret tomt när du har enskild firma: det är ditt personnummer, och det tar vi inte emot',
      when: isObject,
    })
    .prefault(emptyGroup),
  /** SCB kommunkod of the workplace; the FA-region is derived from it on the server. */
  arbetsplatsKommun: kommunkod('kommunen där arbetsplatsen ligger'),
  /**
   * The jobbspår supplier the employer chooses, by its slug in the catalogue. Whether it must,
   * may not, or which it may be is the region's rule: the domain, which knows the catalogue, checks it.
   */
  leverantor: z
    .string({ error: 'Välj leverantören i listan' })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Välj leverantören i listan' })
    .max(100, { error: 'Välj leverantören i listan' })
    .optional(),
  kontakt: z
    .strictObject({
      namn: freeText('kontaktpersonens namn', 100),
      roll: freeText('kontaktpersonens roll', 100),
      epost: email('e-postadressen'),
      telefon: phone('telefonnumret'),
    })
    .prefault(emptyGroup),
  behov: z
    .strictObject({
      yrken: occupations,
      antal: wholeNumber('antal personer', 1, 500),
      tidigastStart: futureDate('tidigaste startdatum', 2),
      anstallningsform: choice('anställningsform', employmentForms),
    })
    .prefault(emptyGroup),
  kompetens: z
    .strictObject({
      kunskaper: textList('kunskaper', { maxItems: 20, maxLength: 200 }).min(1, {
        error: 'Skriv minst en kunskap eller färdighet som behövs',
      }),
      svenskniva: choice('nivå i svenska', swedishLevels),
      korkortOchCertifikat: textList('körkort och certifikat', {
        maxItems: 10,
        maxLength: 120,
      }).default([]),
    })
    .prefault(emptyGroup),
  erbjuder: z
    .strictObject({
      praktikplatser: yesNo('praktikplatser'),
      studiebesok: yesNo('studiebesök'),
      handledare: yesNo('handledare'),
      internutbildning: yesNo('internutbildning'),
    })
    .prefault(emptyGroup),
  anstallningsstod: choice('om anställning med anställningsstöd är möjlig', subsidyAnswers),
  ovrigt: freeText('övrigt', 2000, { multiline: true }).optional(),
  ejBindande: mustTick('Kryssa i att avsiktsförklaringen inte är bindande'),
  samtycke: mustTick('Kryssa i att vi får dela avsiktsförklaringen med leverantören, kommunen och Arbetsförmedlingen'),
  /** Optional: the employer's name may be shown on the public page of a jobbspår it takes part in; otherwise only "3 arbetsgivare i Malmö". */
  namnFarVisas: yesNo('om ert namn får visas').optional(),
  undertecknare: z
    .strictObject({
      namn: freeText('namnet på den som skriver under', 100),
      titel: freeText('titeln på den som skriver under', 100),
    })
    .prefault(emptyGroup),
});

export type LoiInput = z.input<typeof loiSchema>;
export type Loi = z.output<typeof loiSchema>;

/** The contract as the form checks it where the workplace's region lets the employer choose: a supplier must be chosen. */
export const loiChoosingSupplier = (message: string) =>
  loiSchema.refine((loi) => Boolean(loi.leverantor), { path: ['leverantor'], error: message, when: isObject });

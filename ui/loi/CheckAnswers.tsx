/**
 * "Check your answers" (GOV.UK) for the LOI: what was written, section by section, each answer with
 * a way back to its field, before the LOI is sent. It reads the form's fields as posted, so the
 * browser (the step in place of the form) and the server (a page of its own, without JavaScript)
 * show the same answers.
 */
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { companySizes, employmentForms, signerQuestion, subsidyAnswers, swedishLevels } from '../../core/contracts/form-options.ts';
import { getKommun } from '../../core/reference/index.ts';
import { fill } from '../../core/i18n/fill.ts';
import { formatDate } from '../../core/i18n/format.ts';
import { loi as t } from '../../core/i18n/sv/loi.ts';

const f = t.fields;

export interface Answer {
  label: string;
  value: ReactNode;
  /** The field "Ändra" leads to: its first input. */
  target: string;
}

const offers = ['erbjuder.praktikplatser', 'erbjuder.studiebesok', 'erbjuder.handledare', 'erbjuder.internutbildning'] as const;

/**
 * The LOI's answers by section, from the form's fields; `supplierName` names the chosen supplier's
 * slug. Only fields that passed the form's schema get here, so every choice has its label.
 */
export function loiAnswers(posted: URLSearchParams, supplierName: (slug: string) => string | undefined) {
  const value = (name: string) => posted.get(name)?.trim() ?? '';
  const lines = (name: string) =>
    posted
      .getAll(name)
      .flatMap((text) => text.split(/\r?\n/))
      .map((line) => line.trim())
      .filter(Boolean);
  const list = (items: readonly string[]) =>
    items.length === 0 ? (
      t.check.none
    ) : (
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  const answer = (name: string, shown: ReactNode = value(name) || t.check.none): Answer => ({
    label: f[name as keyof typeof f].label,
    value: shown,
    target: name,
  });
  const chosen = <T extends string>(name: string, options: readonly T[], labels: Record<T, string>) =>
    answer(name, labels[options.find((option) => option === value(name))!]);
  const occupations = [...posted.keys()]
    .filter((name) => /^behov\.yrken\.\d+\.namn$/.test(name))
    .map(value)
    .filter(Boolean);
  const contactSigns = value(signerQuestion) === 'kontakt';
  const supplier = value('leverantor');

  return [
    {
      title: t.sections.organisation,
      answers: [
        answer('organisation.namn'),
        posted.get('organisation.enskildFirma') === 'ja'
          ? answer('organisation.organisationsnummer', f['organisation.enskildFirma'].label)
          : answer('organisation.organisationsnummer'),
        chosen('organisation.storlek', companySizes, t.choices.storlek),
      ],
    },
    {
      title: t.sections.arbetsplats,
      answers: [
        answer('arbetsplatsKommun', getKommun(value('arbetsplatsKommun'))?.namn),
        ...(supplier ? [{ label: t.allocation.field.label, value: supplierName(supplier) ?? supplier, target: 'leverantor' }] : []),
      ],
    },
    {
      title: t.sections.kontakt,
      answers: [answer('kontakt.namn'), answer('kontakt.roll'), answer('kontakt.epost'), answer('kontakt.telefon')],
    },
    {
      title: t.sections.behov,
      answers: [
        { label: f['behov.yrken'].label, value: list(occupations), target: 'behov.yrken.0.namn' },
        answer('behov.antal'),
        answer('behov.tidigastStart', value('behov.tidigastStart') ? formatDate(value('behov.tidigastStart')) : undefined),
        chosen('behov.anstallningsform', employmentForms, t.choices.anstallningsform),
      ],
    },
    {
      title: t.sections.kompetens,
      answers: [
        answer('kompetens.kunskaper', list(lines('kompetens.kunskaper'))),
        chosen('kompetens.svenskniva', swedishLevels, t.choices.svenskniva),
        answer('kompetens.korkortOchCertifikat', list(lines('kompetens.korkortOchCertifikat'))),
      ],
    },
    {
      title: t.sections.erbjuder,
      answers: [
        {
          label: f.erbjuder.label,
          value: list(offers.filter((name) => posted.get(name) === 'ja').map((name) => f[name].label)),
          target: offers[0],
        },
        chosen('anstallningsstod', subsidyAnswers, t.choices.anstallningsstod),
      ],
    },
    { title: t.sections.ovrigt, answers: [answer('ovrigt')] },
    {
      title: t.sections.underskrift,
      answers: contactSigns
        ? [answer(signerQuestion, fill(t.check.signerIsContact, { name: value('kontakt.namn'), role: value('kontakt.roll') }))]
        : [answer('undertecknare.namn'), answer('undertecknare.titel')],
    },
  ];
}

interface Props {
  sections: ReturnType<typeof loiAnswers>;
  /** The "Ändra" button of an answer: in the browser it shows the form again, on the server's page it posts the answers back to it. */
  change: (answer: Answer) => ButtonHTMLAttributes<HTMLButtonElement>;
  /** The sections' headings are one level below the step's own heading. */
  headingLevel: 2 | 3;
}

export function CheckAnswers({ sections, change, headingLevel }: Props) {
  const Heading = `h${headingLevel}` as const;
  return sections.map((section) => (
    <section key={section.title} className="check-section">
      <Heading>{section.title}</Heading>
      <dl className="summary-list">
        {section.answers.map((answer) => (
          <div className="summary-row" key={answer.target}>
            <dt>{answer.label}</dt>
            <dd>{answer.value}</dd>
            <dd className="summary-change">
              <button className="link-button" {...change(answer)}>
                {t.check.change}
                <span className="visually-hidden"> {answer.label.toLowerCase()}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  ));
}

/**
 * What the submission forms offer and how their plain posts map onto the contracts, without zod:
 * a form's script draws the form from these at once and loads the schema that checks the answers
 * (core/contracts/loi.ts, signals.ts, complaint.ts) only when the person starts to fill it in.
 */
import type { JobseekerLanguage } from '../i18n/index.ts';
import type { FormShape } from './form.ts';

/** A need names 1–5 occupations. */
export const maxOccupations = 5;

export const companySizes = ['1-9', '10-49', '50-249', '250+'] as const;
export const employmentForms = ['tillsvidare', 'visstid', 'provanstallning', 'sasong', 'timanstallning'] as const;
export const swedishLevels = ['ingen', 'grundlaggande', 'god', 'mycket-god'] as const;
export const subsidyAnswers = ['ja', 'nej', 'vet-inte'] as const;

/** The form asks whether the contact person signs; if so, the signer is the contact person, in their role. */
export const signerQuestion = 'undertecknare.vem';
export const signerAnswers = ['kontakt', 'annan'] as const;
export const signerFromContact = { 'undertecknare.namn': 'kontakt.namn', 'undertecknare.titel': 'kontakt.roll' } as const;

/** How the LOI form's fields map onto the contract. */
export const loiForm = {
  numbers: ['behov.antal'],
  booleans: [
    'organisation.enskildFirma',
    'erbjuder.praktikplatser',
    'erbjuder.studiebesok',
    'erbjuder.handledare',
    'erbjuder.internutbildning',
    'ejBindande',
    'samtycke',
    'namnFarVisas',
  ],
  lists: ['kompetens.kunskaper', 'kompetens.korkortOchCertifikat'],
  copies: [{ when: signerQuestion, is: 'kontakt', fields: signerFromContact }],
} as const;

export const horizons = ['0-3', '3-12', 'over-12'] as const;
export const loiAnswers = ['ja', 'nej', 'vet-inte'] as const;

export const needsForm = {
  numbers: ['behov.antal'],
} as const;

/** Why none of the catalogue's interventions fits the competence profile. */
export const gapReasons = ['saknas', 'fullt', 'for-lang', 'fel-ort', 'fel-sprak', 'fel-tid', 'annat'] as const;
export const maxConsidered = 5;

export const gapForm = {
  numbers: ['berorda.arbetsgivare', 'berorda.tjanster'],
  lists: ['profil.kunskaper', 'avsiktsforklaringar'],
} as const;

/** What a complaint is about, in the order the form offers them. */
export const complaintTopics = ['bemotande', 'innehall', 'tider', 'tillganglighet', 'sprak', 'annat'] as const;

/** The plain complaint form's fields are the contract's own: no numbers, boxes or lists to read. */
export const complaintForm: FormShape = {};

const complaintApi = '/api/complaints';

/**
 * Where the complaint form posts: the API, with the form's language in the query (`?lang=ar`) when
 * it is not Swedish, so that what comes back (the errors, the receipt's address) is in it.
 */
export const complaintAction = (language: JobseekerLanguage) =>
  language === 'sv' ? complaintApi : `${complaintApi}?${new URLSearchParams({ lang: language })}`;

/**
 * The closed lists the catalogue uses. Values are what editors write in the markdown files;
 * their Swedish labels are in site/i18n/sv.ts.
 */

/** Kinds of intervention (insatstyp). */
export const interventionTypes = [
  'yrkesvux',
  'sfi',
  'arbetsmarknadsutbildning',
  'praktik',
  'validering',
  'arbetstraning',
  'jobbsparsmodul',
  'vagledning',
  'studiemotiverande',
  'jobbsokarstod',
] as const;

/** The four activity categories of the activity requirement in försörjningsstödet (prop. 2025/26:207). */
export const activityCategories = ['motiverande', 'sprakstarkande', 'jobbsokande', 'arbetsplatsforlagd'] as const;

/** How an intervention is delivered. */
export const deliveryModes = ['pa-plats', 'distans', 'blandat'] as const;

/** Study or activity pace. */
export const paces = ['heltid', 'deltid', 'flexibel'] as const;

/** How participants are taken in. */
export const intakeKinds = ['lopande', 'datum'] as const;

/** How widely an intervention is offered. */
export const scopes = ['nationell', 'fa-region', 'kommuner'] as const;

/** Services a supplier can be contracted or authorised for. */
export const supplierServices = ['rusta-och-matcha', 'jobbspar', 'kundval-kommun', 'arbetsmarknadsutbildning', 'validering'] as const;

/**
 * The services where the jobseeker chooses the supplier: Arbetsförmedlingen's and the kommuner's
 * choice systems. Jobbspår, arbetsmarknadsutbildning and validering are procured: Arbetsförmedlingen
 * places the participant, so their suppliers are on no choice list, and publishing results to choose
 * by suits only a choice system (Arbetsförmedlingen, Rapport om fördjupad granskning av kompletterande
 * aktörer, 2013, 8.4).
 */
export const jobseekerChoiceServices = [
  'rusta-och-matcha',
  'kundval-kommun',
] as const satisfies readonly (typeof supplierServices)[number][];

/** State of a supplier's contract for a service: paused is Arbetsförmedlingen's avropsstopp. */
export const contractStatuses = ['aktiv', 'pausad', 'avslutad'] as const;

/**
 * Languages an intervention or a supplier can be delivered in (ISO 639-1, plus "prs" for dari
 * and "ckb" for sorani, which have no two-letter code).
 */
export const languages = [
  'sv',
  'en',
  'ar',
  'so',
  'ti',
  'fa',
  'prs',
  'ckb',
  'ku',
  'uk',
  'ru',
  'pl',
  'bs',
  'es',
  'fr',
  'de',
  'tr',
  'th',
  'am',
  'fi',
  'se',
] as const;

export type ContractStatus = (typeof contractStatuses)[number];

/**
 * How an FA-region shares its employers' LOIs among its jobbspår suppliers: in turn, in a published
 * order, or to the one the employer chooses on the form.
 */
export const allocationRules = ['rak_ordning', 'arbetsgivaren_valjer'] as const;

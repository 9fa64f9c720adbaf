/**
 * A jobbspår: the report's unit of work (`../shared/seeds/000_…`, §6–11). Employers' needs (LOIs)
 * become "en paketering av insatser … i en fördefinierad kedja" (§6) drawn from the catalogue,
 * participants are recruited (§9: Arbetsförmedlingen shortlists, the employer and the supplier
 * select), followed during the track (§10) and after it (§11), where payment is tied to a job and
 * to employment "kvar efter sex månader" (§12.5). The outcomes "behöver … synliggöras" (§5).
 *
 * The portal keeps counts only, never a participant's identity. The staff pages' forms and the
 * JSON API (`/api/jobbspar/…`) read the same schemas; a form posts the same dotted names.
 */
import * as z from 'zod';
import { code, email, freeText, phone, wholeNumber } from './fields.ts';

/** The statuses in order; `cancelled` can be reached from any but the last, with a reason. */
export const jobbsparFlow = ['planned', 'recruiting', 'running', 'finished'] as const;
export const jobbsparStatuses = [...jobbsparFlow, 'cancelled'] as const;
export type JobbsparStatus = (typeof jobbsparStatuses)[number];

/** The statuses in which the public reads a track: from the day it recruits (cancelled, it is gone). */
export const publicStatuses: readonly JobbsparStatus[] = ['recruiting', 'running', 'finished'];

/** The counts a track keeps (§9–11): who records each is `countsBy`. */
export const countNames = ['skickade', 'informationsmote', 'utvalda', 'startade', 'fullfoljda', 'anstallda90', 'anstallda6man'] as const;
export type CountName = (typeof countNames)[number];

/** Arbetsförmedlingen records the candidates it sent (§9); the supplier everything after. */
export const countsBy = {
  arbetsformedlingen: ['skickade'],
  supplier: ['informationsmote', 'utvalda', 'startade', 'fullfoljda', 'anstallda90', 'anstallda6man'],
} as const satisfies Record<string, readonly CountName[]>;

/** A count as a form posts it ("12") or JSON sends it (12). */
const count = (label: string, max = 10_000) =>
  z.preprocess((value) => (typeof value === 'string' && /^\s*\d{1,6}\s*$/.test(value) ? Number(value) : value), wholeNumber(label, 0, max));

const date = (label: string) =>
  z
    .string({ error: `Fyll i ${label}` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `Skriv ${label} som ÅÅÅÅ-MM-DD, t.ex. 2027-03-01` })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
      error: `${label[0]!.toUpperCase()}${label.slice(1)} är inget riktigt datum`,
    });

/** A period whose first day is not after its last. */
const period = (what: string) =>
  z
    .strictObject({ fran: date(`första dagen ${what}`), till: date(`sista dagen ${what}`) })
    .refine(({ fran, till }) => fran <= till, { error: `Sista dagen ${what} kan inte vara före den första`, path: ['till'] });

const ssyk = code('yrket (SSYK-kod)', /^\d{4}$/, '5120');

/** A form's one field of SSYK codes, "5120 5131", is the list JSON sends. */
const occupations = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : value),
  z
    .array(ssyk, { error: 'Fyll i minst ett yrke som en SSYK-kod' })
    .min(1, { error: 'Fyll i minst ett yrke som en SSYK-kod' })
    .max(10, { error: 'Skriv högst 10 yrken' }),
);

/** One step of the chain: a catalogue intervention by its id (its slug), with its planned dates. */
const step = z
  .strictObject({
    id: code('insatsen', /^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'yrkesvux-kock-goteborg'),
    fran: date('insatsens första dag'),
    till: date('insatsens sista dag'),
    /** Which part, when the intervention is modular and the track takes only part of it. */
    del: freeText('delen av insatsen', 200).optional(),
  })
  .refine(({ fran, till }) => fran <= till, { error: 'Insatsens sista dag kan inte vara före den första', path: ['till'] });

/** What the supplier plans: everything but the LOIs it starts from. */
export const planSchema = z.strictObject({
  namn: freeText('jobbspårets namn', 120),
  yrken: occupations,
  insatser: z
    .array(step, { error: 'Välj minst en insats ur katalogen' })
    .min(1, { error: 'Välj minst en insats ur katalogen' })
    .max(12, { error: 'Ett jobbspår får ha högst 12 insatser' }),
  deltagare: count('antalet deltagare som planeras', 500).refine((n) => n >= 1, { error: 'Planera för minst en deltagare' }),
  informationsmote: z.strictObject({
    datum: date('dagen för informationsmötet'),
    plats: freeText('platsen eller länken för informationsmötet', 300),
  }),
  rekrytering: period('för rekryteringen'),
  kontakt: z.strictObject({
    namn: freeText('kontaktpersonens namn', 120),
    epost: email('kontaktpersonens e-postadress'),
    telefon: phone('kontaktpersonens telefonnummer').optional(),
  }),
});
export type Plan = z.output<typeof planSchema>;

/** A new track: its plan, and the LOIs it is made from with the positions each gives. */
export const createSchema = planSchema.extend({
  lois: z
    .array(
      z.strictObject({
        id: code('avsiktsförklaringen', /^[0-9a-f-]{36}$/, 'en avsiktsförklaring ur inkorgen'),
        platser: count('antalet platser', 500).refine((n) => n >= 1, { error: 'Ange minst en plats' }),
      }),
      { error: 'Välj minst en avsiktsförklaring' },
    )
    .min(1, { error: 'Välj minst en avsiktsförklaring' })
    .max(20, { error: 'Välj högst 20 avsiktsförklaringar' })
    .refine((lois) => new Set(lois.map((l) => l.id)).size === lois.length, { error: 'Välj varje avsiktsförklaring en gång' }),
});

export const statusSchema = z
  .strictObject({
    status: z.enum(jobbsparStatuses, { error: 'Välj en ny status' }),
    orsak: freeText('orsaken', 500, { multiline: true }).optional(),
  })
  .refine(({ status, orsak }) => status !== 'cancelled' || orsak, { error: 'Skriv varför jobbspåret ställs in', path: ['orsak'] });

/** The Swedish name of each count, as a field's label and its errors name it. */
export const countLabels: Record<CountName, string> = {
  skickade: 'kandidater som Arbetsförmedlingen har skickat',
  informationsmote: 'deltagare på informationsmötet',
  utvalda: 'utvalda deltagare',
  startade: 'deltagare som har börjat',
  fullfoljda: 'deltagare som har gått klart',
  anstallda90: 'anställda hos en arbetsgivare i jobbspåret inom 90 dagar',
  anstallda6man: 'fortfarande anställda efter sex månader',
};

/** Counts recorded: any of them, at least one; who may record which is `countsBy`. */
export const countsSchema = z
  .strictObject(
    Object.fromEntries(countNames.map((name) => [name, count(countLabels[name]).optional()])) as {
      [name in CountName]: z.ZodOptional<ReturnType<typeof count>>;
    },
  )
  .refine((counts) => Object.values(counts).some((value) => value !== undefined), { error: 'Fyll i minst ett antal' });
export type Counts = Partial<Record<CountName, number>>;

/**
 * Counts that make sense together: each step of the way has no more people than the one before.
 * A rule names the later count, the one to correct.
 */
export const countRules: readonly { count: CountName; atMost: CountName; message: string }[] = [
  { count: 'startade', atMost: 'utvalda', message: 'Fler kan inte ha börjat än som valdes ut' },
  { count: 'fullfoljda', atMost: 'startade', message: 'Fler kan inte ha gått klart än som började' },
  { count: 'anstallda90', atMost: 'startade', message: 'Fler kan inte vara anställda än som började' },
  { count: 'anstallda6man', atMost: 'anstallda90', message: 'Fler kan inte vara kvar efter sex månader än som anställdes inom 90 dagar' },
];

/** The open data's record of a public track: no person's name, address or number, an employer only with its consent. */
const openJobbsparSchema = z.object({
  id: z.string(),
  namn: z.string(),
  status: z.enum(jobbsparStatuses),
  fa: z.string().describe('FA-regionens kod'),
  yrken: z.array(z.string()).describe('SSYK-koder'),
  insatser: z.array(
    z.object({ id: z.string(), titel: z.string(), url: z.string(), fran: z.string(), till: z.string(), del: z.string().optional() }),
  ),
  deltagarePlanerade: z.number().int(),
  rekrytering: z.object({ fran: z.string(), till: z.string() }),
  arbetsgivare: z.object({
    antal: z.number().int(),
    kommuner: z.array(z.string()).describe('Arbetsplatsernas kommunkoder'),
    namngivna: z.array(z.string()).describe('De arbetsgivare som har sagt ja till att namnet visas'),
  }),
  utfall: z.object(
    Object.fromEntries(countNames.map((name) => [name, z.number().int().optional().describe(countLabels[name])])) as Record<
      CountName,
      z.ZodOptional<z.ZodNumber>
    >,
  ),
});
export type OpenJobbspar = z.output<typeof openJobbsparSchema>;
export const openJobbsparListSchema = z.array(openJobbsparSchema);

/** The JSON Schema of /data/jobbspar.json, generated from the zod schema so that the two cannot differ. */
export const openJobbsparJsonSchema = () => ({
  ...z.toJSONSchema(openJobbsparListSchema),
  title: 'Jobbspår',
  description: 'De jobbspår som rekryterar, pågår eller är avslutade, med utfallen som antal. Inga personuppgifter.',
});

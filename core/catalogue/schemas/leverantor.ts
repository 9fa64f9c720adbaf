/**
 * A supplier (leverantör): one markdown file under content/{ägare}/leverantorer/{slug}.md.
 * The owner is whoever contracted or authorised it: Arbetsförmedlingen for its choice systems
 * (Rusta och matcha, jobbspår), a kommun or an FA-region for its own procurement.
 * The body is the supplier's own presentation.
 */
import { z } from 'astro/zod';
import { supplierServices } from '../vocabulary.ts';
import { contact, example, faCode, isoDate, kommunkod, language, organisationsnummer, text, url } from './fields.ts';
import { ownerPattern } from '../owners.ts';

/** An event in a contract's history; each dated, in the order they happened. */
const contractEvent = z.discriminatedUnion('typ', [
  z
    .object({
      typ: z.literal('avtal_borjar'),
      /** The contract's first day. */
      datum: isoDate.describe('Avtalets första dag, t.ex. "2025-01-01"'),
    })
    .strict()
    .describe('Avtalet börjar'),
  z
    .object({
      typ: z.literal('avropsstopp'),
      /** First day no new participants may be sent. */
      fran: isoDate.describe('Första dagen utan nya deltagare, t.ex. "2026-10-01"'),
      /** Last day of the stop; none while it lasts. */
      till: isoDate.optional().describe('Sista dagen med avropsstopp; utelämna medan det pågår'),
      /** Why, in plain words: shown to jobseekers. */
      orsak: text(300).describe('Varför, med enkla ord; visas för arbetssökande'),
    })
    .strict()
    .describe('Avropsstopp'),
  z
    .object({
      typ: z.literal('rattelse_begard'),
      /** The day Arbetsförmedlingen asked the supplier to put something right. */
      datum: isoDate.describe('Dagen då rättelse begärdes, t.ex. "2026-08-15"'),
      /** What was to be put right. */
      orsak: text(300).describe('Vad som skulle rättas, med enkla ord'),
    })
    .strict()
    .describe('Rättelse begärd'),
  z
    .object({
      typ: z.literal('havt'),
      /** The first day the contract no longer applies. */
      datum: isoDate.describe('Första dagen då avtalet inte längre gäller, t.ex. "2026-12-01"'),
      /** Why the contract was terminated: shown to jobseekers. */
      orsak: text(300).describe('Varför avtalet hävdes, med enkla ord; visas för arbetssökande'),
    })
    .strict()
    .describe('Avtalet hävs'),
  z
    .object({
      typ: z.literal('avtal_loper_ut'),
      /** The contract's last day. */
      datum: isoDate.describe('Avtalets sista dag, t.ex. "2027-12-31"'),
    })
    .strict()
    .describe('Avtalet löper ut'),
]);

export type ContractEvent = z.infer<typeof contractEvent>;

/** The day an event starts on. */
export const eventDay = (event: ContractEvent): string => ('fran' in event ? event.fran : event.datum);

/** The event's field that holds its day, for messages. */
const dayField = (event: ContractEvent) => ('fran' in event ? 'fran' : 'datum');

/** A service's fields; `service` adds the checks of its events. */
export const serviceFields = z
  .object({
    /** Which service, e.g. "rusta-och-matcha". */
    tjanst: z.enum(supplierServices).describe('Tjänsten, t.ex. "rusta-och-matcha"'),
    /** FA-regions the contract covers, e.g. ["23"]. */
    fa_regioner: z.array(faCode).min(1).describe('FA-regioner som avtalet gäller, t.ex. ["23"]'),
    /** Narrower delivery area when the contract does not cover whole regions, e.g. ["0180", "0181"]. */
    leveransomrade: z
      .array(kommunkod)
      .min(1)
      .optional()
      .describe('Kommuner som avtalet gäller, om det inte gäller hela regionerna, t.ex. ["0180", "0181"]'),
    /**
     * What has happened to the contract, in date order: it begins (avtal_borjar), may get a request
     * for correction (rattelse_begard), stops taking new participants for a while (avropsstopp), is
     * terminated (havt), and runs out (avtal_loper_ut). Its status on a day follows from them.
     */
    handelser: z
      .array(contractEvent)
      .min(2)
      .describe(
        'Avtalets händelser i datumordning: avtal_borjar, rattelse_begard, avropsstopp (fran–till), havt och avtal_loper_ut; statusen en viss dag följer av dem',
      ),
  })
  .strict();

const service = serviceFields.superRefine((s, ctx) => {
  const events = s.handelser;
  const issue = (i: number, field: string, message: string) => ctx.addIssue({ code: 'custom', path: ['handelser', i, field], message });
  if (events[0]?.typ !== 'avtal_borjar') issue(0, 'typ', 'den första händelsen ska vara avtal_borjar, avtalets första dag');
  const last = events.length - 1;
  if (events[last]?.typ !== 'avtal_loper_ut') issue(last, 'typ', 'den sista händelsen ska vara avtal_loper_ut, avtalets sista dag');
  for (const [i, event] of events.entries()) {
    if ((event.typ === 'avtal_borjar' && i !== 0) || (event.typ === 'avtal_loper_ut' && i !== last))
      issue(i, 'typ', `${event.typ} får bara finnas en gång, ${event.typ === 'avtal_borjar' ? 'först' : 'sist'}`);
    const before = events[i - 1];
    if (before && eventDay(event) < eventDay(before))
      issue(
        i,
        dayField(event),
        `${eventDay(event)} ligger före händelsen innan (${before.typ}, ${eventDay(before)}): skriv händelserna i datumordning`,
      );
    if (event.typ === 'avropsstopp' && event.till && event.till < event.fran)
      issue(i, 'till', `avropsstoppets sista dag ${event.till} ligger före dess första dag ${event.fran}`);
    const stop =
      event.typ === 'avropsstopp' &&
      events
        .slice(0, i)
        .reverse()
        .find((e) => e.typ === 'avropsstopp');
    if (event.typ === 'avropsstopp' && stop && stop.typ === 'avropsstopp' && (!stop.till || stop.till >= event.fran))
      issue(
        i,
        'fran',
        `avropsstoppet ${event.fran} börjar innan det förra (från ${stop.fran}) har slutat: två avropsstopp får inte överlappa`,
      );
    if (events.slice(0, i).some((e) => e.typ === 'havt') && event.typ !== 'avtal_loper_ut')
      issue(i, 'typ', 'ett hävt avtal har inga fler händelser än avtal_loper_ut');
  }
});

const address = z
  .object({
    /** e.g. "Exempelvägen 3". */
    gata: text(120).describe('Gatuadress, t.ex. "Exempelvägen 3"'),
    /** e.g. "123 45". */
    postnummer: z
      .string()
      .regex(/^\d{3} ?\d{2}$/, 'ska vara fem siffror, t.ex. "123 45"')
      .describe('Postnummer, t.ex. "123 45"'),
    /** e.g. "Södertälje". */
    ort: text(80).describe('Postort, t.ex. "Södertälje"'),
    /** kommunkod of the address, e.g. "0181". */
    kommun: kommunkod.describe('Kommunkod, t.ex. "0181"'),
    /** Entrance and premises reachable without steps. */
    stegfritt: z.boolean().describe('Entré och lokaler nås utan trappsteg'),
    /** An accessible toilet on the premises. */
    tillganglig_toalett: z.boolean().describe('Tillgänglighetsanpassad toalett finns'),
    /** A hearing loop in the meeting rooms. */
    horslinga: z.boolean().describe('Hörslinga finns i mötesrummen'),
  })
  .strict();

export const resultSchema = z
  .object({
    /** Reporting period, a half-year "2026-H1" or a year "2025". */
    period: z
      .string()
      .regex(/^\d{4}(-H[12])?$/, 'ska vara ett år eller ett halvår, t.ex. "2025" eller "2026-H1"')
      .describe('Period, t.ex. "2026-H1" eller "2025"'),
    /** The service the figures are for. */
    tjanst: z.enum(supplierServices).describe('Tjänsten som resultaten gäller, t.ex. "rusta-och-matcha"'),
    /** Participants who ended the service in the period: the sample the share is based on. */
    deltagare: z.number().int().min(0).describe('Antal deltagare som avslutat tjänsten under perioden, t.ex. 124'),
    /** Share in work or studies 90 days after ending, 0–1, e.g. 0.42. */
    andel_arbete_studier: z.number().min(0).max(1).describe('Andel i arbete eller studier 90 dagar efter avslut, 0–1, t.ex. 0.42'),
    /** Arbetsförmedlingen's rating 1–4 (4 best), when published. */
    betyg: z.number().int().min(1).max(4).optional().describe('Arbetsförmedlingens betyg 1–4 (4 bäst), t.ex. 3'),
    /** Share of participants satisfied, 0–1, and how many answered. */
    nojdhet: z
      .object({
        /** e.g. 0.81. */
        andel: z.number().min(0).max(1).describe('Andel nöjda deltagare, 0–1, t.ex. 0.81'),
        /** Number of answers, e.g. 96. */
        svar: z.number().int().min(0).describe('Antal som svarade, t.ex. 96'),
      })
      .strict()
      .optional()
      .describe('Deltagarnas nöjdhet'),
  })
  .strict();

export const leverantorSchema = z
  .object({
    /** Name, e.g. "Nordvind Kompetens AB". */
    namn: text(120).describe('Leverantörens namn, t.ex. "Nordvind Kompetens AB"'),
    /** Organisationsnummer with a valid check digit, e.g. "556677-8899". */
    organisationsnummer: organisationsnummer.describe('Organisationsnummer, t.ex. "556677-8899"'),
    /** Who contracted or authorised the supplier; must equal the folder, e.g. "arbetsformedlingen". */
    agare: z
      .string()
      .regex(ownerPattern, 'ska vara "arbetsformedlingen", "fa-NN" eller "kommun-NNNN"')
      .describe('Vem som äger posten; samma som mappen, t.ex. "arbetsformedlingen"'),
    /** One or two sentences shown in lists. */
    sammanfattning: text(300).describe('En eller två meningar som visas i listor'),
    /** Services per FA-region, each with its contract's history. */
    tjanster: z.array(service).min(1).describe('Tjänster per FA-region, var och en med avtalets händelser'),
    /** Delivery addresses. */
    adresser: z.array(address).default([]).describe('Leveransadresser med tillgänglighet'),
    /** Languages the supplier can deliver in, e.g. ["sv", "ar", "so"]. */
    sprak: z.array(language).min(1).describe('Språk som leverantören kan ge tjänsten på, t.ex. ["sv", "ar"]'),
    /** Whether the service can be taken remotely. */
    distans: z.boolean().describe('Om tjänsten kan genomföras på distans'),
    /** Contact for jobseekers and partners. */
    kontakt: contact.describe('Kontaktperson'),
    /** The supplier's web site. */
    webb: url.optional().describe('Leverantörens webbplats'),
    /** Published results per period. */
    resultat: z.array(resultSchema).default([]).describe('Publicerade resultat per period'),
    /** Date the entry was last checked to be correct. */
    granskad: isoDate.describe('Datum då uppgifterna senast granskades, t.ex. "2026-09-01"'),
    exempeldata: example,
  })
  .strict();

export type Leverantor = z.infer<typeof leverantorSchema>;

/**
 * An intervention (insats) in the catalogue: one markdown file under
 * content/{ägare}/insatser/{slug}.md. The front matter follows this schema; the body is the
 * description shown on the intervention's page. Field names are the ones editors write.
 */
import { z } from 'astro/zod';
import { activityCategories, deliveryModes, intakeKinds, interventionTypes, paces, scopes } from '../vocabulary.ts';
import { contact, example, faCode, isoDate, kommunkod, language, ssykCode, text, url } from './fields.ts';
import { ownerPattern } from '../owners.ts';

export const insatsSchema = z
  .object({
    /** Name as participants know it, e.g. "Yrkesvux: Restaurang och storkök". */
    titel: text(120).describe('Namnet på insatsen, t.ex. "Yrkesvux: Restaurang och storkök"'),
    /** One or two sentences shown in lists. */
    sammanfattning: text(300).describe('En eller två meningar som visas i listor, t.ex. "Utbildning till kock på 40 veckor med praktik."'),
    /** Kind of intervention, e.g. "yrkesvux". */
    typ: z.enum(interventionTypes).describe('Typ av insats, t.ex. "yrkesvux"'),
    /** Activity categories of the activity requirement that the intervention meets (at least one). */
    kategorier: z
      .array(z.enum(activityCategories))
      .min(1)
      .describe('Aktivitetskravets kategorier som insatsen uppfyller, t.ex. ["arbetsplatsforlagd"]'),
    /** Where the intervention is offered: the whole country, one FA-region or a list of kommuner. */
    omfattning: z.enum(scopes).describe('Var insatsen erbjuds: "nationell", "fa-region" eller "kommuner"'),
    /** With omfattning "fa-region": the FA15 code, e.g. "23". */
    fa_region: faCode.optional().describe('Vid omfattning "fa-region": FA-regionens kod, t.ex. "23"'),
    /** With omfattning "kommuner": the kommunkoder where it is offered, e.g. ["0180", "0184"]. */
    kommuner: z.array(kommunkod).min(1).optional().describe('Vid omfattning "kommuner": kommunkoderna, t.ex. ["0180", "0184"]'),
    /** Who runs it: a name, and the supplier's slug when a supplier in the catalogue delivers it. */
    anordnare: z
      .object({
        /** e.g. "Komvux Exempelstad". */
        namn: text(120).describe('Anordnarens namn, t.ex. "Komvux Exempelstad"'),
        /** Slug of a supplier in the catalogue, e.g. "nordvind-kompetens". */
        leverantor: text(80)
          .optional()
          .describe('Leverantörens filnamn utan .md, om en leverantör i katalogen genomför insatsen, t.ex. "nordvind-kompetens"'),
      })
      .strict()
      .describe('Vem som genomför insatsen'),
    /** Who may edit the entry; must equal the folder the file lies in, e.g. "kommun-0180". */
    agare: z
      .string()
      .regex(ownerPattern, 'ska vara "arbetsformedlingen", "fa-NN" eller "kommun-NNNN"')
      .describe('Vem som äger och får ändra posten; samma som mappen filen ligger i, t.ex. "kommun-0180"'),
    /** Occupation groups (SSYK 2012, four digits) the intervention leads to; empty for general ones such as sfi. */
    yrken: z
      .array(ssykCode)
      .default([])
      .describe('Yrkesgrupper enligt SSYK 2012 som insatsen leder mot, t.ex. ["5120"]; tom lista för allmänna insatser'),
    /** Length in weeks, e.g. 40. */
    langd_veckor: z.number().int().min(1).max(156).describe('Längd i veckor, t.ex. 40'),
    /** Pace: "heltid", "deltid" or "flexibel". */
    takt: z.enum(paces).describe('Studie- eller aktivitetstakt: "heltid", "deltid" eller "flexibel"'),
    /** Whether a part can be taken on its own (modular), e.g. true. */
    delbar: z.boolean().describe('Om en del av insatsen kan tas för sig, t.ex. true'),
    /** With delbar: which parts, e.g. "Varje kurs om 100 poäng kan läsas för sig." */
    delbar_beskrivning: text(300).optional().describe('Vilka delar som kan tas för sig, t.ex. "Varje kurs kan läsas för sig."'),
    /** Languages it is given in, e.g. ["sv", "ar"]. */
    sprak: z.array(language).min(1).describe('Språk som insatsen ges på, t.ex. ["sv", "ar"]'),
    /** "pa-plats", "distans" or "blandat". */
    genomforande: z.enum(deliveryModes).describe('På plats, på distans eller blandat: "pa-plats", "distans" eller "blandat"'),
    /** Where it takes place (not needed for distance-only interventions). */
    platser: z
      .array(
        z
          .object({
            /** e.g. "Exempelgatan 12". */
            adress: text(120).optional().describe('Gatuadress, t.ex. "Exempelgatan 12"'),
            /** Town, e.g. "Södertälje". */
            ort: text(80).describe('Ort, t.ex. "Södertälje"'),
            /** kommunkod of the place, e.g. "0181". */
            kommun: kommunkod.describe('Kommunkod för platsen, t.ex. "0181"'),
          })
          .strict(),
      )
      .default([])
      .describe('Var insatsen genomförs'),
    /** "lopande" (rolling intake) or "datum" (fixed start dates). */
    antagning: z.enum(intakeKinds).describe('Löpande antagning ("lopande") eller fasta startdatum ("datum")'),
    /** With antagning "datum": start dates, e.g. ["2026-08-17"]. */
    startdatum: z.array(isoDate).min(1).optional().describe('Vid antagning "datum": startdatum, t.ex. ["2026-08-17"]'),
    /** What the participant needs before starting. */
    forkunskaper: text(500).describe('Vad deltagaren behöver kunna innan, t.ex. "Svenska på nivå motsvarande sfi D."'),
    /** Who the intervention is for. */
    malgrupp: text(500).describe('Vem insatsen är till för, t.ex. "Arbetssökande som vill arbeta i restaurangkök."'),
    /** How to apply. */
    ansokan: text(500).describe('Hur man söker, t.ex. "Prata med din handläggare på Arbetsförmedlingen."'),
    /** Link to apply or read more. */
    ansokan_url: url.optional().describe('Länk för ansökan eller mer information'),
    /** A named person to contact. */
    kontakt: contact.describe('Namngiven kontaktperson'),
    /** Date the entry was last checked to be correct, e.g. "2026-09-01". */
    granskad: isoDate.describe('Datum då uppgifterna senast granskades, t.ex. "2026-09-01"'),
    exempeldata: example,
  })
  .strict()
  .superRefine((insats, ctx) => {
    if (insats.omfattning === 'fa-region' && !insats.fa_region)
      ctx.addIssue({ code: 'custom', path: ['fa_region'], message: 'krävs när omfattning är "fa-region"' });
    if (insats.omfattning !== 'fa-region' && insats.fa_region)
      ctx.addIssue({ code: 'custom', path: ['fa_region'], message: 'används bara när omfattning är "fa-region"' });
    if (insats.omfattning === 'kommuner' && !insats.kommuner)
      ctx.addIssue({ code: 'custom', path: ['kommuner'], message: 'krävs när omfattning är "kommuner"' });
    if (insats.omfattning !== 'kommuner' && insats.kommuner)
      ctx.addIssue({ code: 'custom', path: ['kommuner'], message: 'används bara när omfattning är "kommuner"' });
    if (insats.antagning === 'datum' && !insats.startdatum)
      ctx.addIssue({ code: 'custom', path: ['startdatum'], message: 'krävs när antagning är "datum"' });
    if (insats.genomforande !== 'distans' && insats.platser.length === 0)
      ctx.addIssue({ code: 'custom', path: ['platser'], message: 'ange minst en plats när insatsen inte bara ges på distans' });
    if (insats.delbar_beskrivning && !insats.delbar)
      ctx.addIssue({ code: 'custom', path: ['delbar_beskrivning'], message: 'används bara när delbar är true' });
  });

export type Insats = z.infer<typeof insatsSchema>;

/**
 * The two signals about a missing offer: an employer's needs signal (behovssignal), lighter than
 * an LOI, and a supplier's gap report (bristrapport). One schema each, shared by form and handler.
 */
import * as z from 'zod';
import { choice, code, email, faRegion, freeText, kommunkod, organisationsnummer, textList, wholeNumber } from './fields.ts';
import { emptyGroup, occupations } from './occupation.ts';
import { gapReasons, horizons, loiAnswers, maxConsidered } from './form-options.ts';

export const needsSchema = z.strictObject({
  organisation: z
    .strictObject({
      namn: freeText('organisationens namn', 160),
      organisationsnummer: organisationsnummer('organisationsnumret').optional(),
    })
    .prefault(emptyGroup),
  /** SCB kommunkod of the workplace; the FA-region is derived from it. */
  arbetsplatsKommun: kommunkod('kommunen där arbetsplatsen ligger'),
  kontakt: z.strictObject({ epost: email('e-postadressen') }).prefault(emptyGroup),
  behov: z
    .strictObject({
      yrken: occupations,
      antal: wholeNumber('antal personer', 1, 500),
      tidshorisont: choice('när ni behöver personerna', horizons),
    })
    .prefault(emptyGroup),
  avsiktsforklaring: choice('om en avsiktsförklaring kan bli aktuell', loiAnswers),
  beskrivning: freeText('beskrivningen', 2000, { multiline: true }).optional(),
});

export type NeedsInput = z.input<typeof needsSchema>;
export type Needs = z.output<typeof needsSchema>;

/** An intervention the supplier considered, or "saknas" when the catalogue has none at all. */
const considered = z
  .strictObject({
    /** The intervention's slug in the catalogue, e.g. "yrkesvux-kock-goteborg". */
    insats: code('insatsen', /^[a-z0-9]+(-[a-z0-9]+)*$/, 'yrkesvux-kock-goteborg').optional(),
    skal: choice('varför insatsen inte passar', gapReasons),
    kommentar: freeText('kommentaren', 500).optional(),
  })
  .refine((c) => c.skal === 'saknas' || c.insats !== undefined, { path: ['insats'], error: 'Välj vilken insats som inte passar' })
  .refine((c) => c.skal !== 'annat' || c.kommentar !== undefined, { path: ['kommentar'], error: 'Skriv varför insatsen inte passar' });

export const gapSchema = z.strictObject({
  faRegion: faRegion('FA-regionen'),
  profil: z
    .strictObject({
      yrken: occupations,
      kunskaper: textList('kunskaper', { maxItems: 20, maxLength: 200 }).min(1, {
        error: 'Skriv minst en kunskap eller färdighet som behövs',
      }),
    })
    .prefault(emptyGroup),
  avsiktsforklaringar: z
    .array(code('avsiktsförklaringens nummer', /^LOI-\d{4}-\d{6}$/, 'LOI-2026-000123'), {
      error: 'Avsiktsförklaringarna ska vara en lista',
    })
    .max(20, { error: 'Skriv högst 20 avsiktsförklaringar' })
    .default([]),
  insatser: z
    .array(considered, {
      error: (issue) =>
        issue.input === undefined ? 'Ange minst en insats ni har övervägt, eller att insats saknas' : 'Insatserna ska vara en lista',
    })
    .min(1, { error: 'Ange minst en insats ni har övervägt, eller att insats saknas' })
    .max(maxConsidered, { error: `Ange högst ${maxConsidered} insatser` }),
  berorda: z
    .strictObject({
      arbetsgivare: wholeNumber('antal arbetsgivare', 0, 1000),
      tjanster: wholeNumber('antal tjänster', 0, 10000),
    })
    .prefault(emptyGroup),
  forslag: freeText('förslaget', 2000, { multiline: true }),
});

export type GapInput = z.input<typeof gapSchema>;
export type Gap = z.output<typeof gapSchema>;

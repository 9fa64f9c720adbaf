/**
 * The explanation of the jobseeker's choice of supplier: one markdown file per language under
 * content/arbetsformedlingen/valet/{sv,en,ar}.md. The front matter describes each service and what
 * happens if the jobseeker does not choose; the body explains the results and the rating.
 */
import { z } from 'astro/zod';
import { supplierServices } from '../vocabulary.ts';
import { isoDate, text } from './fields.ts';

const serviceText = z
  .object({
    /** Which service, e.g. "rusta-och-matcha". */
    tjanst: z.enum(supplierServices).describe('Tjänsten, t.ex. "rusta-och-matcha"'),
    /** What the service is, in a few short sentences. */
    vad: text(600).describe('Vad tjänsten är, med några korta meningar'),
    /** What happens if the jobseeker does not choose: the service's default (ickeval) rule. */
    om_du_inte_valjer: text(600).describe('Vad som händer om den arbetssökande inte väljer (tjänstens ickevalsalternativ)'),
  })
  .strict();

export const valetSchema = z
  .object({
    /** Always "arbetsformedlingen": the choice systems are Arbetsförmedlingen's. */
    agare: z.literal('arbetsformedlingen').describe('Alltid "arbetsformedlingen"'),
    /** The page's title, e.g. "Så fungerar valet". */
    titel: text(120).describe('Sidans rubrik, t.ex. "Så fungerar valet"'),
    /** One or two sentences under the title. */
    sammanfattning: text(300).describe('En eller två meningar under rubriken'),
    /** Every service of the vocabulary, each once: a supplier's card may offer any of them. */
    tjanster: z
      .array(serviceText)
      .min(1)
      .superRefine((list, ctx) => {
        list.forEach((s, i) => {
          if (list.findIndex((o) => o.tjanst === s.tjanst) !== i)
            ctx.addIssue({ code: 'custom', path: [i, 'tjanst'], message: `«${s.tjanst}» står två gånger` });
        });
        const missing = supplierServices.filter((tjanst) => !list.some((s) => s.tjanst === tjanst));
        if (missing.length > 0) ctx.addIssue({ code: 'custom', message: `beskriv också ${missing.map((m) => `«${m}»`).join(', ')}` });
      })
      .describe('Alla tjänster, var och en en gång'),
    /** Date the text was last checked to be correct. */
    granskad: isoDate.describe('Datum då texten senast granskades, t.ex. "2026-09-01"'),
  })
  .strict();

export type Valet = z.infer<typeof valetSchema>;

/**
 * An FA-region's own page text: content/fa-{kod}/region.md, written by the region's
 * collaboration (kommuner, Arbetsförmedlingen). Optional: every region has a page without it.
 * The body is the introduction shown at the top of /region/{kod}/.
 */
import { z } from 'astro/zod';
import { contact, example, faCode, isoDate, kommunkod, text } from './fields.ts';
import { ownerPattern } from '../owners.ts';

export const regionTextSchema = z
  .object({
    /** The FA-region the text is about, e.g. "23". */
    fa_region: faCode.describe('FA-regionens kod, t.ex. "23"'),
    /** Must be "fa-{kod}" of the same region: the folder the file lies in. */
    agare: z.string().regex(ownerPattern, 'ska vara "fa-NN"').describe('Ägaren, samma som mappen, t.ex. "fa-23"'),
    /** Contacts for employers and suppliers in the region. */
    kontakter: z
      .array(
        contact
          .extend({
            /** Organisation, e.g. "Arbetsförmedlingen" or "Södertälje kommun". */
            organisation: text(120).describe('Organisation, t.ex. "Södertälje kommun"'),
            /** The kommun the contact answers for, if one. */
            kommun: kommunkod.optional().describe('Kommunen som kontakten svarar för, t.ex. "0181"'),
          })
          .strict(),
      )
      .default([])
      .describe('Kontaktpersoner i regionen'),
    /** Date the text was last checked to be correct. */
    granskad: isoDate.describe('Datum då texten senast granskades, t.ex. "2026-09-01"'),
    exempeldata: example,
  })
  .strict();

export type RegionText = z.infer<typeof regionTextSchema>;

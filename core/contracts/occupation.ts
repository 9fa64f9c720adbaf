/**
 * Pieces shared by the submissions' contracts: the occupations of a need (1–5, chosen in the
 * occupation picker or written as a name or SSYK code) and the handling of a missing group.
 */
import * as z from 'zod';
import { getSsykGroup } from '../reference/ssyk.ts';
import { freeText } from './fields.ts';
import { maxOccupations } from './form-options.ts';

// A missing group of fields is read as an empty one, so each of its fields is named in the errors.
// (prefault's type asks for a valid group, but its point here is the invalid empty one.)
export const emptyGroup = {} as never;

export const isObject = ({ value }: { value: unknown }) => typeof value === 'object' && value !== null;

/** An occupation of the need: the SSYK 2012 group and the name the employer chose or wrote. */
const occupation = z
  .strictObject({
    /** JobTech occupation name or SSYK group name, e.g. "Kock". */
    namn: freeText('yrket', 120),
    /** SSYK 2012 unit group, e.g. "5120"; set by the occupation picker, or from the name on the server. */
    ssyk: z.string().optional(),
  })
  .refine((o) => o.ssyk !== undefined && Boolean(getSsykGroup(o.ssyk)), {
    path: ['namn'],
    error: 'Välj ett yrke i listan, eller skriv en yrkesgrupp som SSYK-kod med fyra siffror (t.ex. 5120)',
  })
  .transform((o) => ({ namn: o.namn, ssyk: o.ssyk! }));

export const occupations = z
  .array(occupation, {
    error: (issue) => (issue.input === undefined ? 'Välj minst ett yrke' : 'Yrkena ska vara en lista'),
  })
  .min(1, { error: 'Välj minst ett yrke' })
  .max(maxOccupations, { error: `Välj högst ${maxOccupations} yrken` });

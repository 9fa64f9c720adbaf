/**
 * From what was sent to a valid submission: occupations written as names resolved to their SSYK
 * group, then the submission's one schema.
 */
import type * as z from 'zod';
import { fieldErrors, type FieldError } from '../../core/contracts/problem.ts';
import { findOccupation, type Occupation } from '../../core/reference/find-occupation.ts';
import { publishedCatalogue } from '../catalogue/index.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** `occupationsAt` is the path of the occupation list, e.g. ["behov", "yrken"]. */
export async function parseSubmission<S extends z.ZodType>(
  input: unknown,
  schema: S,
  occupationsAt: readonly string[],
): Promise<Parsed<z.output<S>>> {
  const parsed = schema.safeParse(withOccupationCodes(input, occupationsAt, (await publishedCatalogue()).yrken));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}

/** Fills in the SSYK code of each occupation given only by name (the form without JavaScript). */
function withOccupationCodes(input: unknown, path: readonly string[], choices: readonly Occupation[]): unknown {
  const occupations = path.reduce<unknown>(
    (node, name) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[name] : undefined),
    input,
  );
  if (!Array.isArray(occupations)) return input;
  for (const occupation of occupations) {
    if (typeof occupation !== 'object' || occupation === null) continue;
    const { namn, ssyk } = occupation as { namn?: unknown; ssyk?: unknown };
    if (typeof namn === 'string' && (ssyk === undefined || ssyk === '')) {
      const found = findOccupation(namn, choices);
      if (found) (occupation as { ssyk?: string }).ssyk = found.ssyk;
    }
  }
  return input;
}

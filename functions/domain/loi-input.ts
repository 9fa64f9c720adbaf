/**
 * From a request to a valid LOI: the form's fields or the JSON body, occupations written as
 * names resolved to their SSYK group, then the one schema.
 */
import { loiForm, loiSchema, type Loi } from '../contracts/loi.ts';
import { formToObject } from '../contracts/form.ts';
import { fieldErrors, type FieldError } from '../contracts/problem.ts';
import { findOccupation, type Occupation } from '../reference/find-occupation.ts';
import { publishedCatalogue } from '../catalogue/index.ts';
import type { Body } from '../http/body.ts';

export type ParsedLoi = { ok: true; loi: Loi } | { ok: false; errors: FieldError[] };

export async function parseLoi(body: Body): Promise<ParsedLoi> {
  const input = body.kind === 'form' ? formToObject(body.params, loiForm) : body.value;
  const parsed = loiSchema.safeParse(withOccupationCodes(input, (await publishedCatalogue()).yrken));
  return parsed.success ? { ok: true, loi: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}

/** Fills in the SSYK code of each occupation given only by name (the form without JavaScript). */
function withOccupationCodes(input: unknown, choices: readonly Occupation[]): unknown {
  const occupations = (input as { behov?: { yrken?: unknown } } | null)?.behov?.yrken;
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

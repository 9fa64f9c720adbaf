/**
 * Errors of the API: RFC 9457 problem details with the field errors of a submission.
 */
import type * as z from 'zod';

export interface FieldError {
  /** Dotted path of the field, e.g. "kontakt.epost" or "behov.yrken.0.namn"; "" for the whole request. */
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors: FieldError[];
}

/**
 * One error per field (the first is the one to act on), unknown keys named one by one. Each says
 * its issue's message, or what `messageOf` words it as (a form in another language than Swedish).
 */
export function fieldErrors(error: z.ZodError, messageOf: (issue: z.core.$ZodIssue) => string = (issue) => issue.message): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const base = issue.path.map(String);
    const entries: FieldError[] =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ path: [...base, key].join('.'), message: `Fältet «${key}» finns inte i formuläret` }))
        : [{ path: base.join('.'), message: messageOf(issue) }];
    for (const entry of entries) {
      if (seen.has(entry.path)) continue;
      seen.add(entry.path);
      errors.push(entry);
    }
  }
  return errors;
}

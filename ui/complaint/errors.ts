/**
 * The complaint form's errors in the page's language. The contract's schema stays the one source
 * of the rules, and its messages (Swedish) the API's; the form words each error from the
 * dictionary, by the field and the reason: zod's kind of issue, or the refinement's own reason.
 */
import type * as z from 'zod';
import type { FieldError } from '../../core/contracts/problem.ts';
import { fill } from '../../core/i18n/fill.ts';
import type { ComplaintTexts } from '../../core/i18n/sv/complaint.ts';

/** Why the schema refused a field, as the dictionary's errors name it. */
function reasonOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big') return 'tooLong';
  if (issue.code === 'invalid_format') return 'format';
  if (issue.code === 'custom') return String(issue.params?.reason);
  // Left out, left empty, or not one of a list's options: a field the form asks to fill in or choose.
  return 'missing';
}

export function complaintMessages(texts: ComplaintTexts) {
  const byField: Partial<Record<string, Partial<Record<string, string>>>> = texts.errors;
  const say = (path: string, reason: string, values: Record<string, number> = {}) =>
    fill(byField[path]?.[reason] ?? texts.checkField, values);
  return {
    ofIssue: (issue: z.core.$ZodIssue) =>
      say(issue.path.join('.'), reasonOf(issue), issue.code === 'too_big' ? { max: Number(issue.maximum) } : {}),
    /** The server checks a complaint against the catalogue once the schema has taken it. */
    ofError: (error: FieldError) => say(error.path, 'catalogue'),
  };
}

/**
 * Pieces the schemas of the submissions' items share.
 */
import * as z from 'zod';
import { caseActions } from '../../core/contracts/inbox.ts';

/**
 * A submission's content as its contract accepted it. It is not checked again against the
 * contract: the contract's rules hold at the time of submission (a start date not yet passed).
 */
export const accepted = <T>() =>
  z.custom<T>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
    error: 'Ska vara det inskickade innehållet',
  });

/** The statuses a submission has had, each with when. */
export const historySchema = <const S extends readonly [string, ...string[]]>(statuses: S) =>
  z.array(z.object({ status: z.enum(statuses), at: z.string() }));

/**
 * The SHA-256 of each private link mailed to a submission's sender, and every one opens it: a
 * confirm mail is sent again with a new link when the first was not known to arrive (a failure,
 * or a crash before its result was written), and the first must keep working if it did.
 */
export const tokenHashesSchema = z.array(z.string()).min(1);

const caseEventSchema = z.object({
  at: z.string(),
  by: z.object({ email: z.string(), name: z.string().optional(), organisation: z.string() }),
  action: z.enum(caseActions),
  from: z.string().optional(),
  to: z.string().optional(),
  reason: z.string().optional(),
  text: z.string().optional(),
});

/**
 * What the staff do with a submission: the audit trail of their changes (appended, never
 * rewritten), the person responsible, and the organisations it was handed to and away from.
 */
export const caseFields = {
  events: z.array(caseEventSchema).default([]),
  assignee: z.object({ email: z.string(), name: z.string().optional(), phone: z.string().optional(), organisation: z.string() }).optional(),
  /** Organisations a person handed the submission to: they see it too. */
  handedTo: z.array(z.string()).default([]),
  /** Organisations that handed it on and no longer see it (a supplier that handed an LOI back). */
  handedFrom: z.array(z.string()).default([]),
};

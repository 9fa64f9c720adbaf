/**
 * Pieces the schemas of the submissions' items share.
 */
import * as z from 'zod';

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

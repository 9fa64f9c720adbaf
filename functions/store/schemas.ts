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

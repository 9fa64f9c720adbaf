/**
 * The rate limits of the API (README, "Rate limits"): budgets per client address and per target,
 * each in a fixed window. Over a budget the answer is 429 problem+json with Retry-After, and
 * nothing is stored or mailed.
 */
import { config } from '../config.ts';
import { logError } from '../log.ts';
import { counter, type Counter } from '../store/rate-limits.ts';
import { HttpProblem, withProblems } from './respond.ts';
import type { Handle, HttpRequest } from './types.ts';

const { submissionsPerHour, checksPerMinute, checksPerTargetPerHour, mailsPerAddressPerHour } = config.rateLimits;

interface Budget {
  counter: Counter;
  title: string;
  /** The limit in words, for the answer's detail. */
  limit: string;
  /** The field the limit concerns, if one. */
  path?: string;
}

const budgets = {
  submissions: {
    counter: counter('submissions', submissionsPerHour, 3600),
    title: 'För många inskick',
    limit: `Vi tar emot högst ${submissionsPerHour} inskick i timmen från samma nätverksadress.`,
  },
  signIns: {
    counter: counter('sign-ins', submissionsPerHour, 3600),
    title: 'För många inloggningsförsök',
    limit: `Vi skickar högst ${submissionsPerHour} inloggningslänkar i timmen till samma nätverksadress.`,
  },
  checks: {
    counter: counter('checks', checksPerMinute, 60),
    title: 'För många felaktiga försök',
    limit: `Vi tar emot högst ${checksPerMinute} felaktiga länkar eller nycklar i minuten från samma nätverksadress.`,
  },
  checksOnTarget: {
    counter: counter('checks-on-target', checksPerTargetPerHour, 3600),
    title: 'För många felaktiga försök',
    limit: `Vi tar emot högst ${checksPerTargetPerHour} felaktiga försök i timmen för samma avsiktsförklaring, behovssignal eller leverantörsnyckel.`,
  },
  mails: {
    counter: counter('mails', mailsPerAddressPerHour, 3600),
    title: 'För många e-postmeddelanden till adressen',
    limit: `Vi skickar högst ${mailsPerAddressPerHour} bekräftelser i timmen till samma e-postadress.`,
    path: 'kontakt.epost',
  },
} satisfies Record<string, Budget>;

const inWords = (seconds: number) =>
  seconds === 1 ? '1 sekund' : seconds < 120 ? `${seconds} sekunder` : `${Math.ceil(seconds / 60)} minuter`;

/** Takes a point of `key` from the budget; refuses the request when there is none left. */
async function take({ counter, title, limit, path }: Budget, key: string): Promise<void> {
  const wait = await counter.take(key);
  if (wait === undefined) return;
  const detail = `${limit} Försök igen om ${inWords(wait)}.`;
  throw new HttpProblem(429, title, path ? [{ path, message: detail }] : [], detail, { 'Retry-After': String(wait) });
}

/**
 * The client address a budget counts: IPv4 as it is, IPv6 by its /64 prefix, which a single
 * subscriber usually has whole and could otherwise walk through.
 */
export function clientOf(sourceIp: string): string {
  const address = sourceIp.toLowerCase().replace(/%.*$/, '');
  const mappedIpv4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mappedIpv4) return mappedIpv4[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const known = [...groups(head), ...groups(tail)];
  const full = address.includes('::') ? [...groups(head), ...Array(8 - known.length).fill('0'), ...groups(tail)] : known;
  return `${full
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/** Every POST of a submission counts, valid or not: each costs a parse, a valid one a write and a mail. */
export const submissionsLimited = (handle: Handle): Handle =>
  withProblems(async (request) => {
    await take(budgets.submissions, clientOf(request.sourceIp));
    return handle(request);
  });

/** Every request for a sign-in link counts, known address or not, so the answer tells nothing. */
export const signInsLimited = (handle: Handle): Handle =>
  withProblems(async (request) => {
    await take(budgets.signIns, clientOf(request.sourceIp));
    return handle(request);
  });

/**
 * A route that checks a private link's token or a supplier's key, against the target `targetOf`
 * names. Failed checks are what is limited: someone who opens their own link again and again is
 * never refused, a guesser soon is. A point is taken from the client address's budget and from
 * the target's before the check, so that guesses sent all at once are all counted, and both are
 * given back when the check passed: when the answer is not the 404 or 401 that a wrong token or
 * key gets. Over either budget even the right token is refused until the window ends, or the
 * answer would tell a right guess from a wrong one.
 */
export function checksLimited(targetOf: (request: HttpRequest) => string | undefined, handle: Handle): Handle {
  return withProblems(async (request) => {
    const taken: [Budget, string][] = [[budgets.checks, clientOf(request.sourceIp)]];
    const target = targetOf(request);
    if (target) taken.push([budgets.checksOnTarget, target]);
    for (const [budget, key] of taken) await take(budget, key);
    const response = await handle(request);
    // What was done is done: a point not given back only counts one check too many, and the answer must still reach the client.
    if (response.status !== 401 && response.status !== 404)
      await Promise.all(taken.map(([budget, key]) => budget.counter.giveBack(key))).catch((error: unknown) =>
        logError({ message: 'rate limit point not given back', error }),
      );
    return response;
  });
}

/** The target of a private link: the submission whose id is in the path (the API) or the query (its pages). */
const linkTarget = (id: string | null | undefined) => (id ? `submission:${id}` : undefined);
export const linkInPath = (request: HttpRequest) => linkTarget(request.pathParams.id);
export const linkInQuery = (request: HttpRequest) => linkTarget(request.query.get('id'));

/**
 * The mailbox an address reaches: without case and without a "+tag", which most mail services
 * deliver to the same inbox, so that tags do not multiply one person's budget.
 */
const mailboxOf = (address: string) =>
  address
    .trim()
    .toLowerCase()
    .replace(/\+[^@]*@/, '@');

/**
 * The confirm mail of a new submission and a staff sign-in link go to an address the sender
 * writes: at most the budget in an hour to one mailbox, whoever sends, so the portal cannot be
 * used to flood someone.
 */
export const withinMailBudget = (address: string) => take(budgets.mails, mailboxOf(address));

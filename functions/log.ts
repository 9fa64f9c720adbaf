/**
 * The functions' log: one JSON line per event on stderr (CloudWatch on AWS, the terminal locally),
 * where an alarm may count the lines of a message. Error texts name recipients and requests carry
 * tokens and supplier keys, so every text in a line is redacted before it is written: e-mail
 * addresses and long token-like strings never reach the log.
 */

const emailAddress = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Link tokens and the secret of a supplier key are 43 base64url characters; 32 or more such
// characters in a row is a secret, unless it is a name made of words (an error's class name).
const tokenLike = /[A-Za-z0-9_-]{32,}/g;
const wordsOnly = /^(?:[A-Z][a-z]+)+$/;

function redact(text: string): string {
  return text.replace(emailAddress, '«e-post»').replace(tokenLike, (run) => (wordsOnly.test(run) ? run : '«hemlighet»'));
}

/** An error as the log shows it: its stack when it has one, for where it happened. */
const describe = (value: unknown) => (value instanceof Error ? (value.stack ?? String(value)) : value);

export function logError(fields: { message: string } & Record<string, unknown>): void {
  const line = { level: 'error', ...Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, describe(value)])) };
  console.error(JSON.stringify(line, (_, value: unknown) => (typeof value === 'string' ? redact(value) : value)));
}

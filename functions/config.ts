/**
 * Runtime settings of the functions, from the environment. The same code runs on Lambda and in
 * the local server; only these values differ.
 */
import { rateLimitTable } from './store/rate-limit-table.ts';

/** A number setting; one that is set but is no number ≥ 0 stops the start with its name. */
function numberSetting(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`The setting ${name} must be a number ≥ 0, not "${raw}"`);
  return value;
}

const numbersSetting = (name: string, fallback: string) =>
  (process.env[name]?.trim() || fallback).split(',').map((part, i) => {
    const value = Number(part);
    if (part.trim() === '' || !Number.isFinite(value) || value < 0)
      throw new Error(`The setting ${name} must be numbers ≥ 0 separated by commas; number ${i + 1} is "${part}"`);
    return value;
  });

const tableName = process.env.TABLE_NAME ?? 'portal';

export const config = {
  /** DynamoDB table of all submissions. */
  tableName,
  /** Endpoint of a DynamoDB-compatible store; unset on AWS. The local server sets it. */
  dynamodbEndpoint: process.env.DYNAMODB_ENDPOINT,
  region: process.env.AWS_REGION ?? 'eu-north-1',
  /** Public address of the portal, for links in e-mail, e.g. "https://arbetsmarknadsinsatser.se". */
  publicUrl: process.env.PUBLIC_URL ?? 'http://localhost:4321',
  /** Where the built site is: a folder (local) or the site's address (AWS); pages and open data are read from it. */
  siteSource: process.env.SITE_DIR ?? process.env.SITE_URL ?? 'dist',
  /** Local mail: a folder that receives one .eml file per message. Unset on AWS, where SES sends. */
  outboxDir: process.env.OUTBOX_DIR,
  /** How long a message stays in the local outbox: it holds private links and personal data. */
  outboxRetentionHours: numberSetting('OUTBOX_RETENTION_HOURS', 72),
  /** SES configuration set whose events (bounces, failures) raise the delivery alarm. */
  sesConfigurationSet: process.env.SES_CONFIGURATION_SET,
  /** How long one sender may hold a submission's deliveries before another may send them: longer than a mail takes, shorter than a sweep. */
  deliveryLeaseSeconds: numberSetting('DELIVERY_LEASE_SECONDS', 30),
  /** The waits after the 1st, 2nd, … failed try of a delivery; after the last it is given up. */
  deliveryRetrySeconds: numbersSetting('DELIVERY_RETRY_SECONDS', '60,300,900,3600,14400,43200,86400'),
  /** After how long a request's claim on its Idempotency-Key counts as left by a crash, and a retry runs it again. */
  idempotencyClaimSeconds: numberSetting('IDEMPOTENCY_CLAIM_SECONDS', 30),
  /** How often the local server sends what is pending (on AWS, the schedule of the sweeper). */
  sweepIntervalSeconds: numberSetting('SWEEP_INTERVAL_SECONDS', 60),
  mailFrom: process.env.MAIL_FROM ?? 'Arbetsmarknadsinsatser <noreply@arbetsmarknadsinsatser.example>',
  /**
   * The rate limits (README, "Rate limits"): far above what an employer, a supplier or an office
   * behind one address ever does, far below what a script does.
   */
  rateLimits: {
    /** The counters' table: set on AWS; the embedded store keeps it beside the portal's table. */
    tableName: process.env.RATE_LIMIT_TABLE_NAME ?? rateLimitTable.nameBeside(tableName),
    /** Submissions (LOIs, needs signals, gap reports) from one client address in an hour. */
    submissionsPerHour: numberSetting('RATE_LIMIT_SUBMISSIONS_PER_HOUR', 30),
    /** Failed checks of a private link's token or a supplier's key from one client address in a minute. */
    checksPerMinute: numberSetting('RATE_LIMIT_CHECKS_PER_MINUTE', 20),
    /** Failed checks against one submission or one supplier's keys in an hour, from any address. */
    checksPerTargetPerHour: numberSetting('RATE_LIMIT_CHECKS_PER_TARGET_PER_HOUR', 30),
    /** Confirm mails to one e-mail address in an hour, whoever submits. */
    mailsPerAddressPerHour: numberSetting('MAILS_PER_ADDRESS_PER_HOUR', 5),
  },
  /** How long a staff sign-in link works, in seconds: 15 minutes. */
  signInLinkSeconds: numberSetting('SIGN_IN_LINK_SECONDS', 15 * 60),
  /** How long a staff session lasts unused, in seconds: 8 hours. Each use starts the time again. */
  sessionIdleSeconds: numberSetting('SESSION_IDLE_SECONDS', 8 * 60 * 60),
};

/**
 * Runtime settings of the functions, from the environment. The same code runs on Lambda and in
 * the local server; only these values differ.
 */
export const config = {
  /** DynamoDB table of all submissions. */
  tableName: process.env.TABLE_NAME ?? 'portal',
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
  outboxRetentionHours: Number(process.env.OUTBOX_RETENTION_HOURS ?? 72),
  /** SES configuration set whose events (bounces, failures) raise the delivery alarm. */
  sesConfigurationSet: process.env.SES_CONFIGURATION_SET,
  mailFrom: process.env.MAIL_FROM ?? 'Arbetsmarknadsinsatser <noreply@arbetsmarknadsinsatser.example>',
  /** How long a staff sign-in link works, in seconds: 15 minutes. */
  signInLinkSeconds: Number(process.env.SIGN_IN_LINK_SECONDS ?? 15 * 60),
  /** How long a staff session lasts unused, in seconds: 8 hours. Each use starts the time again. */
  sessionIdleSeconds: Number(process.env.SESSION_IDLE_SECONDS ?? 8 * 60 * 60),
};

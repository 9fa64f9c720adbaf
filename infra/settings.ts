/**
 * What differs between deployments, from CDK context (`-c key=value` or cdk.json). Every value
 * has a safe default, so `cdk synth` works with none given.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Construct } from 'constructs';
import { projectRoot } from './handler-function.ts';

export interface PortalSettings {
  /** Names the stack and the resources that carry a name, e.g. "test", "prod". */
  stage: string;
  /** The portal's own domain, e.g. "arbetsmarknadsinsatser.se"; without it the CloudFront domain is used. */
  domainName?: string;
  /** An ACM certificate in us-east-1 for domainName (CloudFront takes certificates from there only). */
  certificateArn?: string;
  /** Sender of the portal's e-mail, e.g. "Arbetsmarknadsinsatser <noreply@arbetsmarknadsinsatser.se>". */
  mailFrom: string;
  /** The domain of mailFrom: the SES identity that sends. */
  mailDomain: string;
  /** Browser origins other than the portal's own that may call the API. */
  allowedOrigins: string[];
  /** The built site to deploy. */
  siteDir: string;
  /** The address the site was built for (its pages' canonical and hreflang links), unless it is the placeholder. */
  siteBuiltFor?: string;
  /** Where alarms are mailed, if anywhere; the topic can be subscribed to later. */
  alarmEmail?: string;
}

export const builtSiteDir = join(projectRoot, 'dist');
/** Deployed when the site has not been built, so the app synthesises on a clean clone. */
export const placeholderSiteDir = join(projectRoot, 'infra', 'placeholder-site');

export function readSettings(scope: Construct): PortalSettings {
  const text = (key: string): string | undefined => {
    const value: unknown = scope.node.tryGetContext(key);
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') throw new Error(`Context "${key}" must be a string, got ${JSON.stringify(value)}`);
    return value.trim();
  };

  const stage = text('stage') ?? 'test';
  if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage)) throw new Error(`Context "stage" must be lower-case letters, digits and -, got "${stage}"`);

  const domainName = text('domainName')?.toLowerCase();
  if (domainName !== undefined && !/^([a-z0-9-]+\.)+[a-z]{2,}$/.test(domainName))
    throw new Error(`Context "domainName" is not a domain name: "${domainName}"`);
  const certificateArn = text('certificateArn');
  if (domainName && !certificateArn)
    throw new Error(
      'Context "domainName" needs "certificateArn": an ACM certificate for the domain in us-east-1, where CloudFront takes certificates from',
    );

  const mailFrom = text('mailFrom') ?? `Arbetsmarknadsinsatser <noreply@${domainName ?? 'arbetsmarknadsinsatser.example'}>`;
  const mailDomain = /@([a-z0-9.-]+\.[a-z]{2,})>?$/i.exec(mailFrom)?.[1]?.toLowerCase();
  if (!mailDomain) throw new Error(`Context "mailFrom" must end in an e-mail address, e.g. "Namn <noreply@exempel.se>", got "${mailFrom}"`);

  const allowedOrigins = originList(scope.node.tryGetContext('allowedOrigins')) ?? (domainName ? [`https://${domainName}`] : []);
  for (const origin of allowedOrigins)
    if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/.test(origin))
      throw new Error(`Context "allowedOrigins" must list https origins without a path, got "${origin}"`);

  const siteDir = text('siteDir') ?? (existsSync(join(builtSiteDir, 'index.html')) ? builtSiteDir : placeholderSiteDir);
  if (!existsSync(join(siteDir, 'index.html'))) throw new Error(`Context "siteDir": no index.html in ${siteDir}`);
  const siteBuiltFor = siteDir === placeholderSiteDir ? undefined : builtFor(siteDir);
  // Search engines and the language links would send people to the address the site was built for.
  if (domainName && siteDir !== placeholderSiteDir && siteBuiltFor !== `https://${domainName}`)
    throw new Error(
      `The site in ${siteDir} was built for ${siteBuiltFor ?? 'no address'}, not https://${domainName}: build it with SITE_URL=https://${domainName} npm run build`,
    );

  return {
    stage,
    domainName,
    certificateArn,
    mailFrom,
    mailDomain,
    allowedOrigins,
    siteDir,
    siteBuiltFor,
    alarmEmail: text('alarmEmail'),
  };
}

/** The origin of the start page's canonical link, which Astro writes from SITE_URL. */
function builtFor(siteDir: string): string | undefined {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(siteDir, 'index.html'), 'utf8'))?.[1];
  return canonical && URL.canParse(canonical) ? new URL(canonical).origin : undefined;
}

/** A list from cdk.json (an array) or from the command line (comma-separated). */
function originList(value: unknown): string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const items = Array.isArray(value) ? value : String(value).split(',');
  return items.map((item) => String(item).trim().replace(/\/$/, '')).filter(Boolean);
}

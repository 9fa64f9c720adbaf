/**
 * The portal on AWS, one construct per concern: the site (S3 and CloudFront), the API (an HTTP API
 * and one Lambda function per route of functions/routes.ts), the data (the one DynamoDB table),
 * mail (SES), the scheduled jobs, and alarms to an SNS topic.
 */
import { Annotations, CfnOutput, Names, Stack, type CfnElement, type StackProps } from 'aws-cdk-lib';
import { Construct, RootConstruct } from 'constructs';
import { Alarms } from './alarms.ts';
import { Api } from './api.ts';
import { Data } from './data.ts';
import { Mail } from './mail.ts';
import { ScheduledJobs } from './scheduled-jobs.ts';
import { placeholderSiteDir, type PortalSettings } from './settings.ts';
import { Site } from './site.ts';

export interface PortalStackProps extends StackProps {
  settings: PortalSettings;
}

/** The constructs by concern, which group the stack's resources without naming them. */
const concerns = [Alarms, Api, Data, Mail, ScheduledJobs, Site];

export class PortalStack extends Stack {
  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);
    const { settings } = props;
    if (settings.siteDir === placeholderSiteDir)
      Annotations.of(this).addWarningV2(
        'portal:placeholder-site',
        'No built site in dist/: a placeholder page is deployed. Run `npm run build` first.',
      );
    else if (!settings.domainName && !settings.siteBuiltFor?.endsWith('.cloudfront.net'))
      Annotations.of(this).addWarningV2(
        'portal:site-address',
        `The site was built for ${settings.siteBuiltFor ?? 'no address'}: without domainName its canonical and language links cannot name the CloudFront address. After the first deployment, build with SITE_URL set to the SiteUrl output and deploy again.`,
      );

    const alarms = new Alarms(this, 'Alarms', settings);
    const data = new Data(this, 'Data');
    const api = new Api(this, 'Api', settings, alarms);
    const site = new Site(this, 'Site', settings, api.httpApi);
    const mail = new Mail(this, 'Mail', settings, alarms);
    const needs = {
      data,
      mail,
      alarms,
      environment: {
        TABLE_NAME: data.table.tableName,
        PUBLIC_URL: site.url,
        SITE_URL: site.url,
        MAIL_FROM: settings.mailFrom,
        SES_CONFIGURATION_SET: mail.configurationSetName,
      },
    };
    api.addRoutes(needs);
    new ScheduledJobs(this, 'Jobs', needs);

    new CfnOutput(this, 'SiteUrl', { value: site.url });
    new CfnOutput(this, 'DistributionDomainName', {
      value: site.distribution.distributionDomainName,
      description: 'Point the domain (CNAME or alias) here',
    });
    new CfnOutput(this, 'ApiEndpoint', { value: api.httpApi.apiEndpoint });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarms.topic.topicArn });
    for (const [i, record] of mail.identity.dkimRecords.entries()) {
      new CfnOutput(this, `MailDkimRecord${i + 1}`, {
        value: `${record.name} CNAME ${record.value}`,
        description: `DNS record ${i + 1} of 3 that lets SES sign mail for ${settings.mailDomain}`,
      });
    }
  }

  /**
   * A resource's logical id leaves out the construct of its concern, so every resource keeps the id
   * it had when the stack held them all directly: a deployed stack updates in place, and never
   * replaces its table, buckets or distribution because the code was grouped differently.
   */
  protected override allocateLogicalId(element: CfnElement): string {
    const scopes = element.node.scopes;
    const path = scopes.slice(scopes.indexOf(this) + 1).filter((scope) => !concerns.some((concern) => scope instanceof concern));
    // Names.uniqueId makes the id from a path as the stack does; a bare tree gives it the shorter path.
    const bare = path.reduce<Construct>((parent, scope) => new Construct(parent, scope.node.id), new RootConstruct());
    return Names.uniqueId(bare);
  }
}

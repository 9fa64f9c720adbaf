/**
 * The app as a production deployment names it: its own domain and certificate, and a fixed
 * account and region (which change how cdk-nag names some findings).
 */
import { beforeAll, expect, it } from 'vitest';
import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { createPortalApp } from '../../infra/portal-app.ts';
import { placeholderSiteDir } from '../../infra/settings.ts';

const domainName = 'arbetsmarknadsinsatser.se';
const certificateArn = 'arn:aws:acm:us-east-1:111111111111:certificate/00000000-0000-0000-0000-000000000000';

let app: App;
let template: Template;

beforeAll(() => {
  const created = createPortalApp({
    context: { stage: 'prod', domainName, certificateArn, account: '111111111111', region: 'eu-north-1', siteDir: placeholderSiteDir },
  });
  app = created.app;
  template = Template.fromStack(created.stack);
});

it('passes cdk-nag AwsSolutions with a fixed account and region', () => {
  const errors = new AwsSolutionsChecks().validateScope(app).violations.filter((v) => v.severity === 'error');
  expect(errors.map((v) => v.ruleName)).toEqual([]);
});

it('serves the domain with its certificate, TLS 1.2 or later', () => {
  template.hasResourceProperties('AWS::CloudFront::Distribution', {
    DistributionConfig: {
      Aliases: [domainName],
      ViewerCertificate: { AcmCertificateArn: certificateArn, MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' },
    },
  });
});

it('sends mail from the domain, links to it and allows CORS from it only', () => {
  template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: domainName });
  template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: { AllowOrigins: [`https://${domainName}`] } });
  template.hasResourceProperties('AWS::Lambda::Function', {
    Environment: {
      Variables: {
        SITE_URL: `https://${domainName}`,
        PUBLIC_URL: `https://${domainName}`,
        MAIL_FROM: `Arbetsmarknadsinsatser <noreply@${domainName}>`,
      },
    },
  });
});

/**
 * The CDK app: the portal stack for the stage in context, checked by cdk-nag's AWS Solutions rules
 * during synthesis, so an unacknowledged finding fails `cdk synth` and the tests.
 */
import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PortalStack } from './portal-stack.ts';
import { readSettings } from './settings.ts';

export function createPortalApp(props: AppProps = {}) {
  // S3 delivers the site bucket's access logs under a bucket policy instead of an ACL, which new buckets refuse.
  const app = new App({ ...props, context: { [S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY]: true, ...props.context } });
  const settings = readSettings(app);
  // Without an account and region in context the stack is environment-agnostic, so synthesis
  // needs no credentials; a deployment to a fixed place names them.
  const account: unknown = app.node.tryGetContext('account');
  const region: unknown = app.node.tryGetContext('region');
  const stack = new PortalStack(app, `Arbetsmarknadsinsatser-${settings.stage}`, {
    settings,
    description: `Arbetsmarknadsinsatser (${settings.stage}): site, API, data and mail`,
    env: account || region ? { account: account ? String(account) : undefined, region: region ? String(region) : undefined } : undefined,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, settings };
}

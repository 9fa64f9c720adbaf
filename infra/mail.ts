/**
 * Mail: SES sends from the mail domain through a configuration set; messages SES could not deliver
 * and messages a function could not hand to SES raise alarms.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import { MathExpression, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import {
  CloudWatchDimensionSource,
  ConfigurationSet,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
} from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import type { Alarms } from './alarms.ts';
import type { FunctionGrants } from './handler-function.ts';
import type { PortalSettings } from './settings.ts';

/** What the functions log when SES refuses a message (functions/domain/loi.ts); a metric counts it. */
export const mailFailedLogMessage = 'mail failed';

export class Mail extends Construct {
  readonly configurationSetName: string;
  readonly identity: EmailIdentity;
  private readonly resources: string[];
  private readonly failedMetric: Metric;

  constructor(scope: Construct, id: string, settings: PortalSettings, alarms: Alarms) {
    super(scope, id);
    const configurationSetName = `arbetsmarknadsinsatser-${settings.stage}`;
    this.configurationSetName = configurationSetName;
    const configurationSet = new ConfigurationSet(this, 'MailConfigurationSet', { configurationSetName, reputationMetrics: true });
    const failureEvents = [EmailSendingEvent.BOUNCE, EmailSendingEvent.REJECT, EmailSendingEvent.RENDERING_FAILURE];
    configurationSet.addEventDestination('FailuresToAlarmTopic', {
      destination: EventDestination.snsTopic(alarms.topic),
      events: failureEvents,
    });
    configurationSet.addEventDestination('FailuresToMetrics', {
      destination: EventDestination.cloudWatchDimensions([
        { name: 'ses:configuration-set', source: CloudWatchDimensionSource.MESSAGE_TAG, defaultValue: configurationSetName },
      ]),
      events: failureEvents,
    });
    this.identity = new EmailIdentity(this, 'MailIdentity', { identity: Identity.domain(settings.mailDomain), configurationSet });
    this.resources = [
      this.identity.emailIdentityArn,
      Stack.of(this).formatArn({ service: 'ses', resource: 'configuration-set', resourceName: configurationSetName }),
    ];
    const sesMetric = (metricName: string) =>
      new Metric({
        namespace: 'AWS/SES',
        metricName,
        dimensionsMap: { 'ses:configuration-set': configurationSetName },
        statistic: 'Sum',
        period: Duration.minutes(5),
      });
    alarms.alarmOn(
      'MailDeliveryFailedAlarm',
      new MathExpression({
        expression: 'bounce + reject + rendering',
        usingMetrics: { bounce: sesMetric('Bounce'), reject: sesMetric('Reject'), rendering: sesMetric('RenderingFailure') },
        period: Duration.minutes(5),
        label: 'Messages SES did not deliver',
      }),
      'SES could not deliver a message of the portal (bounce, reject or rendering failure): an LOI may not have reached its recipient.',
    );
    this.failedMetric = new Metric({
      namespace: `Arbetsmarknadsinsatser/${settings.stage}`,
      metricName: 'MailSendFailed',
      statistic: 'Sum',
      period: Duration.minutes(5),
    });
    alarms.alarmOn(
      'MailSendFailedAlarm',
      this.failedMetric,
      'A function could not hand a message to SES (logged as "mail failed"); the submission keeps the failed delivery and the retry job tries it again.',
    );
  }

  /**
   * Lets the function send mail as the portal, through its configuration set, and counts the
   * messages it could not hand to SES.
   */
  sendFrom(grants: FunctionGrants) {
    grants.role.addToPolicy(new PolicyStatement({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources: this.resources }));
    new MetricFilter(this, `${grants.node.scope!.node.id}${grants.node.id}MailFailed`, {
      logGroup: grants.logGroup,
      filterPattern: FilterPattern.literal(`"${mailFailedLogMessage}"`),
      metricNamespace: this.failedMetric.namespace,
      metricName: this.failedMetric.metricName,
      metricValue: '1',
    });
  }
}

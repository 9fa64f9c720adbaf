/**
 * Alarms: one encrypted SNS topic that CloudWatch alarms and SES delivery events publish to, and
 * the alarms on the functions.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { HandlerFunction } from './handler-function.ts';
import type { PortalSettings } from './settings.ts';

export class Alarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, settings: PortalSettings) {
    super(scope, id);
    const key = new Key(this, 'AlarmTopicKey', {
      description: `Encrypts the alarm topic of the portal (${settings.stage})`,
      enableKeyRotation: true,
    });
    // The AWS managed SNS key cannot be used by CloudWatch alarms or SES, so the topic has its own key.
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com'), new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    this.topic = new Topic(this, 'Alarms', {
      displayName: `Arbetsmarknadsinsatser ${settings.stage}: larm`,
      masterKey: key,
      enforceSSL: true,
    });
    if (settings.alarmEmail) this.topic.addSubscription(new EmailSubscription(settings.alarmEmail));
  }

  /** An alarm to the topic whenever the metric is 1 or more in a period. */
  alarmOn(id: string, metric: IMetric, description: string) {
    const alarm = new Alarm(this, id, {
      metric,
      alarmDescription: description,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
  }

  /** Alarms when the function fails or is throttled. */
  watch(fn: HandlerFunction) {
    const name = fn.node.id;
    this.alarmOn(
      `${name}ErrorsAlarm`,
      fn.function.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      `${name} failed (an error, a timeout or a crash).`,
    );
    this.alarmOn(
      `${name}ThrottlesAlarm`,
      fn.function.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
      `${name} was throttled: the account's concurrency is used up.`,
    );
  }
}

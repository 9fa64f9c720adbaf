/**
 * The scheduled jobs: the hourly purge of expired personal data (TTL deletes too, but only within
 * about two days) and the retry of failed deliveries of signals every five minutes (with a growing
 * wait per recipient).
 */
import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import type { FunctionNeeds } from './api.ts';
import { tableAccess } from './data.ts';
import { HandlerFunction, pascal, purgeHandler, retryHandler } from './handler-function.ts';

export class ScheduledJobs extends Construct {
  constructor(scope: Construct, id: string, { data, mail, alarms, environment }: FunctionNeeds) {
    super(scope, id);
    const purge = new HandlerFunction(this, pascal(purgeHandler), {
      handler: purgeHandler,
      description: `Hourly: deletes expired personal data (functions/handlers/${purgeHandler}.ts)`,
      environment: { TABLE_NAME: data.table.tableName },
      timeout: Duration.minutes(5),
      memorySize: 256,
    });
    data.grantItems(purge.role, tableAccess.purge.table);
    data.grantIndexes(purge.role, tableAccess.purge.expiringIndex, ['expiringByTime']);
    new Rule(this, 'PurgeSchedule', {
      description: 'Deletes expired personal data every hour',
      schedule: Schedule.rate(Duration.hours(1)),
      targets: [new LambdaFunction(purge.function, { retryAttempts: 2 })],
    });
    alarms.watch(purge);

    const retry = new HandlerFunction(this, pascal(retryHandler), {
      handler: retryHandler,
      description: `Every five minutes: tries failed deliveries again (functions/handlers/${retryHandler}.ts)`,
      environment,
      timeout: Duration.minutes(2),
      memorySize: 256,
    });
    data.grantItems(retry.role, tableAccess.retry.table);
    data.grantIndexes(retry.role, tableAccess.retry.dueIndex, ['deliveriesDueByTime']);
    mail.sendFrom(retry);
    new Rule(this, 'RetrySchedule', {
      description: 'Tries failed deliveries of signals again every five minutes',
      schedule: Schedule.rate(Duration.minutes(5)),
      targets: [new LambdaFunction(retry.function, { retryAttempts: 2 })],
    });
    alarms.watch(retry);
  }
}

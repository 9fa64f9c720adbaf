/**
 * The scheduled jobs: the hourly purge of expired personal data (TTL deletes too, but only within
 * about two days) and the outbox sweeper every minute, which sends what a crash left unsent and
 * tries failed deliveries again after their wait. A schedule rather than DynamoDB Streams: the
 * request sends at once anyway, the sweeper is only there for what it could not, and a stream would
 * trigger a function on every write and still need the schedule for the waits between tries.
 */
import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import type { FunctionNeeds } from './api.ts';
import { tableAccess } from './data.ts';
import { HandlerFunction, pascal, purgeHandler, sweepHandler } from './handler-function.ts';

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

    const sweep = new HandlerFunction(this, pascal(sweepHandler), {
      handler: sweepHandler,
      description: `Every minute: sends the deliveries that are due (functions/handlers/${sweepHandler}.ts)`,
      environment,
      timeout: Duration.minutes(2),
      memorySize: 256,
    });
    data.grantItems(sweep.role, tableAccess.sweep.table);
    data.grantIndexes(sweep.role, tableAccess.sweep.dueIndex, ['deliveriesDueByTime', 'demandByMonth', 'demandToCount']);
    mail.sendFrom(sweep.grants);
    new Rule(this, 'SweepSchedule', {
      description: 'Sends the deliveries that are due every minute',
      schedule: Schedule.rate(Duration.minutes(1)),
      targets: [new LambdaFunction(sweep.function, { retryAttempts: 2 })],
    });
    alarms.watch(sweep);
  }
}

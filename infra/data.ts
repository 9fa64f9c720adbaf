/**
 * Data: the one DynamoDB table as functions/store/table.ts describes it, the table of the rate
 * limits' counters beside it, and the table operations each kind of function is granted.
 */
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AttributeType,
  Billing,
  BillingMode,
  Table,
  TableEncryption,
  TableEncryptionV2,
  TableV2,
  type CfnGlobalTable,
} from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { rateLimitTable } from '../functions/store/rate-limit-table.ts';
import { inboxPartition, table as tableDescription, tableDefinition } from '../functions/store/table.ts';

/**
 * The table operations of the store (functions/store/), per kind of function. A new operation
 * in the store needs its action here; the infra test compares the two.
 */
export const tableAccess = {
  /**
   * Every route reads (the statistics' months in one batch), creates, conditionally updates and
   * deletes single items: signing out deletes the session, and a submission's change the inbox
   * entry of an organisation it left.
   */
  routes: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
  /** A route that reads an index (its `queries` in routes.ts) queries it; one that lists an inbox (`queriesInbox`), the inbox partitions. */
  routeIndexes: ['dynamodb:Query'],
  /** The purge finds expired items by the expiring-by-time index and deletes them one by one. */
  purge: { table: ['dynamodb:DeleteItem'], expiringIndex: ['dynamodb:Query'] },
  /**
   * The sweeper finds due deliveries by their index, takes each submission's lease (returning it),
   * records each delivery, and writes (or deletes) the inbox entries a change left unwritten; it
   * also counts the submissions' changes into the statistics, finding them by their index.
   */
  sweep: {
    table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'],
    dueIndex: ['dynamodb:Query'],
  },
  /** A route takes a point of a rate limit and gives it back with one UpdateItem each (functions/store/rate-limits.ts). */
  rateLimits: ['dynamodb:UpdateItem'],
} as const;

export type IndexName = keyof typeof tableDescription.indexes;

export class Data extends Construct {
  readonly table: TableV2;
  readonly rateLimits: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: tableDescription.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableDescription.sortKey, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryptionV2.awsManagedKey(),
      timeToLiveAttribute: tableDescription.ttlAttribute,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // The indexes and their keys' types in the very definition the embedded store creates its table from.
    const { AttributeDefinitions, GlobalSecondaryIndexes } = tableDefinition();
    const cfnTable = this.table.node.defaultChild as CfnGlobalTable;
    cfnTable.addPropertyOverride('AttributeDefinitions', AttributeDefinitions);
    cfnTable.addPropertyOverride('GlobalSecondaryIndexes', GlobalSecondaryIndexes);

    // Counters that each end within the hour and hold only hashes: nothing to restore or keep.
    this.rateLimits = new Table(this, 'RateLimits', {
      partitionKey: { name: rateLimitTable.partitionKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: rateLimitTable.ttlAttribute,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    Validations.of(this.rateLimits).acknowledge({
      id: 'AwsSolutions-DDB3',
      reason:
        "The rate limits' counters each end within the hour and hold only hashes: there is nothing to recover, and losing them only starts every window anew.",
    });
  }

  /** Lets the role do `actions` on the table's items. */
  grantItems(role: Role, actions: readonly string[]) {
    role.addToPolicy(new PolicyStatement({ actions: [...actions], resources: [this.table.tableArn] }));
  }

  /** Lets the role take and give back points of the rate limits. */
  grantRateLimits(role: Role) {
    role.addToPolicy(new PolicyStatement({ actions: [...tableAccess.rateLimits], resources: [this.rateLimits.tableArn] }));
  }

  /** Lets the role query the organisations' inbox partitions of the table, and no other partition. */
  grantInboxQuery(role: Role) {
    role.addToPolicy(
      new PolicyStatement({
        actions: [...tableAccess.routeIndexes],
        resources: [this.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${inboxPartition('')}*`] } },
      }),
    );
  }

  /** Lets the role do `actions` on the named indexes, and on no other. */
  grantIndexes(role: Role, actions: readonly string[], indexes: readonly IndexName[]) {
    role.addToPolicy(
      new PolicyStatement({
        actions: [...actions],
        resources: indexes.map((index) => `${this.table.tableArn}/index/${tableDescription.indexes[index].name}`),
      }),
    );
  }
}

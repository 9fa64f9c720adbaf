/**
 * The one table of the portal: its access patterns, the key that serves each, and the indexes,
 * named after the query they serve. Every pk and sk is made here and nowhere else, and
 * `tableDefinition()` is the table as the embedded store, the CDK stack and the tests create it.
 *
 * Access patterns:
 * 1. an LOI by id (status page, confirm, withdraw)             → keys.loi
 * 2. a needs signal or gap report by id                        → keys.signal
 * 3. a supplier's API key by the key's hash                    → keys.supplierKey
 * 4. a supplier's API keys                                     → keys.supplierKeys (a query on the partition)
 * 5. an idempotency record by its key                          → keys.idempotency
 * 6. the next reference number of a year                       → keys.counter
 * 7. the next turn among an FA-region's jobbspår suppliers     → keys.allocationTurn
 * 8. items whose personal data has expired, oldest first       → index expiring-by-time
 * 9. submissions with a delivery due for a try                 → index deliveries-due-by-time
 * 10. submissions that have not reached all their recipients   → index unrouted-by-time
 * 11. the demand counted in a month (LOIs, needs, gaps)        → index demand-by-month
 * 12. a staff person by e-mail address (sign-in, the session)  → keys.person
 * 13. the people of an organisation                            → index people-by-organisation
 * 14. a sign-in link by its token's hash                       → keys.signInLink
 * 15. a staff session by its id's hash                         → keys.session
 * 16. an organisation's inbox, newest first                    → keys.inbox (a query on the partition)
 * 17. an organisation's inbox in one status, newest first      → index inbox-by-status-by-time
 * 18. a submission's audit events                              → in its item (`events`), appended in
 *     the same conditional write as the change they record
 * 19. an organisation's counts per status                      → keys.inboxCounts, keys.inboxDelta (its counts,
 *     and the changes not yet counted: store/inbox.ts)
 * 20. the counted cells of a month's demand (the statistics)   → keys.demandMonth, keys.demandMarker (one per
 *     contributor and cell: how many of its submissions count there), keys.demandCounting (the lease)
 * 21. a jobbspår by id (its pages, its changes, with its audit  → keys.jobbspar
 *     events in the item, appended in the same conditional write)
 * 22. the jobbspår an LOI is part of (its status page)          → keys.loiJobbspar, in the LOI's partition
 * 23. every jobbspår, or an FA-region's, newest first (the      → index jobbspar-by-region
 *     organisations' lists, the public list, statistics, open data)
 * 24. submissions whose change the statistics have not counted yet → index demand-to-count
 *
 * The inbox (16, 17) holds one small entry per organisation that sees a submission (the scope
 * rule, domain/scope.ts), so that each organisation's list is a query of its own partition,
 * whatever the number of submissions in the country. The entries are written from the item after
 * each change, through the item's outbox, so that a crash leaves none out of date for long.
 */

export interface ItemKey {
  pk: string;
  sk: string;
}

/** Patterns 1–7, 12, 14–16, 19–22: one item, or one partition, by key. */
export const keys = {
  loi: (id: string): ItemKey => ({ pk: `LOI#${id}`, sk: 'LOI' }),
  signal: (id: string): ItemKey => ({ pk: `SIGNAL#${id}`, sk: 'SIGNAL' }),
  /** A key is "{supplier slug}.{random}"; only its SHA-256 is stored, under the supplier. */
  supplierKey: (supplier: string, hash: string): ItemKey => ({ pk: `SUPPLIER#${supplier}`, sk: `KEY#${hash}` }),
  supplierKeys: (supplier: string) => ({ pk: `SUPPLIER#${supplier}`, skPrefix: 'KEY#' }),
  idempotency: (idempotencyKey: string): ItemKey => ({ pk: `IDEMPOTENCY#${idempotencyKey}`, sk: 'IDEMPOTENCY' }),
  counter: (name: string, year: number): ItemKey => ({ pk: `COUNTER#${name}#${year}`, sk: 'COUNTER' }),
  /** By the normalised address, so one address is one person, in one organisation. */
  person: (email: string): ItemKey => ({ pk: `PERSON#${email}`, sk: 'PERSON' }),
  /** Only the SHA-256 of a link's token and of a session's id is stored. */
  signInLink: (tokenHash: string): ItemKey => ({ pk: `SIGNIN#${tokenHash}`, sk: 'SIGNIN' }),
  session: (idHash: string): ItemKey => ({ pk: `SESSION#${idHash}`, sk: 'SESSION' }),
  /** Counts the LOIs allocated in turn (rak_ordning) in FA-region `fa`, ever: the count says whose turn it is. */
  allocationTurn: (fa: string): ItemKey => ({ pk: `TURN#${fa}`, sk: 'TURN' }),
  /** An organisation's counts per status (pattern 19). */
  inboxCounts: (organisation: string): ItemKey => ({ pk: inboxCountPartition(organisation), sk: 'COUNTS' }),
  /** A change of an entry's status not yet counted: one per submission and version, so a retried write is one change. */
  inboxDelta: (organisation: string, id: string, version: number): ItemKey => ({
    pk: inboxCountPartition(organisation),
    sk: `DELTA#${id}#${version}`,
  }),
  inboxDeltas: (organisation: string) => ({ pk: inboxCountPartition(organisation), skPrefix: 'DELTA#' }),
  /** An organisation's entry for a submission, ordered by when the submission came. */
  inboxEntry: (organisation: string, createdAt: string, id: string): ItemKey => ({
    pk: inboxPartition(organisation),
    sk: `${createdAt}#${id}`,
  }),
  /** A calendar month's counted demand, "2026-11". */
  demandMonth: (month: string): ItemKey => ({ pk: `DEMAND#${month}`, sk: 'DEMAND' }),
  jobbspar: (id: string): ItemKey => ({ pk: `JOBBSPAR#${id}`, sk: 'JOBBSPAR' }),
  /** Beside the LOI, so that it expires with the LOI's personal data. */
  loiJobbspar: (loiId: string): ItemKey => ({ pk: `LOI#${loiId}`, sk: 'JOBBSPAR' }),
  /** How many of one contributor's submissions count in a cell ("loi#23#5") of a month. */
  demandMarker: (month: string, cell: string, contributor: string): ItemKey => ({ pk: `DEMAND#${month}#${cell}`, sk: contributor }),
  /** Who counts the submissions' changes into the months now: one sweeper at a time. */
  demandCounting: { pk: 'DEMAND#COUNTING', sk: 'DEMAND' } satisfies ItemKey,
};

/** The partition of an organisation's inbox entries. */
export const inboxPartition = (organisation: string) => `INBOX#${organisation}`;

/**
 * The partition of an organisation's counts per status and the changes not yet counted (pattern
 * 19), under the inbox's prefix so that a grant to query the inbox partitions covers it; no
 * organisation's id has a '#'.
 */
export const inboxCountPartition = (organisation: string) => inboxPartition(`COUNT#${organisation}`);

export interface IndexDescription {
  name: string;
  partitionKey: string;
  sortKey: string;
  sortKeyType: 'S' | 'N';
  /** The one partition value of an index whose items all share it. */
  partition?: string;
  /** Attributes copied into the index besides the keys, so a query answers without reading items. */
  include?: readonly string[];
}

/**
 * Patterns 8–11, 13, 17, 23 and 24. The expiry time is also the TTL attribute, so on AWS DynamoDB deletes on its
 * own; the purge job does the same where the store has no TTL deletion. The indexes are sparse:
 * an item is in one only while it carries the index's key attributes (`indexEntries`).
 *
 * The first three put every item in one partition ("EXPIRES", "RETRY", "UNROUTED") and are not
 * sharded, because national volume stays far below what one partition takes (1,000 write and
 * 3,000 read units a second; the 10 GB limit of an item collection applies only with local
 * indexes, which the table has none of). Expiring-by-time, the busiest, gets at most four index
 * writes per submission (the idempotency record, the item, its expiry moved on confirmation as a
 * delete and a put). Even a million submissions a year, far more than Sweden's employers and
 * suppliers will send, is 0.03 a second; an hour at a thousand times that rate is 32 a second,
 * 127 write units: an eighth of the partition. Its reader, the hourly purge, reads only what expired
 * in the hour, keys only. Deliveries-due and unrouted hold only the few submissions whose mail
 * failed or found no recipient; demand-to-count ("COUNT") only the changes of the last minute, which
 * the sweeper counts and takes out. Demand-by-month has a partition per month, people-by-organisation
 * one per organisation, which holds a few dozen people at most; inbox-by-status-by-time one per
 * organisation and status, read a page at a time. Jobbspår-by-region holds every track in one
 * partition, sorted by FA-region and time: a few hundred tracks a year in the whole country,
 * each a handful of index bytes. Sign-in links and sessions expire
 * through expiring-by-time: a session's expiry moves on with each use (its idle timeout).
 */
export const table = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAt',
  indexes: {
    expiringByTime: { name: 'expiring-by-time', partitionKey: 'expiryGroup', sortKey: 'expiresAt', sortKeyType: 'N', partition: 'EXPIRES' },
    deliveriesDueByTime: {
      name: 'deliveries-due-by-time',
      partitionKey: 'retryGroup',
      sortKey: 'retryAt',
      sortKeyType: 'N',
      partition: 'RETRY',
    },
    unroutedByTime: {
      name: 'unrouted-by-time',
      partitionKey: 'unroutedGroup',
      sortKey: 'createdAt',
      sortKeyType: 'S',
      partition: 'UNROUTED',
    },
    demandByMonth: { name: 'demand-by-month', partitionKey: 'demandMonth', sortKey: 'demandAt', sortKeyType: 'S', include: ['demand'] },
    demandToCount: {
      name: 'demand-to-count',
      partitionKey: 'countGroup',
      sortKey: 'countAt',
      sortKeyType: 'S',
      partition: 'COUNT',
    },
    peopleByOrganisation: {
      name: 'people-by-organisation',
      partitionKey: 'staffOrganisation',
      sortKey: 'staffEmail',
      sortKeyType: 'S',
      include: ['email', 'name', 'phone', 'organisation', 'role', 'addedAt'],
    },
    inboxByStatusByTime: {
      name: 'inbox-by-status-by-time',
      partitionKey: 'inboxStatus',
      sortKey: 'inboxAt',
      sortKeyType: 'S',
      include: ['kind', 'id', 'reference', 'status', 'createdAt', 'kommun', 'ssyk', 'assignee', 'title', 'positions', 'version'],
    },
    jobbsparByRegion: {
      name: 'jobbspar-by-region',
      partitionKey: 'jobbsparGroup',
      sortKey: 'jobbsparAt',
      sortKeyType: 'S',
      partition: 'JOBBSPAR',
      include: ['owner', 'status'],
    },
  },
} as const satisfies { indexes: Record<string, IndexDescription> } & Record<string, unknown>;

const {
  expiringByTime,
  deliveriesDueByTime,
  unroutedByTime,
  demandByMonth,
  demandToCount,
  peopleByOrganisation,
  inboxByStatusByTime,
  jobbsparByRegion,
} = table.indexes;

/** The attributes that put an item in an index. Removing them takes it out again. */
export const indexEntries = {
  /** With the item's own expiresAt. */
  expiring: { [expiringByTime.partitionKey]: expiringByTime.partition },
  deliveriesDue: (retryAt: number) => ({
    [deliveriesDueByTime.partitionKey]: deliveriesDueByTime.partition,
    [deliveriesDueByTime.sortKey]: retryAt,
  }),
  /** With the item's own createdAt. */
  unrouted: { [unroutedByTime.partitionKey]: unroutedByTime.partition },
  /** Counted in the calendar month of `at`, ordered by time (the id tells apart two at the same moment). */
  demand: (at: Date, id: string) => ({ [demandByMonth.partitionKey]: monthOf(at), [demandByMonth.sortKey]: `${at.toISOString()}#${id}` }),
  /** A change of what the submission counts, written with the change, until the statistics have counted it. */
  demandToCount: (at: Date, id: string) => ({
    [demandToCount.partitionKey]: demandToCount.partition,
    [demandToCount.sortKey]: `${at.toISOString()}#${id}`,
  }),
  /** Listed among the organisation's people, by address. */
  person: (organisation: string, email: string) => ({
    [peopleByOrganisation.partitionKey]: organisation,
    [peopleByOrganisation.sortKey]: email,
  }),
  /** Listed in the organisation's inbox under the entry's status, in the order of its sort key. */
  inboxStatus: (organisation: string, status: string, at: string) => ({
    [inboxByStatusByTime.partitionKey]: `${organisation}#${status}`,
    [inboxByStatusByTime.sortKey]: at,
  }),
  /** Listed among every jobbspår, by its FA-region and then its time (the id tells apart two at the same moment). */
  jobbspar: (fa: string, createdAt: string, id: string) => ({
    [jobbsparByRegion.partitionKey]: jobbsparByRegion.partition,
    [jobbsparByRegion.sortKey]: `${fa}#${createdAt}#${id}`,
  }),
};

/** The demand-by-month partition of a time: "2026-11". */
export const monthOf = (at: Date) => at.toISOString().slice(0, 7);

/** A time as the table keeps it in expiresAt, retryAt and nextAttemptAt: whole seconds since 1970 (the TTL's unit). */
export const epochSeconds = (at = new Date()) => Math.floor(at.getTime() / 1000);

const keySchema = (partitionKey: string, sortKey: string) => [
  { AttributeName: partitionKey, KeyType: 'HASH' as const },
  { AttributeName: sortKey, KeyType: 'RANGE' as const },
];

/** The table's keys and indexes in DynamoDB's own terms (CreateTable, and CloudFormation alike). */
export function tableDefinition() {
  const indexes: readonly IndexDescription[] = Object.values(table.indexes);
  const attributeTypes = new Map<string, 'S' | 'N'>([
    [table.partitionKey, 'S'],
    [table.sortKey, 'S'],
    ...indexes.flatMap((index): [string, 'S' | 'N'][] => [
      [index.partitionKey, 'S'],
      [index.sortKey, index.sortKeyType],
    ]),
  ]);
  return {
    KeySchema: keySchema(table.partitionKey, table.sortKey),
    AttributeDefinitions: [...attributeTypes].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
    GlobalSecondaryIndexes: indexes.map((index) => ({
      IndexName: index.name,
      KeySchema: keySchema(index.partitionKey, index.sortKey),
      Projection: index.include
        ? { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...index.include] }
        : { ProjectionType: 'KEYS_ONLY' as const },
    })),
  };
}

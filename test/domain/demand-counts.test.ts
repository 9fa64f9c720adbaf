/**
 * The statistics' counts kept on write, against the embedded store: whatever submissions are
 * counted and withdrawn, in whatever order the sweeper comes by, however often it counts one
 * submission again, and wherever a sweeper stops half-way (a crash: the store fails after some
 * writes), a month's cells equal the cells counted straight from the submissions that count.
 * A property, with fast-check; FUZZ_RUNS sets its size.
 */
import { beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { show, suppressedBelow, type CellCount } from '../../core/statistics.ts';
import type { DemandKind } from '../../core/contracts/demand.ts';
import { setUpInProcessStore } from '../support/in-process-store.ts';

setUpInProcessStore('demand-counts-test');

let store: typeof import('../../functions/store/demand.ts');
let stats: typeof import('../../functions/domain/stats.ts');
let client: typeof import('../../functions/store/client.ts');
let table: typeof import('../../functions/store/table.ts');
let records: typeof import('../../functions/store/records.ts');
beforeAll(async () => {
  records = await import('../../functions/store/records.ts');
  store = await import('../../functions/store/demand.ts');
  stats = await import('../../functions/domain/stats.ts');
  client = await import('../../functions/store/client.ts');
  table = await import('../../functions/store/table.ts');
});

/** A submission `item`: counted, withdrawn; or a sweep, a submission counted again, a sweeper that stops after `writes` writes. */
const step = fc.oneof(
  fc.record({
    add: fc.integer({ min: 0, max: 11 }),
    kind: fc.constantFrom<DemandKind>('loi', 'behov', 'brist'),
    groups: fc.subarray(['5120', '5131', '2611', '9111'], { minLength: 1 }),
    contributor: fc.integer({ min: 0, max: 6 }),
    count: fc.integer({ min: 1, max: 9 }),
  }),
  fc.record({ withdraw: fc.integer({ min: 0, max: 11 }) }),
  fc.constant('sweep' as const),
  fc.record({ again: fc.integer({ min: 0, max: 11 }) }),
  fc.record({ crash: fc.integer({ min: 0, max: 11 }), writes: fc.integer({ min: 0, max: 12 }) }),
);

interface Submission {
  kind: DemandKind;
  fa: string;
  ssyk: string[];
  count: number;
  contributor: string;
  withdrawn: boolean;
}

/** The cells of a month counted straight from its submissions, by the rule in core/statistics.ts. */
function countedStraight(submissions: readonly Submission[]) {
  const cells = new Map<string, { kind: DemandKind; group: string; count: number; from: Set<string> }>();
  for (const s of submissions.filter((s) => !s.withdrawn))
    for (const group of new Set(s.ssyk.map((code) => code[0]!))) {
      const key = `${s.kind}#${group}`;
      const cell = cells.get(key) ?? cells.set(key, { kind: s.kind, group, count: 0, from: new Set() }).get(key)!;
      if (s.kind !== 'brist' || !cell.from.has(s.contributor)) cell.count += s.count;
      cell.from.add(s.contributor);
    }
  return [...cells.values()].map(({ from, ...cell }) => ({
    ...cell,
    named: Math.min(from.size, suppressedBelow),
    shown: show({ count: cell.count, contributors: [...from] }),
  }));
}

const asCompared = (cells: readonly CellCount[]) =>
  cells.map((c) => ({ kind: c.kind, group: c.group, count: c.count, named: c.contributors.length, shown: show(c) }));
const byCell = (a: { kind: string; group: string }, b: { kind: string; group: string }) =>
  `${a.kind}${a.group}`.localeCompare(`${b.kind}${b.group}`);

/** Runs `work` with a store that fails every request after `writes` of them, as a sweeper that stops. */
async function crashingAfter(writes: number, work: () => Promise<unknown>) {
  const send = client.dynamo.send.bind(client.dynamo);
  let left = writes;
  client.dynamo.send = ((...args: Parameters<typeof send>) =>
    left-- > 0 ? send(...args) : Promise.reject(new Error('stopped'))) as typeof send;
  try {
    await work();
  } catch {
    // Stopped half-way, as a crash would.
  } finally {
    client.dynamo.send = send;
  }
}

let run = 0;

it('keeps each month equal to its submissions whatever the order of changes and sweeps, repeats and stops half-way', async () => {
  const { PutCommand, UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
  const put = (item: Record<string, unknown>) => client.dynamo.send(new PutCommand({ TableName: client.tableName, Item: item }));
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
      // A month of its own for each run.
      const at = new Date(Date.UTC(1990, run++, 15));
      const fa = '23';
      const submissions = new Map<number, Submission>();
      const id = (n: number) => `${run}-${n}`;
      const key = (n: number) => table.keys.signal(id(n));
      for (const s of steps) {
        if (s === 'sweep') await stats.countDemandChanges();
        else if ('add' in s) {
          if (submissions.has(s.add)) continue;
          const submission = {
            kind: s.kind,
            fa,
            ssyk: s.groups,
            count: s.kind === 'loi' ? s.count : 1,
            contributor: `c${s.contributor}`,
            withdrawn: false,
          };
          submissions.set(s.add, submission);
          const { withdrawn, ...demand } = submission;
          await put({ ...key(s.add), ...store.countDemand(demand, id(s.add), at) });
        } else if ('withdraw' in s) {
          const submission = submissions.get(s.withdraw);
          if (!submission || submission.withdrawn) continue;
          submission.withdrawn = true;
          const { withdrawn, ...demand } = submission;
          const update = new records.Update().set(store.withdrawDemand(demand, id(s.withdraw)));
          await client.dynamo.send(new UpdateCommand(update.command(key(s.withdraw), 'attribute_exists(pk)')));
        } else if ('again' in s) {
          if (submissions.has(s.again)) for (let i = 0; i < 2; i++) await store.countChangesOf(key(s.again));
        } else if (submissions.has(s.crash)) await crashingAfter(s.writes, () => store.countChangesOf(key(s.crash)));
      }
      // A sweeper that stopped leaves its lease, which runs out.
      await stats.countDemandChanges(new Date(Date.now() + 60_000));
      const [cells] = await store.monthCells([table.monthOf(at)]);
      expect(asCompared(cells!).sort(byCell)).toEqual(countedStraight([...submissions.values()]).sort(byCell));
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 30) },
  );
}, 300_000);

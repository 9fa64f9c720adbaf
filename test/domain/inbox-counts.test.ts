/**
 * The inbox's counts per status against the embedded store: whatever order the entries of a few
 * submissions are written in, however often a write is repeated (a retry after a crash) or comes
 * late with an older version, and whether or not the counts are read (and folded) in between,
 * the counts equal the entries' statuses. A property, with fast-check; FUZZ_RUNS sets its size.
 */
import { beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { setUpInProcessStore } from '../support/in-process-store.ts';

setUpInProcessStore('inbox-counts-test');

let store: typeof import('../../functions/store/inbox.ts');
beforeAll(async () => {
  store = await import('../../functions/store/inbox.ts');
});

const statuses = ['received', 'handled', 'planned', 'closed'] as const;

/** One write: submission `item` at `version` with `status`, or taken out of the organisation's inbox (`gone`); or a read of the counts. */
const step = fc.oneof(
  fc.record({
    item: fc.integer({ min: 0, max: 3 }),
    version: fc.integer({ min: 1, max: 6 }),
    status: fc.constantFrom(...statuses),
    gone: fc.boolean(),
  }),
  fc.constant('read' as const),
);

let run = 0;

it('keeps the counts equal to the entries whatever the order, repetition and lateness of the writes', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
      const organisation = `kommun-prop-${run++}`;
      // What the entries are after the writes: the newest version of each submission wins.
      const latest = new Map<number, { version: number; status: string; gone: boolean }>();
      for (const s of steps) {
        if (s === 'read') {
          await store.countInbox(organisation, ['loi']);
          continue;
        }
        const known = latest.get(s.item);
        // An entry taken out leaves nothing to compare an older write with; the outbox's lease sends one submission's writes in order.
        if (known?.gone && s.version <= known.version) continue;
        const entry = {
          kind: 'loi' as const,
          id: `00000000-0000-4000-8000-${String(s.item).padStart(12, '0')}`,
          reference: `LOI-${s.item}`,
          status: s.status,
          createdAt: '2026-11-20T09:00:00.000Z',
          ssyk: [],
          title: 'Bageriet',
          version: s.version,
        };
        await store.putInboxEntry(organisation, entry, 2_000_000_000, { gone: s.gone });
        if (!known || known.version < s.version) latest.set(s.item, { version: s.version, status: s.status, gone: s.gone });
      }
      const expected: Record<string, number> = {};
      for (const { status, gone } of latest.values()) if (!gone) expected[status] = (expected[status] ?? 0) + 1;
      const counted = await store.countInbox(organisation, ['loi']);
      expect(Object.fromEntries(Object.entries(counted).filter(([, n]) => n !== 0))).toEqual(expected);
      // Folded into the counts, the same.
      await store.foldInboxCounts(organisation);
      const folded = await store.countInbox(organisation, ['loi']);
      expect(Object.fromEntries(Object.entries(folded).filter(([, n]) => n !== 0))).toEqual(expected);
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 60) },
  );
}, 300_000);

/**
 * The staff's counts of complaints per supplier and month, against the embedded store: complaints
 * about two suppliers in two months, from two kommuner, about a kommun's customer choice and
 * about Arbetsförmedlingen's own service. Each organisation counts only the complaints it sees
 * (Arbetsförmedlingen all of them, a kommun those of its own customer choice, the supplier none),
 * under the list's filters; a list of another kind has no such counts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpInProcessStore } from '../support/in-process-store.ts';
import { complaint } from '../support/records.ts';

setUpInProcessStore('complaint-counts-test');

let inbox: typeof import('../../functions/domain/inbox.ts');

const person = (organisation: string) => ({
  email: `handlaggare@${organisation}.exempel.se`,
  organisation,
  role: 'handlaggare' as const,
  addedAt: '2026-09-01T00:00:00Z',
});

/** A complaint about `supplier`'s `service` in `kommun`, come in at `createdAt`. */
const cameIn = (kommun: string, supplier: string, service: 'rusta-och-matcha' | 'kundval-kommun', createdAt: string) => ({
  ...complaint(kommun, supplier, service),
  createdAt,
});

beforeAll(async () => {
  inbox = await import('../../functions/domain/inbox.ts');
  for (const record of [
    cameIn('0180', 'framsteg-jobbcoach', 'kundval-kommun', '2026-10-05T08:00:00.000Z'),
    cameIn('0180', 'framsteg-jobbcoach', 'kundval-kommun', '2026-11-02T10:00:00.000Z'),
    cameIn('0180', 'framsteg-jobbcoach', 'rusta-och-matcha', '2026-11-20T12:00:00.000Z'),
    cameIn('1280', 'nordvind-kompetens', 'rusta-och-matcha', '2026-10-15T09:00:00.000Z'),
    cameIn('1280', 'nordvind-kompetens', 'kundval-kommun', '2026-11-03T09:00:00.000Z'),
    cameIn('0180', 'nordvind-kompetens', 'kundval-kommun', '2026-11-25T14:00:00.000Z'),
  ])
    await inbox.syncInbox(record);
});

describe('the complaints per supplier and month', () => {
  it('count for each organisation what it sees: Arbetsförmedlingen all, a kommun its customer choice, a supplier nothing', async () => {
    expect(await inbox.complaintCounts(person('arbetsformedlingen'), {})).toEqual([
      { supplier: 'framsteg-jobbcoach', month: '2026-10', count: 1 },
      { supplier: 'framsteg-jobbcoach', month: '2026-11', count: 2 },
      { supplier: 'nordvind-kompetens', month: '2026-10', count: 1 },
      { supplier: 'nordvind-kompetens', month: '2026-11', count: 2 },
    ]);
    expect(await inbox.complaintCounts(person('kommun-0180'), {})).toEqual([
      { supplier: 'framsteg-jobbcoach', month: '2026-10', count: 1 },
      { supplier: 'framsteg-jobbcoach', month: '2026-11', count: 1 },
      { supplier: 'nordvind-kompetens', month: '2026-11', count: 1 },
    ]);
    expect(await inbox.complaintCounts(person('kommun-1280'), {})).toEqual([
      { supplier: 'nordvind-kompetens', month: '2026-11', count: 1 },
    ]);
    expect(await inbox.complaintCounts(person('framsteg-jobbcoach'), {})).toEqual([]);
    expect(await inbox.complaintCounts(person('nordvind-kompetens'), {})).toEqual([]);
  });

  it('count under the list’s filters: a period, a kommun', async () => {
    expect(await inbox.complaintCounts(person('arbetsformedlingen'), { fran: '2026-11-01', till: '2026-11-30' })).toEqual([
      { supplier: 'framsteg-jobbcoach', month: '2026-11', count: 2 },
      { supplier: 'nordvind-kompetens', month: '2026-11', count: 2 },
    ]);
    expect(await inbox.complaintCounts(person('arbetsformedlingen'), { kommun: '1280' })).toEqual([
      { supplier: 'nordvind-kompetens', month: '2026-10', count: 1 },
      { supplier: 'nordvind-kompetens', month: '2026-11', count: 1 },
    ]);
  });

  it('come with the inbox’s list of complaints, and with no list of another kind', async () => {
    const complaints = await inbox.inboxFor(person('kommun-1280'), { typ: 'complaint' });
    expect(complaints.entries).toHaveLength(1);
    expect(complaints.complaintCounts).toEqual([{ supplier: 'nordvind-kompetens', month: '2026-11', count: 1 }]);
    expect((await inbox.inboxFor(person('arbetsformedlingen'), {})).complaintCounts).toBeUndefined();
    expect((await inbox.inboxFor(person('arbetsformedlingen'), { typ: 'loi' })).complaintCounts).toBeUndefined();
  });
});

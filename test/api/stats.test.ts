/**
 * The public statistics equal the submissions of a test data set (LOIs, needs signals and gap
 * reports sent through the real submission paths into the embedded store), every count from fewer
 * than 5 employers or suppliers is shown as "<5" on the page, in the JSON and in the CSV, and no
 * total recovers a hidden count. Withdrawn LOIs and a supplier's repeated reports do not inflate them.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { gapSchema, needsSchema } from '../../core/contracts/signals.ts';
import { loiSchema } from '../../core/contracts/loi.ts';
import { cellChange, type CellCount, type DemandStats, type MeasureTable } from '../../core/statistics.ts';
import type { DemandKind } from '../../core/contracts/demand.ts';
import type { Counted } from '../../functions/store/demand.ts';
import type { HttpRequest } from '../../functions/http/types.ts';
import { setUpInProcessStore } from '../support/in-process-store.ts';
import { linkFor } from '../support/portal-process.ts';
import { validGap, validLoi, validNeeds } from '../../scripts/examples.ts';
import { luhnDigit } from '../core/contracts/luhn.ts';

const { outboxDir } = setUpInProcessStore('stats-test');

const request = (path: string, query = ''): HttpRequest => ({
  method: 'GET',
  path,
  pathParams: {},
  query: new URLSearchParams(query),
  headers: {},
  body: '',
  sourceIp: '192.0.2.1',
});

/** A valid organisationsnummer for employer `n`. */
const orgnr = (n: number) => {
  const digits = `5566${String(n).padStart(5, '0')}`;
  return `${digits.slice(0, 6)}-${digits.slice(6)}${luhnDigit(digits)}`;
};

/** The data set: what each submission counts, per kind, FA-region and SSYK codes; each gap report from a supplier of its own. */
const gaps: { fa: string; ssyk: string[] }[] = [
  ...Array.from({ length: 7 }, () => ({ fa: '23', ssyk: ['5120'] })),
  { fa: '23', ssyk: ['5120', '5131'] }, // two occupations in one group: counted once
  { fa: '23', ssyk: ['2611'] },
  { fa: '23', ssyk: ['2611', '9111'] }, // two groups: counted in each
  ...Array.from({ length: 3 }, () => ({ fa: '01', ssyk: ['5321'] })),
  ...Array.from({ length: 5 }, () => ({ fa: '01', ssyk: ['7411'] })),
  { fa: '60', ssyk: ['8331'] }, // a region with one hidden count only
];
const needs = [
  { kommun: '0181', ssyk: ['5120'] },
  { kommun: '0180', ssyk: ['4222'] },
];
/** Each LOI from an employer of its own: 12 positions for groups 4 and 5 from five employers, 3 for group 5 from one. */
const lois = [
  { kommun: '0181', antal: 3, ssyk: ['5120'] },
  ...[2, 2, 2, 3, 3].map((antal) => ({ kommun: '0180', antal, ssyk: ['5120', '4222'] })),
];

interface Expected {
  count: number;
  from: Set<string>;
}

/** The expected counts, straight from the data set: kind → region → major group → count and whom it comes from. */
function expected(): Record<DemandKind, Map<string, Map<string, Expected>>> {
  const result = { loi: new Map(), behov: new Map(), brist: new Map() } as Record<DemandKind, Map<string, Map<string, Expected>>>;
  const add = (kind: DemandKind, fa: string, ssyk: string[], n: number, from: string) => {
    const row = result[kind].get(fa) ?? result[kind].set(fa, new Map()).get(fa)!;
    for (const group of new Set(ssyk.map((s) => s[0]!))) {
      const cell = row.get(group) ?? row.set(group, { count: 0, from: new Set() }).get(group)!;
      cell.count += n;
      cell.from.add(from);
    }
  };
  for (const [i, g] of gaps.entries()) add('brist', g.fa, g.ssyk, 1, `gap-${i}`);
  for (const n of needs) add('behov', n.kommun === '2584' ? '60' : '23', n.ssyk, 1, 'one employer');
  for (const [i, l] of lois.entries()) add('loi', '23', l.ssyk, l.antal, `loi-${i}`);
  return result;
}

const occupations = (ssyk: string[]) => ssyk.map((code) => ({ namn: `Yrke ${code}`, ssyk: code }));
const supplierKey = (supplier: string) => ({ supplier, hash: 'x', faRegions: ['01', '23', '60'], createdAt: new Date().toISOString() });

/** The id and token of the private link in the last message to `to`. */
const linkParams = async (to: string, path: string) => (await linkFor(outboxDir, to, path)).searchParams;

let stats: DemandStats;

beforeAll(async () => {
  const { submitGap, submitNeeds, confirmNeeds } = await import('../../functions/domain/signals.ts');
  const { submitLoi, confirmLoi } = await import('../../functions/domain/loi.ts');
  const { countDemandChanges, demandStats } = await import('../../functions/domain/stats.ts');
  for (const [i, g] of gaps.entries()) {
    const gap = validGap({ fa: g.fa });
    await submitGap(
      gapSchema.parse({ ...gap, profil: { ...gap.profil, yrken: occupations(g.ssyk) }, insatser: [{ skal: 'saknas' }] }),
      supplierKey(`leverantor-${i}`),
      randomUUID(),
    );
  }
  for (const [i, n] of needs.entries()) {
    const epost = `stats-behov-${i}@exempel.example`;
    const input = validNeeds({ epost, kommun: n.kommun });
    await submitNeeds(needsSchema.parse({ ...input, behov: { ...input.behov, yrken: occupations(n.ssyk) } }), randomUUID());
    const params = await linkParams(epost, '/behov/bekrafta/');
    await confirmNeeds(params.get('id')!, params.get('token')!);
  }
  // Not confirmed: not counted.
  await submitNeeds(needsSchema.parse(validNeeds({ epost: 'stats-obekraftad@exempel.example' })), randomUUID());
  for (const [i, l] of lois.entries()) {
    const epost = `stats-loi-${i}@exempel.example`;
    const loi = validLoi({ epost });
    await submitLoi(
      loiSchema.parse({
        ...loi,
        organisation: { ...loi.organisation, organisationsnummer: orgnr(i) },
        arbetsplatsKommun: l.kommun,
        behov: { ...loi.behov, antal: l.antal, yrken: occupations(l.ssyk) },
      }),
      randomUUID(),
    );
    const params = await linkParams(epost, '/avsiktsforklaring/status/');
    await confirmLoi(params.get('id')!, params.get('token')!);
  }
  // What the sweeper does.
  await countDemandChanges();
  stats = await demandStats();
});

describe('the statistics of demand', () => {
  it('equal the submissions of the data set, with counts from 1 to 4 shown as "<5"', () => {
    const want = expected();
    for (const kind of ['loi', 'behov', 'brist'] as const) {
      const table = stats.measures[kind];
      expect(table.rows.map((r) => r.fa)).toEqual([...want[kind].keys()].sort());
      for (const row of table.rows) {
        const counts = want[kind].get(row.fa)!;
        expect(Object.keys(row.cells).sort()).toEqual([...counts.keys()].sort());
        for (const [group, { count, from }] of counts)
          expect(row.cells[group], `${kind} ${row.fa} ${group}`).toBe(from.size < 5 ? '<5' : count);
      }
    }
    // Spot checks of the data set's arithmetic.
    expect(stats.measures.brist.rows.find((r) => r.fa === '23')!.cells).toEqual({ '5': 8, '2': '<5', '9': '<5' });
    expect(stats.measures.loi.rows[0]!.cells).toEqual({ '5': 15, '4': 12 });
  });

  it('build every total from the shown counts only, so no hidden count can be recovered', () => {
    for (const table of Object.values(stats.measures)) expectNothingRecoverable(table);
    expect(stats.measures.brist.rows.find((r) => r.fa === '23')!.total).toBe(8);
    expect(stats.measures.brist.rows.find((r) => r.fa === '60')!.total).toBeNull();
    expect(stats.measures.brist.total).toBe(13);
  });

  it('hold for any data set: a thousand random ones', async () => {
    const { tabulate } = await import('../../functions/domain/stats.ts');
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 1000; round++) {
      const demand: Counted[] = Array.from({ length: random(40) }, () => ({
        kind: 'loi',
        fa: ['01', '23', '60'][random(3)]!,
        ssyk: [['5120', '2611', '9111', '7411'][random(4)]!],
        count: 1 + random(6),
        contributor: `employer-${random(12)}`,
      }));
      expectNothingRecoverable(tabulate(countedStraight(demand)));
    }
  });

  it('show the same figures on the page, in the JSON and in the CSV', async () => {
    const { handle: page } = await import('../../functions/handlers/stats-page.ts');
    const { handle: api } = await import('../../functions/handlers/stats-demand.ts');
    const html = (await page(request('/statistik/', 'matt=brist'))).body;
    expect(html).toContain('<h1>Statistik över behov och brister</h1>');
    expect(html).toContain('Så tas siffrorna fram');
    const table = /<table[^>]*id="siffror-brist"[\s\S]*?<\/table>/.exec(html)![0];
    const row23 = /<tr><th scope="row"><a href="\/region\/23\/">[\s\S]*?<\/tr>/.exec(table)![0];
    expect([...row23.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1])).toEqual(['&lt;5', '8', '0', '0', '&lt;5', '8']); // groups 2, 5, 7, 8, 9, total
    // Every published number of 1 to 4 is written "<5", nowhere as the number itself.
    for (const cellText of [...html.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1])) expect(['1', '2', '3', '4']).not.toContain(cellText);
    expect(html.match(/<path /g)!.length).toBeGreaterThanOrEqual(60);

    const json = JSON.parse((await api(request('/api/stats/demand'))).body) as DemandStats;
    expect(json.measures).toEqual(stats.measures);
    const one = JSON.parse((await api(request('/api/stats/demand', 'fa=23'))).body) as DemandStats;
    expect(one.measures.brist.rows.map((r) => r.fa)).toEqual(['23']);
    expect((await api(request('/api/stats/demand', 'fa=99'))).status).toBe(400);
    const csv = (await api(request('/api/stats/demand', 'format=csv'))).body;
    expect(csv).toContain('brist,23,"Stockholm",2,<5');
    expect(csv).toContain('brist,23,"Stockholm",5,8');
    expect(csv).not.toMatch(/,[1-4]\r\n/);
  });
});

describe('what the statistics count', () => {
  // In FA-region 60 (Kiruna), apart from the data set above.
  const loiIn60 = async (i: number, antal: number, ssyk: string[]) => {
    const { submitLoi } = await import('../../functions/domain/loi.ts');
    const epost = `stats-60-${i}@exempel.example`;
    const loi = validLoi({ epost });
    await submitLoi(
      loiSchema.parse({
        ...loi,
        organisation: { ...loi.organisation, organisationsnummer: orgnr(600 + i) },
        arbetsplatsKommun: '2584',
        behov: { ...loi.behov, antal, yrken: occupations(ssyk) },
      }),
      randomUUID(),
    );
    return linkParams(epost, '/avsiktsforklaring/status/');
  };
  const row60 = async (kind: DemandKind) => {
    const { countDemandChanges, demandStats } = await import('../../functions/domain/stats.ts');
    await countDemandChanges();
    return (await demandStats()).measures[kind].rows.find((r) => r.fa === '60');
  };

  it('hide one employer with 7 positions', async () => {
    const { confirmLoi } = await import('../../functions/domain/loi.ts');
    const params = await loiIn60(0, 7, ['5120']);
    await confirmLoi(params.get('id')!, params.get('token')!);
    expect((await row60('loi'))!.cells['5']).toBe('<5');
  });

  it('leave out a withdrawn LOI', async () => {
    const { confirmLoi, withdrawLoi } = await import('../../functions/domain/loi.ts');
    const links = [];
    for (let i = 1; i <= 5; i++) {
      const params = await loiIn60(i, 2, ['7411']);
      await confirmLoi(params.get('id')!, params.get('token')!);
      links.push(params);
    }
    expect((await row60('loi'))!.cells['7']).toBe(10);
    await withdrawLoi(links[0]!.get('id')!, links[0]!.get('token')!);
    expect((await row60('loi'))!.cells['7']).toBe('<5');
  });

  it('count one supplier once per occupation group and month, however many reports it sends', async () => {
    const { submitGap } = await import('../../functions/domain/signals.ts');
    const gap = validGap({ fa: '60' });
    const report = gapSchema.parse({ ...gap, profil: { ...gap.profil, yrken: occupations(['3111']) }, insatser: [{ skal: 'saknas' }] });
    for (let i = 0; i < 50; i++) await submitGap(report, supplierKey('ivrig-leverantor'), randomUUID());
    expect((await row60('brist'))!.cells['3']).toBe('<5');
    for (let i = 0; i < 4; i++) await submitGap(report, supplierKey(`annan-leverantor-${i}`), randomUUID());
    expect((await row60('brist'))!.cells['3']).toBe(5);
  });

  it('are read from the counted months, not from the submissions, until the sweeper counts again', async () => {
    const { confirmLoi } = await import('../../functions/domain/loi.ts');
    const { demandStats } = await import('../../functions/domain/stats.ts');
    const before = (await row60('loi'))!.cells['2'];
    for (let i = 10; i < 15; i++) {
      const params = await loiIn60(i, 1, ['2611']);
      await confirmLoi(params.get('id')!, params.get('token')!);
    }
    expect((await demandStats()).measures.loi.rows.find((r) => r.fa === '60')!.cells['2']).toBe(before);
    expect((await row60('loi'))!.cells['2']).toBe(5);
  });

  it('answer with an ETag and a short cache time, and 304 when asked again with it', async () => {
    const { handle: api } = await import('../../functions/handlers/stats-demand.ts');
    const first = await api(request('/api/stats/demand'));
    expect(first.headers['Cache-Control']).toBe('public, max-age=60');
    const etag = first.headers.ETag!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await api({ ...request('/api/stats/demand'), headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
  });
});

/** The cells of one month's submissions, counted straight from them by the counting's rule. */
function countedStraight(demand: readonly Counted[]): CellCount[] {
  const cells = new Map<string, CellCount>();
  for (const d of demand)
    for (const group of new Set(d.ssyk.map((code) => code[0]!))) {
      const key = `${d.kind}#${d.fa}#${group}`;
      const cell = cells.get(key) ?? cells.set(key, { kind: d.kind, fa: d.fa, group, count: 0, contributors: [] }).get(key)!;
      const first = !cell.contributors.includes(d.contributor);
      cell.count += cellChange(d, 'add', first).count;
      if (first) cell.contributors.push(d.contributor);
    }
  return [...cells.values()];
}

/**
 * For every hidden cell, each total over a line through it (its row, its column, the whole table)
 * equals the sum of that line's shown counts: subtracting what is shown leaves exactly nothing.
 */
function expectNothingRecoverable(table: MeasureTable) {
  const shownSum = (values: (number | string | undefined)[]) => {
    const numbers = values.filter((v): v is number => typeof v === 'number');
    return numbers.length ? numbers.reduce((a, b) => a + b, 0) : null;
  };
  for (const row of table.rows) {
    for (const value of Object.values(row.cells)) if (typeof value === 'number') expect(value).toBeGreaterThanOrEqual(5);
    expect(row.total).toBe(shownSum(Object.values(row.cells)));
  }
  for (const group of table.groups) expect(table.groupTotals[group]).toBe(shownSum(table.rows.map((r) => r.cells[group])));
  expect(table.total).toBe(shownSum(table.rows.flatMap((r) => Object.values(r.cells))));
  expect(table.total).toBe(shownSum(table.groups.map((g) => table.groupTotals[g] ?? undefined)));
}

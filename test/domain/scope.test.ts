/**
 * The scope rule (functions/domain/scope.ts) as a matrix: every role of every kind of
 * organisation against LOIs, needs signals, gap reports and complaints in and out of its scope. What is out
 * of scope is refused as not found (404), never as forbidden.
 */
import { describe, expect, it } from 'vitest';
import { gapSchema, needsSchema } from '../../core/contracts/signals.ts';
import { faRegionOfKommun } from '../../core/reference/index.ts';
import { validGap, validNeeds } from '../../scripts/examples.ts';
import { common, complaint, loi } from '../support/records.ts';
import { NotFound } from '../../functions/domain/errors.ts';
import { inScope, visibleTo } from '../../functions/domain/scope.ts';
import { staffRoles } from '../../functions/domain/people.ts';
import { problemOf } from '../../functions/http/respond.ts';
import { routeFromKommun, routeSignal } from '../../functions/domain/routing.ts';
import type { PublishedCatalogue } from '../../functions/catalogue/index.ts';
import { loadValidCatalogue } from '../../core/catalogue/load.ts';
import { contentDir } from '../support/paths.ts';
import type { GapRecord, NeedsRecord } from '../../functions/store/signal.ts';
import type { Submission } from '../../functions/store/submission.ts';

/** A needs signal from a workplace in `kommun`, routed to `supplier` (none while unconfirmed). */
function needs(kommun: string, supplier: string, status: 'unconfirmed' | 'received' = 'received'): NeedsRecord {
  const sent = status === 'received';
  return {
    kind: 'behov',
    ...common(faRegionOfKommun(kommun)!.kod, status),
    content: needsSchema.parse(validNeeds({ kommun })),
    tokenHashes: [''],
    recipients: sent
      ? [{ organisation: `${supplier} AB`, roll: 'leverantor', kanal: 'epost', adress: `${supplier}@exempel.se`, supplier }]
      : [],
  };
}

/** A gap report of FA-region `fa` filed by `supplier`. */
function gap(fa: string, supplier: string): GapRecord {
  return { kind: 'brist', ...common(fa, 'received'), content: gapSchema.parse(validGap({ fa })), supplier, recipients: [] };
}

// Malmö (1280) and Lund (1281) are in FA-region 01, Stockholm (0180) in 23.
const supplier = 'malmo-sprak-och-jobb';
const neighbour = 'skansk-yrkesbro';
const items = {
  loiMalmo: loi('1280', supplier),
  loiLund: loi('1281', neighbour),
  loiStockholm: loi('0180', 'nordvind-kompetens'),
  loiUnconfirmed: loi('1280', supplier, 'unconfirmed'),
  needsMalmo: needs('1280', supplier),
  needsLund: needs('1281', neighbour),
  needsStockholm: needs('0180', 'nordvind-kompetens'),
  needsUnconfirmed: needs('1280', supplier, 'unconfirmed'),
  gapOwn: gap('01', supplier),
  gapNeighbour: gap('01', neighbour),
  gapStockholm: gap('23', 'nordvind-kompetens'),
  complaintRusta: complaint('1280', supplier, 'rusta-och-matcha'),
  complaintKundval: complaint('1280', supplier, 'kundval-kommun'),
  complaintKundvalStockholm: complaint('0180', 'framsteg-jobbcoach', 'kundval-kommun'),
};
type Item = keyof typeof items;

/** Per kind of organisation (one of each) and kind of item: what it sees and what it does not. */
const matrix: Record<string, { organisation: string; scope: Record<Submission['kind'], { in: Item[]; out: Item[] }> }> = {
  arbetsformedlingen: {
    organisation: 'arbetsformedlingen',
    scope: {
      loi: { in: ['loiMalmo', 'loiLund', 'loiStockholm'], out: ['loiUnconfirmed'] },
      behov: { in: ['needsMalmo', 'needsLund', 'needsStockholm'], out: ['needsUnconfirmed'] },
      // Every gap report is Arbetsförmedlingen's: it has no cell out of scope.
      brist: { in: ['gapOwn', 'gapNeighbour', 'gapStockholm'], out: [] },
      // Every complaint is Arbetsförmedlingen's, whatever the service.
      complaint: { in: ['complaintRusta', 'complaintKundval', 'complaintKundvalStockholm'], out: [] },
    },
  },
  'FA-region': {
    organisation: 'fa-01',
    scope: {
      loi: { in: ['loiMalmo', 'loiLund'], out: ['loiStockholm', 'loiUnconfirmed'] },
      behov: { in: ['needsMalmo', 'needsLund'], out: ['needsStockholm', 'needsUnconfirmed'] },
      brist: { in: ['gapOwn', 'gapNeighbour'], out: ['gapStockholm'] },
      complaint: { in: [], out: ['complaintRusta', 'complaintKundval', 'complaintKundvalStockholm'] },
    },
  },
  kommun: {
    organisation: 'kommun-1280',
    scope: {
      loi: { in: ['loiMalmo'], out: ['loiLund', 'loiStockholm', 'loiUnconfirmed'] },
      behov: { in: ['needsMalmo'], out: ['needsLund', 'needsStockholm', 'needsUnconfirmed'] },
      brist: { in: ['gapOwn', 'gapNeighbour'], out: ['gapStockholm'] },
      // Only its own customer choice: Rusta och matcha is Arbetsförmedlingen's.
      complaint: { in: ['complaintKundval'], out: ['complaintRusta', 'complaintKundvalStockholm'] },
    },
  },
  leverantör: {
    organisation: supplier,
    scope: {
      loi: { in: ['loiMalmo'], out: ['loiLund', 'loiStockholm', 'loiUnconfirmed'] },
      behov: { in: ['needsMalmo'], out: ['needsLund', 'needsStockholm', 'needsUnconfirmed'] },
      brist: { in: ['gapOwn'], out: ['gapNeighbour', 'gapStockholm'] },
      // Never a complaint, not even one about itself.
      complaint: { in: [], out: ['complaintRusta', 'complaintKundval', 'complaintKundvalStockholm'] },
    },
  },
};

const cells = staffRoles.flatMap((role) =>
  Object.entries(matrix).flatMap(([organisationKind, { organisation, scope }]) =>
    Object.entries(scope).flatMap(([kind, { in: seen, out: unseen }]) =>
      (
        [
          ['in', seen],
          ['out', unseen],
        ] as const
      )
        .filter(([, examples]) => examples.length > 0)
        .map(([side, examples]) => ({ role, organisationKind, organisation, kind: kind as Submission['kind'], side, examples })),
    ),
  ),
);

/** What `act` throws. */
function thrown(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the scope rule', () => {
  it(`holds in all ${cells.length} cells of role × kind of organisation × kind of item × in or out of scope, every cell out of scope refused as not found`, () => {
    expect(cells.length).toBe(3 * (5 + 6 + 6 + 6) + 3 * (1 + 1 + 2 + 1));
    for (const { role, organisationKind, organisation, kind, side, examples } of cells) {
      const person = { email: 'person@exempel.se', organisation, role, addedAt: '2026-11-20T09:00:00Z' };
      for (const name of examples) {
        const item = items[name];
        const cell = `${role} of ${organisationKind} ${organisation}, ${kind} ${name}, ${side}`;
        expect(item.kind, cell).toBe(kind);
        expect(inScope(person, item), cell).toBe(side === 'in');
        if (side === 'in') expect(visibleTo(person, item, kind), cell).toBe(item);
        else {
          const refused = thrown(() => visibleTo(person, item, kind));
          expect(refused, cell).toBeInstanceOf(NotFound);
          expect(problemOf(refused)!.status, cell).toBe(404);
        }
      }
    }
  });

  it('covers every item in some organisation’s scope and out of another’s', () => {
    const used = new Set(Object.values(matrix).flatMap(({ scope }) => Object.values(scope).flatMap((s) => [...s.in, ...s.out])));
    expect([...used].sort()).toEqual(Object.keys(items).sort());
  });

  it('answers an item that does not exist as it answers one out of scope', () => {
    const person = { organisation: 'kommun-1280' };
    const missing = thrown(() => visibleTo(person, undefined, 'loi'));
    const outOfScope = thrown(() => visibleTo(person, items.loiStockholm, 'loi'));
    expect(missing).toBeInstanceOf(NotFound);
    expect(outOfScope).toEqual(missing);
  });

  it('shows nothing to an organisation that does not exist', () => {
    for (const organisation of ['kommun-9999', 'fa-99', 'Nordvind Kompetens AB', ''])
      for (const item of Object.values(items)) expect(inScope({ organisation }, item), organisation).toBe(false);
  });

  it('knows a supplier by the slug the routing recorded, not by a name', () => {
    const named = { ...items.loiMalmo, recipients: [{ role: 'leverantor' as const, organisation: supplier, address: 'a@exempel.se' }] };
    expect(inScope({ organisation: supplier }, named)).toBe(false);
  });
});

describe('the routing', () => {
  // The published catalogue as the functions read it, from content/.
  const { leverantorer, regioner, routning } = loadValidCatalogue({ dir: contentDir });
  const catalogue = {
    leverantorer: leverantorer.map((entry) => ({ ...entry.data, slug: entry.slug, url: '' })),
    regioner: regioner.map((entry) => entry.data),
    routning: routning.flatMap((entry) => entry.data.mottagare ?? []),
  } as unknown as PublishedCatalogue;

  it("records an LOI's suppliers by slug, so the scope rule finds them", () => {
    const allocated = catalogue.leverantorer.find((l) => l.tjanster.some((s) => s.tjanst === 'jobbspar'))!;
    const suppliers = routeFromKommun(catalogue, '1280', allocated).recipients.filter((r) => r.role === 'leverantor');
    expect(suppliers.length).toBeGreaterThan(0);
    for (const recipient of suppliers)
      expect(catalogue.leverantorer.find((l) => l.slug === recipient.supplier)?.namn).toBe(recipient.organisation);
  });

  it("records a needs signal's suppliers by the slug of the catalogue's supplier the routing table names", () => {
    const recipients = routeSignal(catalogue, 'behov', { fa: '23', kommun: '0181' });
    expect(recipients.filter((r) => r.roll === 'leverantor').map((r) => r.supplier)).toEqual(['nordvind-kompetens', 'stegvis-arbetsliv']);
    expect(recipients.filter((r) => r.roll !== 'leverantor').every((r) => r.supplier === undefined)).toBe(true);
  });
});

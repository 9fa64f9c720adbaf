/**
 * Who may do what to an item of the staff inbox, as a matrix: every role of every kind of
 * organisation, every action, on an LOI in the organisation's scope and on one out of it (an
 * organisation of the same kind elsewhere; Arbetsförmedlingen sees everything, so it has no such
 * item). Out of scope is not found, whatever the role; in scope a reader reads and is refused the
 * rest; a handläggare and an admin do everything. Each cell acts on an LOI of its own, in the
 * embedded store.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpInProcessStore } from '../support/in-process-store.ts';
import { complaint, loi } from '../support/records.ts';

setUpInProcessStore('authorisation-test');

type Modules = {
  casework: typeof import('../../functions/domain/casework.ts');
  inbox: typeof import('../../functions/domain/inbox.ts');
  store: typeof import('../../functions/store/loi.ts');
  signals: typeof import('../../functions/store/signal.ts');
  people: typeof import('../../functions/store/people.ts');
  respond: typeof import('../../functions/http/respond.ts');
};
let m: Modules;

beforeAll(async () => {
  m = {
    casework: await import('../../functions/domain/casework.ts'),
    inbox: await import('../../functions/domain/inbox.ts'),
    store: await import('../../functions/store/loi.ts'),
    signals: await import('../../functions/store/signal.ts'),
    people: await import('../../functions/store/people.ts'),
    respond: await import('../../functions/http/respond.ts'),
  };
});

// The LOIs come from Malmö (kommun 1280, FA-region 01) and went to skansk-yrkesbro.
// The functions' modules load the store's client, so they are imported once the store runs; the roles are theirs.
const staffRoles = ['lasare', 'handlaggare', 'admin'] as const;

const organisations = {
  arbetsformedlingen: { in: 'arbetsformedlingen' },
  'fa-region': { in: 'fa-01', out: 'fa-23' },
  kommun: { in: 'kommun-1280', out: 'kommun-0180' },
  supplier: { in: 'skansk-yrkesbro', out: 'oresund-karriar' },
} as const;

type Person = Awaited<ReturnType<Modules['people']['getPerson']>> & {};

/** Each action as a person takes it, with what it needs to succeed. */
const actions = {
  read: (person: Person, id: string) => m.inbox.inboxItem(person, 'loi', id),
  list: async (person: Person, id: string) => {
    const { entries } = await m.inbox.inboxFor(person, {});
    if (!entries.some((e) => e.id === id)) throw new (await import('../../functions/domain/errors.ts')).NotFound('Inte i listan', []);
  },
  status: (person: Person, id: string) => m.casework.changeStatus(person, 'loi', id, { status: 'handled' }),
  assign: (person: Person, id: string) => m.casework.assign(person, 'loi', id, { ansvarig: person.email }),
  message: (person: Person, id: string) => m.casework.message(person, 'loi', id, { text: 'Hej!' }),
  note: (person: Person, id: string) => m.casework.note(person, 'loi', id, { text: 'Internt' }),
  hand_on: (person: Person, id: string) =>
    m.casework.handOn(person, 'loi', id, { till: 'kommun-1281', orsak: 'Arbetsplatsen flyttar till Lund' }),
} as const;

type Action = keyof typeof actions;
const readingActions: readonly Action[] = ['read', 'list'];

interface Cell {
  role: (typeof staffRoles)[number];
  kind: keyof typeof organisations;
  organisation: string;
  action: Action;
  scope: 'in' | 'out';
}

const cells: Cell[] = staffRoles.flatMap((role) =>
  Object.entries(organisations).flatMap(([kind, sides]) =>
    Object.entries(sides).flatMap(([scope, organisation]) =>
      (Object.keys(actions) as Action[]).map((action) => ({
        role,
        kind: kind as Cell['kind'],
        organisation,
        action,
        scope: scope as Cell['scope'],
      })),
    ),
  ),
);

/** What the cell must get: done, forbidden (403) or not found (404). */
const expected = ({ role, action, scope }: Pick<Cell, 'role' | 'action' | 'scope'>) =>
  scope === 'out' ? 404 : role === 'lasare' && !readingActions.includes(action) ? 403 : 'done';

describe(`the staff's authorisation (${cells.length} cells: ${staffRoles.length} roles × 4 kinds of organisation × ${Object.keys(actions).length} actions × in and out of scope)`, () => {
  it('does what each cell allows and refuses every other, out of scope as not found', async () => {
    const outcomes: string[] = [];
    for (const cell of cells) {
      const email = `${cell.role}@${cell.organisation}.exempel.se`;
      const person: Person = { email, organisation: cell.organisation, role: cell.role, addedAt: '2026-11-01T00:00:00Z', name: cell.role };
      await m.people.putPerson(person);
      const record = loi('1280', 'skansk-yrkesbro');
      await m.store.createLoi(record, new Date());
      await m.inbox.syncInbox(record);
      let outcome: number | 'done';
      try {
        await actions[cell.action](person, record.id);
        outcome = 'done';
      } catch (thrown) {
        const problem = m.respond.problemOf(thrown);
        if (!problem) throw thrown;
        outcome = problem.status;
      }
      if (outcome !== expected(cell))
        outcomes.push(
          `${cell.role} of ${cell.organisation} (${cell.scope} of scope), ${cell.action}: got ${outcome}, not ${expected(cell)}`,
        );
    }
    expect(outcomes).toEqual([]);
    expect(cells.filter((c) => expected(c) !== 'done').length).toBeGreaterThan(0);
  }, 120_000);
});

/**
 * The same matrix for jobbspår: a track of skansk-yrkesbro's from a Malmö LOI (FA-region 01).
 * Out of scope (another region's kommun or FA-region, another supplier) is not found. In scope,
 * everyone reads; only the owner's handläggare and admin create, plan, move the status and record
 * the supplier's counts; only Arbetsförmedlingen's record the candidates it sent.
 */
describe('the authorisation of jobbspår', () => {
  type TrackModules = {
    jobbspar: typeof import('../../functions/domain/jobbspar.ts');
    trackStore: typeof import('../../functions/store/jobbspar.ts');
    catalogue: typeof import('../../functions/catalogue/index.ts');
  };
  let j: TrackModules;
  let insats: string;
  beforeAll(async () => {
    j = {
      jobbspar: await import('../../functions/domain/jobbspar.ts'),
      trackStore: await import('../../functions/store/jobbspar.ts'),
      catalogue: await import('../../functions/catalogue/index.ts'),
    };
    insats = j.catalogue.interventionsInRegion(await j.catalogue.publishedCatalogue(), '01')[0]!.slug;
  });

  const plan = () => ({
    namn: 'Kock i Malmö',
    yrken: ['5120'],
    insatser: [{ id: insats, fran: '2027-02-01', till: '2027-04-30' }],
    deltagare: 8,
    informationsmote: { datum: '2027-01-15', plats: 'Arbetsförmedlingen, Malmö' },
    rekrytering: { fran: '2026-12-01', till: '2027-01-20' },
    kontakt: { namn: 'Kim Kontakt', epost: 'kim@skansk-yrkesbro.exempel.se' },
  });

  /** A track of skansk-yrkesbro's from one new LOI, as the store keeps it. */
  async function track() {
    const record = loi('1280', 'skansk-yrkesbro');
    await m.store.createLoi(record, new Date());
    await m.inbox.syncInbox(record);
    const now = new Date().toISOString();
    const id = crypto.randomUUID();
    await j.trackStore.createJobbspar({
      id,
      owner: 'skansk-yrkesbro',
      fa: '01',
      status: 'planned',
      history: [{ status: 'planned', at: now }],
      plan: plan() as never,
      lois: [{ id: record.id, reference: record.reference, platser: 2, employer: 'Exempel AB', kommun: '1280', named: false }],
      counts: {},
      events: [],
      createdAt: now,
      version: 0,
    });
    return { loiId: record.id, id };
  }

  const trackActions = {
    read: (person: Person, { id }: { id: string }) => j.jobbspar.jobbsparFor(person, id),
    list: async (person: Person, { id }: { id: string }) => {
      if (!(await j.jobbspar.jobbsparListFor(person)).some((t) => t.id === id))
        throw new (await import('../../functions/domain/errors.ts')).NotFound('Inte i listan', []);
    },
    create: (person: Person, { loiId }: { loiId: string }) =>
      j.jobbspar.createJobbsparFrom(person, { ...plan(), lois: [{ id: loiId, platser: 2 }] }),
    plan: (person: Person, { id }: { id: string }) => j.jobbspar.changePlan(person, id, { ...plan(), deltagare: 10 }),
    status: (person: Person, { id }: { id: string }) => j.jobbspar.changeJobbsparStatus(person, id, { status: 'recruiting' }),
    outcomes: (person: Person, { id }: { id: string }) => j.jobbspar.recordCounts(person, id, { utvalda: 6, startade: 5 }),
    candidates: (person: Person, { id }: { id: string }) => j.jobbspar.recordCounts(person, id, { skickade: 12 }),
  } as const;
  type TrackAction = keyof typeof trackActions;

  const trackCells = staffRoles.flatMap((role) =>
    Object.entries(organisations).flatMap(([kind, sides]) =>
      Object.entries(sides).flatMap(([scope, organisation]) =>
        (Object.keys(trackActions) as TrackAction[]).map((action) => ({ role, kind, organisation, action, scope })),
      ),
    ),
  );

  /** Done, forbidden (403) or not found (404). */
  const allowed = ({ role, kind, action, scope }: (typeof trackCells)[number]) => {
    if (scope === 'out') return 404;
    if (action === 'read' || action === 'list') return 'done';
    if (role === 'lasare') return 403;
    if (action === 'candidates') return kind === 'arbetsformedlingen' ? 'done' : 403;
    return kind === 'supplier' ? 'done' : 403;
  };

  it(`does what each of ${trackCells.length} cells allows and refuses every other, out of scope as not found`, async () => {
    const wrong: string[] = [];
    for (const cell of trackCells) {
      const person: Person = {
        email: `${cell.role}@${cell.organisation}.exempel.se`,
        organisation: cell.organisation,
        role: cell.role,
        addedAt: '2026-11-01T00:00:00Z',
        name: cell.role,
      };
      await m.people.putPerson(person);
      const made = await track();
      let outcome: number | 'done';
      try {
        await trackActions[cell.action](person, made);
        outcome = 'done';
      } catch (thrown) {
        const problem = m.respond.problemOf(thrown);
        if (!problem) throw thrown;
        outcome = problem.status;
      }
      if (outcome !== allowed(cell))
        wrong.push(`${cell.role} of ${cell.organisation} (${cell.scope} of scope), ${cell.action}: got ${outcome}, not ${allowed(cell)}`);
    }
    expect(wrong).toEqual([]);
    expect(trackCells.filter((c) => allowed(c) === 403).length).toBeGreaterThan(20);
  }, 240_000);
});

// A complaint about a kommun's own customer choice in Malmö is Arbetsförmedlingen's and Malmö's;
// never the FA-region's, and never the supplier's, not even the one it is about.
const complaintScope = {
  arbetsformedlingen: { in: 'arbetsformedlingen' },
  'fa-region': { out: 'fa-01' },
  kommun: { in: 'kommun-1280', out: 'kommun-0180' },
  supplier: { out: 'skansk-yrkesbro' },
} as const;

/** The actions on a complaint: those on an LOI but the message to an employer, which a complaint has not. */
const complaintActions = {
  read: (person: Person, id: string) => m.inbox.inboxItem(person, 'complaint', id),
  list: actions.list,
  status: (person: Person, id: string) => m.casework.changeStatus(person, 'complaint', id, { status: 'investigating' }),
  assign: (person: Person, id: string) => m.casework.assign(person, 'complaint', id, { ansvarig: person.email }),
  note: (person: Person, id: string) => m.casework.note(person, 'complaint', id, { text: 'Internt' }),
} as const;

const complaintCells = staffRoles.flatMap((role) =>
  Object.entries(complaintScope).flatMap(([kind, sides]) =>
    Object.entries(sides).flatMap(([scope, organisation]) =>
      (Object.keys(complaintActions) as (keyof typeof complaintActions)[]).map((action) => ({
        role,
        kind,
        organisation,
        action,
        scope: scope as Cell['scope'],
      })),
    ),
  ),
);

describe(`the staff's authorisation on a complaint (${complaintCells.length} cells)`, () => {
  it('lets Arbetsförmedlingen and the kommun of its customer choice work on it, and no one else see it', async () => {
    const outcomes: string[] = [];
    for (const cell of complaintCells) {
      const email = `${cell.role}@${cell.organisation}.exempel.se`;
      const person: Person = { email, organisation: cell.organisation, role: cell.role, addedAt: '2026-11-01T00:00:00Z', name: cell.role };
      await m.people.putPerson(person);
      const record = complaint('1280', 'skansk-yrkesbro', 'kundval-kommun');
      await m.signals.createSignal(record, new Date());
      await m.inbox.syncInbox(record);
      let outcome: number | 'done';
      try {
        await complaintActions[cell.action](person, record.id);
        outcome = 'done';
      } catch (thrown) {
        const problem = m.respond.problemOf(thrown);
        if (!problem) throw thrown;
        outcome = problem.status;
      }
      const want = expected(cell);
      if (outcome !== want)
        outcomes.push(`${cell.role} of ${cell.organisation} (${cell.scope} of scope), ${cell.action}: got ${outcome}, not ${want}`);
    }
    expect(outcomes).toEqual([]);
    expect(complaintCells.filter((c) => c.scope === 'out').length).toBe(3 * 3 * 5);
  }, 120_000);
});

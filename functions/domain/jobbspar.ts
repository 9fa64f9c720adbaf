/**
 * Jobbspår: planned by a supplier from the LOIs in its inbox, followed as counts, published while
 * it recruits and after. Who may do what (the item 5):
 *
 * - The owning supplier's `handlaggare` and `admin` create, plan, move the status and record the
 *   supplier's counts; its `lasare` reads.
 * - Arbetsförmedlingen reads every track; its `handlaggare` and `admin` record the candidates it
 *   sent (§9: "Arbetsförmedlingen … gör ett urval av kandidater").
 * - The FA-region and the kommuner of the track's region read it.
 * - Anyone else: not found, like a track that does not exist. The public reads the published
 *   fields once the track recruits (publicJobbspar).
 *
 * Every change is one conditional write of the track with its audit event.
 */
import { randomUUID } from 'node:crypto';
import type * as z from 'zod';
import {
  countRules,
  countsBy,
  countsSchema,
  createSchema,
  jobbsparFlow,
  planSchema,
  publicStatuses,
  statusSchema,
  type Counts,
  type OpenJobbspar,
} from '../../core/contracts/jobbspar.ts';
import { fieldErrors, type FieldError } from '../../core/contracts/problem.ts';
import { ownerFaRegion } from '../../core/catalogue/owners.ts';
import { kommunerInFaRegion } from '../../core/reference/index.ts';
import { interventionsInRegion, publishedCatalogue, type PublishedCatalogue } from '../catalogue/index.ts';
import {
  changeJobbspar,
  createJobbspar,
  getJobbspar,
  jobbsparOfLoi,
  linkLoi,
  listJobbspar,
  type JobbsparEvent,
  type JobbsparRecord,
} from '../store/jobbspar.ts';
import { isRecordId } from '../store/records.ts';
import { changeStatus as changeLoiStatus } from './casework.ts';
import { Conflict, Forbidden, Invalid, NotFound } from './errors.ts';
import { inboxItem } from './inbox.ts';
import { organisationOf, type Person } from './people.ts';

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new Invalid('Jobbspåret har fel', fieldErrors(parsed.error));
  return parsed.data;
}

const invalid = (errors: FieldError[]) => new Invalid('Jobbspåret har fel', errors);

const notFound = () =>
  new NotFound('Jobbspåret finns inte', [{ path: 'id', message: 'Det finns inget jobbspår med den adressen som du kan se' }]);

const forbidden = (message: string) => new Forbidden('Du får inte ändra jobbspåret', [{ path: 'role', message }]);

/** The organisations that read a track: its owner, Arbetsförmedlingen, its FA-region and the region's kommuner. */
export const readersOf = (record: Pick<JobbsparRecord, 'owner' | 'fa'>) => [
  record.owner,
  'arbetsformedlingen',
  `fa-${record.fa}`,
  ...kommunerInFaRegion(record.fa).map((k) => `kommun-${k.kod}`),
];

/** The track if the person's organisation reads it; not found otherwise. */
export async function jobbsparFor(person: Pick<Person, 'organisation'>, id: string): Promise<JobbsparRecord> {
  const record = isRecordId(id) ? await getJobbspar(id) : undefined;
  if (!record || !readersOf(record).includes(person.organisation)) throw notFound();
  return record;
}

/** The tracks the person's organisation reads, newest first. */
export async function jobbsparListFor(person: Pick<Person, 'organisation'>): Promise<JobbsparRecord[]> {
  const organisation = organisationOf(person.organisation);
  if (!organisation) return [];
  if (organisation.kind === 'supplier') return listJobbspar({ keep: (entry) => entry.owner === person.organisation });
  if (organisation.kind === 'arbetsformedlingen') return listJobbspar();
  return listJobbspar({ fa: ownerFaRegion(organisation) });
}

/** Only the owner's people who act change a track. */
function requireOwner(person: Person, record: JobbsparRecord): void {
  if (person.organisation !== record.owner) throw forbidden('Bara leverantören som äger jobbspåret kan ändra det');
  if (person.role === 'lasare') throw forbidden('Du kan läsa jobbspåret men inte ändra det');
}

const eventBy = (person: Person, action: JobbsparEvent['action']): JobbsparEvent => ({
  at: new Date().toISOString(),
  by: { email: person.email, ...(person.name && { name: person.name }), organisation: person.organisation },
  action,
});

async function write(record: JobbsparRecord, event: JobbsparEvent, set: Record<string, unknown>, status?: string) {
  const changed = await changeJobbspar(record, event, set, status);
  if (!changed)
    throw new Conflict('Jobbspåret har ändrats', [
      { path: 'status', message: 'Någon annan ändrade jobbspåret samtidigt. Läs in sidan igen och gör ändringen på nytt.' },
    ]);
  return changed;
}

/** Each intervention of the chain must be in the catalogue, and offered in the track's region. */
async function checkChain(plan: z.output<typeof planSchema>, fa: string): Promise<void> {
  const offered = new Set(interventionsInRegion(await publishedCatalogue(), fa).map((i) => i.slug));
  const errors = plan.insatser.flatMap((step, i) =>
    offered.has(step.id) ? [] : [{ path: `insatser.${i}.id`, message: `Insatsen «${step.id}» finns inte i katalogen för regionen` }],
  );
  if (errors.length > 0) throw invalid(errors);
}

/**
 * A supplier's person makes a track from LOIs in its inbox, all from one FA-region and not yet
 * planned or closed. Each LOI then moves to `planned` through the casework (its history, the
 * employer's mail and status page follow) and is linked to the track.
 */
export async function createJobbsparFrom(person: Person, input: unknown): Promise<JobbsparRecord> {
  const { lois, ...plan } = parse(createSchema, input);
  const items = await Promise.all(lois.map(({ id }) => inboxItem(person, 'loi', id)));
  if (organisationOf(person.organisation)?.kind !== 'supplier') throw forbidden('Bara en leverantör kan skapa jobbspår');
  if (person.role === 'lasare') throw forbidden('Du kan läsa men inte skapa jobbspår');
  const errors = items.flatMap((item, i) => {
    if (item.kind !== 'loi') return [];
    if (item.status !== 'received' && item.status !== 'handled')
      return [{ path: `lois.${i}.id`, message: `Avsiktsförklaringen ${item.reference} är redan planerad, avslutad eller återkallad` }];
    if (item.fa !== items[0]!.fa) return [{ path: `lois.${i}.id`, message: 'Avsiktsförklaringarna ska komma från samma FA-region' }];
    return [];
  });
  if (errors.length > 0) throw invalid(errors);
  const fa = items[0]!.fa;
  await checkChain(plan, fa);
  const now = new Date().toISOString();
  const record: JobbsparRecord = {
    id: randomUUID(),
    owner: person.organisation,
    fa,
    status: 'planned',
    history: [{ status: 'planned', at: now }],
    plan,
    lois: items.map((item, i) => {
      const loi = item.kind === 'loi' ? item.loi : undefined;
      return {
        id: item.id,
        reference: item.reference,
        platser: lois[i]!.platser,
        employer: loi?.organisation.namn ?? '',
        kommun: loi?.arbetsplatsKommun ?? '',
        named: loi?.namnFarVisas === true,
      };
    }),
    counts: {},
    events: [{ ...eventBy(person, 'create'), at: now, to: 'planned' }],
    createdAt: now,
    version: 0,
  };
  await createJobbspar(record);
  for (const item of items) {
    await linkLoi(item.id, record.id, item.expiresAt);
    await changeLoiStatus(person, 'loi', item.id, { status: 'planned' });
  }
  return record;
}

/** The owner changes the plan while the track is not over. */
export async function changePlan(person: Person, id: string, input: unknown): Promise<JobbsparRecord> {
  const plan = parse(planSchema, input);
  const record = await jobbsparFor(person, id);
  requireOwner(person, record);
  if (record.status === 'finished' || record.status === 'cancelled')
    throw new Conflict('Jobbspåret är slut', [{ path: 'status', message: 'Ett avslutat eller inställt jobbspår kan inte planeras om' }]);
  await checkChain(plan, record.fa);
  return write(record, eventBy(person, 'plan'), { plan });
}

/** The owner moves the track on along its flow, or cancels it with a reason. */
export async function changeJobbsparStatus(person: Person, id: string, input: unknown): Promise<JobbsparRecord> {
  const { status, orsak } = parse(statusSchema, input);
  const record = await jobbsparFor(person, id);
  requireOwner(person, record);
  const flow: readonly string[] = jobbsparFlow;
  const over = record.status === 'finished' || record.status === 'cancelled';
  const forward = status === 'cancelled' ? !over : flow.indexOf(status) > flow.indexOf(record.status) && !over;
  if (!forward) throw invalid([{ path: 'status', message: 'Välj en status som kommer efter den nuvarande' }]);
  const event = {
    ...eventBy(person, 'status'),
    from: record.status,
    to: status,
    ...(status === 'cancelled' && orsak && { reason: orsak }),
  };
  return write(record, event, status === 'cancelled' ? { reason: orsak } : {}, status);
}

/** Counts that break a rule of sense, each named by the count to correct. */
function nonsense(counts: Counts): FieldError[] {
  return countRules.flatMap(({ count, atMost, message }) => {
    const [n, limit] = [counts[count], counts[atMost]];
    return n !== undefined && limit !== undefined && n > limit ? [{ path: count, message }] : [];
  });
}

/**
 * Arbetsförmedlingen's people who act record the candidates sent; the owner's record the rest.
 * The counts together must make sense, whoever recorded which.
 */
export async function recordCounts(person: Person, id: string, input: unknown): Promise<JobbsparRecord> {
  const counts: Counts = parse(countsSchema, input);
  const record = await jobbsparFor(person, id);
  const recorded = Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== undefined)) as Record<string, number>;
  if (person.organisation === 'arbetsformedlingen') {
    if (person.role === 'lasare') throw forbidden('Du kan läsa jobbspåret men inte ändra det');
  } else requireOwner(person, record);
  const mine: readonly string[] = person.organisation === 'arbetsformedlingen' ? countsBy.arbetsformedlingen : countsBy.supplier;
  const others = Object.keys(recorded).filter((name) => !mine.includes(name));
  if (others.length > 0)
    throw new Forbidden(
      'Du får inte registrera de antalen',
      others.map((name) => ({
        path: name,
        message:
          person.organisation === 'arbetsformedlingen'
            ? 'Arbetsförmedlingen registrerar bara kandidaterna den har skickat'
            : 'Bara Arbetsförmedlingen registrerar kandidaterna den har skickat',
      })),
    );
  if (record.status === 'cancelled')
    throw new Conflict('Jobbspåret är inställt', [{ path: 'status', message: 'Ett inställt jobbspår får inga nya antal' }]);
  const errors = nonsense({ ...record.counts, ...recorded });
  if (errors.length > 0) throw invalid(errors);
  const event = { ...eventBy(person, 'counts'), counts: recorded };
  return write(record, event, Object.fromEntries(Object.entries(recorded).map(([name, n]) => [`counts.${name}`, n])));
}

/** A track the public may read: one that recruits, runs or has finished. */
export async function publicJobbspar(id: string): Promise<JobbsparRecord> {
  const record = isRecordId(id) ? await getJobbspar(id) : undefined;
  if (!record || !publicStatuses.includes(record.status)) throw notFound();
  return record;
}

/** The public tracks, of one FA-region or all; `recruiting` only those that take participants now. */
export const publicJobbsparList = ({ fa, recruiting = false }: { fa?: string; recruiting?: boolean } = {}) =>
  listJobbspar({ fa, keep: ({ status }) => (recruiting ? status === 'recruiting' : publicStatuses.includes(status as never)) });

/** The public track an LOI is part of, for the employer's status page. */
export async function publicJobbsparOfLoi(loiId: string): Promise<{ id: string; name: string } | undefined> {
  const id = await jobbsparOfLoi(loiId);
  const record = id ? await getJobbspar(id) : undefined;
  return record && publicStatuses.includes(record.status) ? { id: record.id, name: record.plan.namn } : undefined;
}

/**
 * What the public reads of a track, and the open data holds: no person's name, address or
 * number; an employer by name only where it ticked the consent on its LOI, otherwise counted
 * with its kommun.
 */
export function openView(record: JobbsparRecord, catalogue: PublishedCatalogue): OpenJobbspar {
  const { plan } = record;
  return {
    id: record.id,
    namn: plan.namn,
    status: record.status,
    fa: record.fa,
    yrken: plan.yrken,
    insatser: plan.insatser.map((step) => {
      const insats = catalogue.insatser.find((i) => i.slug === step.id);
      return { ...step, titel: insats?.titel ?? step.id, url: insats?.url ?? `/insatser/${step.id}/` };
    }),
    deltagarePlanerade: plan.deltagare,
    rekrytering: plan.rekrytering,
    arbetsgivare: {
      antal: record.lois.length,
      kommuner: [...new Set(record.lois.filter((l) => !l.named).map((l) => l.kommun))],
      namngivna: record.lois.filter((l) => l.named).map((l) => l.employer),
    },
    utfall: record.counts,
  };
}

/**
 * The staff's organisations and people. An organisation is a catalogue owner (Arbetsförmedlingen,
 * an FA-region, a kommun: content/'s owner folders) or a supplier (its slug in the catalogue). A
 * person belongs to one organisation with one role. An organisation's admin manages its people;
 * the operator, at the command line (`npm run staff`), makes each organisation's first admin.
 */
import * as z from 'zod';
import { email, freeText, phone } from '../../core/contracts/fields.ts';
import { fieldErrors } from '../../core/contracts/problem.ts';
import { ownerLabel, ownerPattern, parseOwner, type Owner } from '../../core/catalogue/owners.ts';
import { publishedCatalogue } from '../catalogue/index.ts';
import { deletePerson, getPerson, peopleOf, putPerson, staffRoles, type Person } from '../store/people.ts';
import { Conflict, Forbidden, Invalid, NotFound } from './errors.ts';

export { staffRoles, type Person };

export type Organisation = Owner | { kind: 'supplier'; slug: string };

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What an organisation id names, by its form alone; undefined for an owner that does not exist or no id at all. */
export function organisationOf(id: string): Organisation | undefined {
  if (ownerPattern.test(id)) return parseOwner(id);
  return slugPattern.test(id) ? { kind: 'supplier', slug: id } : undefined;
}

/** An organisation that exists: a catalogue owner, or one of `suppliers` (the catalogue's slugs). */
const isOrganisation = (id: string, suppliers: readonly string[]) => {
  const organisation = organisationOf(id);
  return organisation !== undefined && (organisation.kind !== 'supplier' || suppliers.includes(organisation.slug));
};

const unknownOrganisation = (id: unknown) =>
  `Okänd organisation «${String(id)}»: skriv arbetsformedlingen, fa-NN (en FA-region), kommun-NNNN (en kommunkod) eller en leverantör som den heter i katalogen (filnamnet under leverantorer/, utan .md)`;

/** The organisation's name as people know it: "Malmö kommun", "Nordvind Kompetens AB". */
export async function organisationName(id: string): Promise<string> {
  if (organisationOf(id)?.kind !== 'supplier') return ownerLabel(id);
  return (await publishedCatalogue()).leverantorer.find((supplier) => supplier.slug === id)?.namn ?? id;
}

/** Addresses are compared as typed by no one in particular: trimmed, in lower case. */
export const normaliseEmail = (address: string) => address.trim().toLowerCase();

/** A staff person's e-mail address, normalised. */
export const staffEmail = email('e-postadressen').transform(normaliseEmail);

const personInput = (suppliers: readonly string[]) =>
  z.object({
    email: staffEmail,
    name: freeText('namnet', 120).optional(),
    phone: phone('telefonnumret').optional(),
    organisation: z.string().refine((id) => isOrganisation(id, suppliers), { error: (issue) => unknownOrganisation(issue.input) }),
    role: z.enum(staffRoles, { error: (issue) => `Okänd roll «${String(issue.input)}»: välj ${staffRoles.join(', ')}` }),
  });

/** The one who changes an organisation's people: a signed-in person, or the operator at the command line. */
export type Manager = Person | 'operator';

/** Only an admin manages people, and only those of the admin's own organisation; the operator, anyone's. */
function requireAdmin(by: Manager): void {
  if (by !== 'operator' && by.role !== 'admin')
    throw new Forbidden('Du får inte hantera personer', [
      { path: 'role', message: 'Bara en administratör kan lägga till, visa och ta bort organisationens personer' },
    ]);
}

const managesOrganisation = (by: Manager, organisation: string) => by === 'operator' || by.organisation === organisation;

function requireManagerOf(by: Manager, organisation: string): void {
  requireAdmin(by);
  if (!managesOrganisation(by, organisation))
    throw new Forbidden('Du får inte hantera personer', [
      { path: 'organisation', message: 'Du kan bara hantera personerna i din egen organisation' },
    ]);
}

/**
 * Adds a person to an organisation, or gives one already in it a new name and role. `suppliers`
 * are the catalogue's supplier slugs: an organisation must exist. An address belongs to one
 * organisation only.
 */
export async function addPerson(by: Manager, input: unknown, suppliers: readonly string[]): Promise<{ person: Person; changed: boolean }> {
  const parsed = personInput(suppliers).safeParse(input);
  if (!parsed.success) throw new Invalid('Personen har fel', fieldErrors(parsed.error));
  requireManagerOf(by, parsed.data.organisation);
  const person: Person = { ...parsed.data, addedAt: new Date().toISOString() };
  const before = await putPerson(person);
  if (before === false)
    throw new Conflict('Adressen används redan', [
      {
        path: 'email',
        message:
          'E-postadressen hör redan till en person i en annan organisation. Den organisationens administratör kan ta bort den först.',
      },
    ]);
  return { person, changed: before !== undefined };
}

export async function listPeople(by: Manager, organisation: string, suppliers: readonly string[]): Promise<Person[]> {
  if (!isOrganisation(organisation, suppliers))
    throw new Invalid('Okänd organisation', [{ path: 'organisation', message: unknownOrganisation(organisation) }]);
  requireManagerOf(by, organisation);
  return peopleOf(organisation);
}

/** Removes the person; one in another organisation than the admin's is not found, like an unknown address. */
export async function removePerson(by: Manager, address: string): Promise<Person> {
  requireAdmin(by);
  const person = await getPerson(normaliseEmail(address));
  if (!person || !managesOrganisation(by, person.organisation))
    throw new NotFound('Personen finns inte', [{ path: 'email', message: `Det finns ingen person med adressen «${address.trim()}»` }]);
  await deletePerson(person.email);
  return person;
}

/** The people of the person's own organisation, as anyone in it sees them: to choose one responsible for an item. */
export const colleaguesOf = async (person: Pick<Person, 'organisation'>) =>
  (await peopleOf(person.organisation)).map(({ email, name, role }) => ({ email, ...(name && { name }), role }));

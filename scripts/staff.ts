/**
 * `npm run staff -- add|list|remove …`: the staff's people, as the operator manages them (each
 * organisation's first admin; after that the organisation's admin can do the same).
 *   add <e-post> <organisation> <roll> [namn …]   adds a person, or gives one already there a new role
 *   list <organisation>                           the organisation's people
 *   remove <e-post>                               removes a person
 * The organisation is a catalogue owner (arbetsformedlingen, fa-NN, kommun-NNNN) or a supplier's
 * slug in the catalogue; the role is lasare, handlaggare or admin.
 */
import { loadValidCatalogue } from '../core/catalogue/load.ts';
import { translations } from '../core/i18n/index.ts';
import { withStore } from './local-command.ts';

const [command, ...args] = process.argv.slice(2);
const usage = 'Använd: npm run staff -- add <e-post> <organisation> <roll> [namn] | list <organisation> | remove <e-post>';
const roles = translations().staff.roles;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!['add', 'list', 'remove'].includes(command ?? '') || args.length < { add: 3, list: 1, remove: 1 }[command!]!) fail(usage);
/** The catalogue's suppliers, which a person's organisation may be; removing needs none. */
const suppliers = () => loadValidCatalogue().leverantorer.map((l) => l.slug);

await withStore(async () => {
  const { addPerson, listPeople, removePerson } = await import('../functions/domain/people.ts');
  const { DomainError } = await import('../functions/domain/errors.ts');
  try {
    if (command === 'add') {
      const [email, organisation, role, ...name] = args;
      const { person, changed } = await addPerson(
        'operator',
        { email, organisation, role, name: name.join(' ') || undefined },
        suppliers(),
      );
      const roleName = roles[person.role].toLowerCase();
      console.log(
        changed
          ? `${person.email} är nu ${roleName} i ${person.organisation}.`
          : `${person.email} är tillagd i ${person.organisation} som ${roleName}.`,
      );
    } else if (command === 'list') {
      const people = await listPeople('operator', args[0]!, suppliers());
      if (people.length === 0) console.log(`${args[0]} har inga personer.`);
      for (const p of people) console.log(`${p.email}  ${roles[p.role].toLowerCase()}${p.name ? `  ${p.name}` : ''}`);
    } else {
      const person = await removePerson('operator', args[0]!);
      console.log(`${person.email} är borttagen ur ${person.organisation}.`);
    }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // Refused: said, and the store closed as after any command.
    console.error(error.errors.map((e) => e.message).join('\n'));
    process.exitCode = 1;
  }
});

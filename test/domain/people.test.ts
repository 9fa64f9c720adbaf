/**
 * The people rules (functions/domain/people.ts) on the embedded store: only an admin of an
 * organisation, or the operator at the command line, adds, lists and removes its people; an
 * organisation and a role must exist; an address is one person, however it is typed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpInProcessStore } from '../support/in-process-store.ts';

setUpInProcessStore('people-test');

const people = () => import('../../functions/domain/people.ts');
const errors = () => import('../../functions/domain/errors.ts');
const suppliers = ['malmo-sprak-och-jobb', 'nordvind-kompetens'];

let counter = 0;
const address = (name: string) => `${name}-${++counter}@exempel.se`;

/** A person of the organisation, added by the operator. */
async function person(organisation: string, role: 'lasare' | 'handlaggare' | 'admin') {
  const { addPerson } = await people();
  return (await addPerson('operator', { email: address(role), organisation, role }, suppliers)).person;
}

describe('who manages an organisation’s people', () => {
  const managers = {
    'the operator': async () => 'operator' as const,
    'its admin': () => person('kommun-1280', 'admin'),
    'an admin of another organisation': () => person('kommun-0180', 'admin'),
    'its handläggare': () => person('kommun-1280', 'handlaggare'),
    'its läsare': () => person('kommun-1280', 'lasare'),
    'a supplier’s admin': () => person('malmo-sprak-och-jobb', 'admin'),
  };
  const allowed = new Set(['the operator', 'its admin']);

  for (const [name, manager] of Object.entries(managers))
    it(`${allowed.has(name) ? 'is' : 'is not'} ${name}, for adding, listing and removing`, async () => {
      const { addPerson, listPeople, removePerson } = await people();
      const { Forbidden, NotFound } = await errors();
      const { getPerson } = await import('../../functions/store/people.ts');
      const by = await manager();
      const someone = await person('kommun-1280', 'lasare');
      const adding = addPerson(by, { email: address('ny'), organisation: 'kommun-1280', role: 'handlaggare' }, suppliers);
      const listing = listPeople(by, 'kommun-1280', suppliers);
      const removing = removePerson(by, someone.email);
      if (allowed.has(name)) {
        await expect(adding).resolves.toMatchObject({ changed: false });
        expect((await listing).map((p) => p.email)).toContain(someone.email);
        await expect(removing).resolves.toEqual(someone);
        expect(await getPerson(someone.email)).toBeUndefined();
        return;
      }
      await expect(adding).rejects.toBeInstanceOf(Forbidden);
      await expect(listing).rejects.toBeInstanceOf(Forbidden);
      // An admin of another organisation learns nothing of this one's people: not found, as an unknown address.
      await expect(removing).rejects.toBeInstanceOf(by !== 'operator' && by.role === 'admin' ? NotFound : Forbidden);
      expect(await getPerson(someone.email)).toEqual(someone);
    });
});

describe('a person', () => {
  beforeAll(async () => {
    await person('kommun-1280', 'admin');
  });

  it('is found by the address however it is typed, and given a new role by adding it again', async () => {
    const { addPerson, listPeople } = await people();
    const { getPerson } = await import('../../functions/store/people.ts');
    const added = await addPerson(
      'operator',
      { email: '  Karin.Kommun@Malmo.Exempel.SE ', organisation: 'kommun-1280', role: 'lasare', name: 'Karin' },
      suppliers,
    );
    expect(added).toMatchObject({ changed: false, person: { email: 'karin.kommun@malmo.exempel.se', name: 'Karin', role: 'lasare' } });
    const again = await addPerson(
      'operator',
      { email: 'KARIN.KOMMUN@malmo.exempel.se', organisation: 'kommun-1280', role: 'handlaggare' },
      suppliers,
    );
    expect(again).toMatchObject({ changed: true, person: { role: 'handlaggare' } });
    expect(await getPerson('karin.kommun@malmo.exempel.se')).toMatchObject({ role: 'handlaggare' });
    expect(
      (await listPeople('operator', 'kommun-1280', suppliers)).filter((p) => p.email === 'karin.kommun@malmo.exempel.se'),
    ).toHaveLength(1);
  });

  it('belongs to one organisation only', async () => {
    const { addPerson } = await people();
    const { Conflict } = await errors();
    await addPerson('operator', { email: 'en.plats@exempel.se', organisation: 'fa-01', role: 'lasare' }, suppliers);
    await expect(
      addPerson('operator', { email: 'en.plats@exempel.se', organisation: 'fa-23', role: 'lasare' }, suppliers),
    ).rejects.toBeInstanceOf(Conflict);
  });

  it('needs an organisation that exists and a role that exists, each error naming what was given', async () => {
    const { addPerson, listPeople } = await people();
    const refused = async (input: Record<string, unknown>) => {
      const error = await addPerson(
        'operator',
        { email: 'x@exempel.se', organisation: 'kommun-1280', role: 'lasare', ...input },
        suppliers,
      ).catch((e: unknown) => e);
      return (error as { errors: { path: string; message: string }[] }).errors;
    };
    for (const organisation of ['kommun-9999', 'fa-99', 'okand-leverantor', 'Malmö stad'])
      expect(await refused({ organisation })).toEqual([{ path: 'organisation', message: expect.stringContaining(`«${organisation}»`) }]);
    expect(await refused({ role: 'chef' })).toEqual([{ path: 'role', message: 'Okänd roll «chef»: välj lasare, handlaggare, admin' }]);
    expect(await refused({ email: 'inte en adress' })).toEqual([{ path: 'email', message: 'Skriv e-postadressen som namn@exempel.se' }]);
    await expect(listPeople('operator', 'kommun-9999', suppliers)).rejects.toMatchObject({
      errors: [{ path: 'organisation', message: expect.stringContaining('«kommun-9999»') }],
    });
    for (const organisation of ['arbetsformedlingen', 'fa-23', 'kommun-0180', 'nordvind-kompetens'])
      await expect(addPerson('operator', { email: address('giltig'), organisation, role: 'admin' }, suppliers)).resolves.toBeDefined();
  });
});

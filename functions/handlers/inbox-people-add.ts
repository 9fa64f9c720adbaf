/** POST /api/inbox/people: the admin adds a person to the organisation, or changes one's name, phone and role. */
import { addPerson } from '../domain/people.ts';
import { publishedCatalogue } from '../catalogue/index.ts';
import { onLambda } from '../http/lambda.ts';
import { peopleActionRoute } from '../pages/inbox-pages.tsx';

export const handle = peopleActionRoute(
  async ({ person }, input) =>
    addPerson(
      person,
      { ...input, organisation: person.organisation },
      (await publishedCatalogue()).leverantorer.map((s) => s.slug),
    ),
  'added',
);

export const handler = onLambda(handle);

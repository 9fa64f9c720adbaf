/** POST /api/inbox/people/remove: the admin removes a person of the organisation (never themself: someone must be left to manage it). */
import { removePerson } from '../domain/people.ts';
import { Invalid } from '../domain/errors.ts';
import { onLambda } from '../http/lambda.ts';
import { peopleActionRoute } from '../pages/inbox-pages.tsx';

export const handle = peopleActionRoute(async ({ person }, { email }) => {
  if (typeof email !== 'string' || email.trim() === '')
    throw new Invalid('Personen har fel', [{ path: 'email', message: 'Välj vem som ska tas bort' }]);
  if (email.trim().toLowerCase() === person.email)
    throw new Invalid('Personen har fel', [{ path: 'email', message: 'Du kan inte ta bort dig själv. Be en annan administratör.' }]);
  return removePerson(person, email);
}, 'removed');

export const handler = onLambda(handle);

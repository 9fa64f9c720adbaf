/** GET /personal/: the signed-in person's start page; without a session, the way to sign in. */
import { organisationName } from '../domain/people.ts';
import { onLambda } from '../http/lambda.ts';
import { html } from '../http/respond.ts';
import { requireSignedIn } from '../http/session.ts';
import { homePage, staffPageRoute } from '../pages/staff-pages.tsx';

export const handle = staffPageRoute(async (request) => {
  const signedIn = await requireSignedIn(request);
  return html(200, homePage(signedIn, await organisationName(signedIn.person.organisation)));
});

export const handler = onLambda(handle);

/**
 * POST /api/session: uses up a sign-in link (its token in the form, a JSON body or the bearer
 * header) and starts a session: the plain form goes on to /personal/, a JSON client gets who is
 * signed in and the CSRF token. Both get the session's cookie.
 */
import { staffPageRoutes } from '../../core/paths.ts';
import { signInWithLink } from '../domain/sessions.ts';
import { readBody } from '../http/body.ts';
import { tokenOf } from '../http/credentials.ts';
import { onLambda } from '../http/lambda.ts';
import { json, redirect } from '../http/respond.ts';
import { checksLimited } from '../http/rate-limit.ts';
import { requireSameSite, signedInView, withSessionCookie } from '../http/session.ts';
import { staffPageRoute } from '../pages/staff-pages.tsx';

// A sign-in link's token is checked: guesses are limited as a private link's are.
export const handle = checksLimited(
  () => undefined,
  staffPageRoute(async (request) => {
    requireSameSite(request);
    const body = request.body ? readBody(request) : undefined;
    const signedIn = await signInWithLink(tokenOf(request, body));
    const answer = body?.kind === 'form' ? redirect(staffPageRoutes.home) : json(201, signedInView(signedIn));
    return withSessionCookie(answer, signedIn.sessionId);
  }),
);

export const handler = onLambda(handle);

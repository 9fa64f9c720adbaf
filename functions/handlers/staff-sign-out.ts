/** POST /api/session/end: signs out, with the session's CSRF token. The session is deleted and its cookie cleared. */
import { staffPageRoutes } from '../../core/paths.ts';
import { endSession } from '../domain/sessions.ts';
import { readBody } from '../http/body.ts';
import { onLambda } from '../http/lambda.ts';
import { redirect } from '../http/respond.ts';
import { requireSignedInForChange, withSessionCleared } from '../http/session.ts';
import { staffPageRoute } from '../pages/staff-pages.tsx';

export const handle = staffPageRoute(async (request) => {
  const body = request.body ? readBody(request) : undefined;
  const { sessionId } = await requireSignedInForChange(request, body);
  await endSession(sessionId);
  const answer = body?.kind === 'form' ? redirect(`${staffPageRoutes.signIn}?utloggad=ja`) : { status: 204, headers: {}, body: '' };
  return withSessionCleared(answer);
});

export const handler = onLambda(handle);

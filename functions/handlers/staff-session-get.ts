/** GET /api/session: who is signed in, and the CSRF token their changes must carry; 401 without a session. */
import { onLambda } from '../http/lambda.ts';
import { json, withProblems } from '../http/respond.ts';
import { requireSignedIn, signedInView } from '../http/session.ts';

export const handle = withProblems(async (request) => json(200, signedInView(await requireSignedIn(request))));

export const handler = onLambda(handle);

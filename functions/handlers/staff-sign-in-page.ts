/** GET /personal/logga-in/: the staff's sign-in form (and, after signing out, the news of it). */
import { onLambda } from '../http/lambda.ts';
import { html } from '../http/respond.ts';
import { signInPage, staffPageRoute } from '../pages/staff-pages.tsx';

export const handle = staffPageRoute(async (request) => html(200, signInPage({ signedOut: request.query.get('utloggad') === 'ja' })));

export const handler = onLambda(handle);

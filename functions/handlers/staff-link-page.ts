/** GET /personal/logga-in/lank/?token=…: the page behind a mailed sign-in link. Opening it signs nobody in; its button does. */
import { checkSignInLink } from '../domain/sessions.ts';
import { tokenOf } from '../http/credentials.ts';
import { onLambda } from '../http/lambda.ts';
import { html } from '../http/respond.ts';
import { checksLimited } from '../http/rate-limit.ts';
import { linkPage, staffPageRoute } from '../pages/staff-pages.tsx';

// A sign-in link's token is checked: guesses are limited as a private link's are.
export const handle = checksLimited(
  () => undefined,
  staffPageRoute(async (request) => {
    const token = tokenOf(request);
    await checkSignInLink(token);
    // Checked, so the token is there.
    return html(200, linkPage(token!));
  }),
);

export const handler = onLambda(handle);

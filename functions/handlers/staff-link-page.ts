/** GET /personal/logga-in/lank/?token=…: the page behind a mailed sign-in link. Opening it signs nobody in; its button does. */
import { checkSignInLink } from '../domain/sessions.ts';
import { tokenOf } from '../http/credentials.ts';
import { onLambda } from '../http/lambda.ts';
import { html } from '../http/respond.ts';
import { linkPage, staffPageRoute } from '../pages/staff-pages.tsx';

export const handle = staffPageRoute(async (request) => {
  const token = tokenOf(request);
  await checkSignInLink(token);
  // Checked, so the token is there.
  return html(200, linkPage(token!));
});

export const handler = onLambda(handle);

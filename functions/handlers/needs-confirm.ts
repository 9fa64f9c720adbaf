/** POST /api/needs/{id}/confirm: confirms the e-mail address and routes the signal. The plain form is sent back to the confirm page. */
import { readBody } from '../http/body.ts';
import { onLambda } from '../http/lambda.ts';
import { json, redirect, withProblems } from '../http/respond.ts';
import { confirmNeeds } from '../domain/signals.ts';
import { needsConfirmPath } from '../domain/signal-mail.ts';
import { tokenOf } from '../http/credentials.ts';

export const handle = withProblems(async (request) => {
  // An API client may send only the bearer header, and no body.
  const body = request.body ? readBody(request) : undefined;
  const token = tokenOf(request, body);
  const record = await confirmNeeds(request.pathParams.id!, token);
  if (body?.kind === 'form') return redirect(`${needsConfirmPath(record.id, token!)}&klart=bekraftad`);
  const { id, reference, status, recipients } = record;
  return json(200, { id, reference, status, recipients: recipients.map(({ organisation, roll }) => ({ organisation, roll })) });
});

export const handler = onLambda(handle);

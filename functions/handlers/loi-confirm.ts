/** POST /api/loi/{id}/confirm: confirms the e-mail address and routes the LOI. The plain form is sent back to the status page. */
import { readBody } from '../http/body.ts';
import { onLambda } from '../http/lambda.ts';
import { json, redirect, withProblems } from '../http/respond.ts';
import { confirmLoi, loiView } from '../domain/loi.ts';
import { statusPath } from '../../core/paths.ts';
import { tokenOf } from '../http/credentials.ts';

export const handle = withProblems(async (request) => {
  // An API client may send only the bearer header, and no body.
  const body = request.body ? readBody(request) : undefined;
  const token = tokenOf(request, body);
  const record = await confirmLoi(request.pathParams.id!, token);
  if (body?.kind === 'form') return redirect(`${statusPath(record.id, token!)}&klart=bekraftad`);
  return json(200, await loiView(record));
});

export const handler = onLambda(handle);

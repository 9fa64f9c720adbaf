/** GET /api/loi/{id}: the LOI, its status and history, with the token of the private link. */
import { onLambda } from '../http/lambda.ts';
import { json, withProblems } from '../http/respond.ts';
import { loiView, openLoi } from '../domain/loi.ts';
import { tokenOf } from '../http/credentials.ts';
import { checksLimited, linkInPath } from '../http/rate-limit.ts';

export const handle = checksLimited(
  linkInPath,
  withProblems(async (request) => {
    const record = await openLoi(request.pathParams.id!, tokenOf(request));
    return json(200, await loiView(record));
  }),
);

export const handler = onLambda(handle);

/**
 * GET /arbetsgivare/avsiktsforklaring/dra-tillbaka/?id=…&token=…: asks before the LOI behind the
 * private link is withdrawn. An LOI that can no longer be withdrawn sends the person to its status page.
 */
import { onLambda } from '../http/lambda.ts';
import { html, redirect } from '../http/respond.ts';
import { loiView, openLoi } from '../domain/loi.ts';
import { pageOrProblemPage } from '../pages/frame.tsx';
import { withdrawPage } from '../pages/loi-status.tsx';
import { canWithdraw } from '../../core/contracts/loi-view.ts';
import { statusPath } from '../../core/paths.ts';
import { tokenOf } from '../http/credentials.ts';
import { checksLimited, linkInQuery } from '../http/rate-limit.ts';

export const handle = checksLimited(
  linkInQuery,
  pageOrProblemPage(async (request) => {
    const token = tokenOf(request)!;
    const record = await openLoi(request.query.get('id') ?? '', token);
    if (!canWithdraw(record.status)) return redirect(statusPath(record.id, token));
    return html(200, withdrawPage(await loiView(record), token));
  }),
);

export const handler = onLambda(handle);

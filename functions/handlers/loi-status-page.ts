/** GET /arbetsgivare/avsiktsforklaring/status/?id=…&token=…: the LOI behind the private link. */
import { onLambda } from '../http/lambda.ts';
import { html } from '../http/respond.ts';
import { loiView, openLoi } from '../domain/loi.ts';
import { pageOrProblemPage } from '../pages/frame.tsx';
import { statusPage } from '../pages/loi-status.tsx';
import { tokenOf } from '../http/credentials.ts';
import { checksLimited, linkInQuery } from '../http/rate-limit.ts';

export const handle = checksLimited(
  linkInQuery,
  pageOrProblemPage(async (request) => {
    const token = tokenOf(request)!;
    const record = await openLoi(request.query.get('id') ?? '', token);
    const notice = request.query.get('klart');
    return html(200, statusPage(await loiView(record), token, notice === 'bekraftad' || notice === 'tillbakadragen' ? notice : undefined));
  }),
);

export const handler = onLambda(handle);

/** GET /arbetsgivare/behov/bekrafta/?id=…&token=…: the needs signal behind the confirm link. */
import { onLambda } from '../http/lambda.ts';
import { html } from '../http/respond.ts';
import { openNeeds } from '../domain/signals.ts';
import { pageOrProblemPage } from '../pages/frame.tsx';
import { needsConfirmPage } from '../pages/needs-confirm.tsx';
import { tokenOf } from '../http/credentials.ts';
import { checksLimited, linkInQuery } from '../http/rate-limit.ts';

export const handle = checksLimited(
  linkInQuery,
  pageOrProblemPage(async (request) => {
    const token = tokenOf(request)!;
    const record = await openNeeds(request.query.get('id') ?? '', token);
    return html(200, needsConfirmPage(record, token, request.query.get('klart') === 'bekraftad'));
  }),
);

export const handler = onLambda(handle);

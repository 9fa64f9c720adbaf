/** GET /statistik/[?matt=loi|behov|brist]: the statistics page, rendered on request without JavaScript. */
import { onLambda } from '../http/lambda.ts';
import { html } from '../http/respond.ts';
import { cachedPublicly } from '../http/cache.ts';
import { demandKinds, type DemandKind } from '../../core/contracts/demand.ts';
import { demandStats } from '../domain/stats.ts';
import { pageOrProblemPage } from '../pages/frame.tsx';
import { statsPage } from '../pages/stats.tsx';

export const handle = pageOrProblemPage(async (request) => {
  const asked = request.query.get('matt') as DemandKind | null;
  const measure = asked && demandKinds.includes(asked) ? asked : 'loi';
  return cachedPublicly(request, html(200, await statsPage(await demandStats(), measure)));
});

export const handler = onLambda(handle);

/** GET /statistik/[?matt=loi|behov|brist]: the statistics page, rendered on request without JavaScript. */
import { onLambda } from '../http/lambda.ts';
import { html } from '../http/respond.ts';
import { cachedPublicly } from '../http/cache.ts';
import { demandKinds, type DemandKind } from '../../core/contracts/demand.ts';
import { demandStats } from '../domain/stats.ts';
import { pageOrProblemPage } from '../pages/frame.tsx';
import { statsPage } from '../pages/stats.tsx';
import { openJobbspar } from '../pages/jobbspar-pages.tsx';
import { jobbsparOutcomes } from '../../core/jobbspar-statistics.ts';

export const handle = pageOrProblemPage(async (request) => {
  const asked = request.query.get('matt') as DemandKind | null;
  const measure = asked && demandKinds.includes(asked) ? asked : 'loi';
  const [stats, tracks] = await Promise.all([demandStats(), openJobbspar()]);
  return cachedPublicly(request, html(200, await statsPage(stats, measure, jobbsparOutcomes(tracks))));
});

export const handler = onLambda(handle);

/** GET /statistik/[?matt=loi|behov|brist]: the statistics page, rendered on request without JavaScript. */
import { onLambda } from '../http/lambda.ts';
import { html } from '../http/respond.ts';
import { cachedPublicly } from '../http/cache.ts';
import { demandKinds, type DemandKind } from '../../core/contracts/demand.ts';
import { demandStats } from '../domain/stats.ts';
import { pageOrProblemPage } from '../pages/frame.tsx';
import { statsPage } from '../pages/stats.tsx';
import type { DemandStats } from '../../core/statistics.ts';

/** The pages made of figures the domain keeps for a few seconds: rendered once per measure, not on every request. */
const pages = new WeakMap<DemandStats, Map<DemandKind, Promise<string>>>();

function pageOf(stats: DemandStats, measure: DemandKind): Promise<string> {
  const made = pages.get(stats) ?? pages.set(stats, new Map()).get(stats)!;
  const page = made.get(measure) ?? statsPage(stats, measure);
  made.set(measure, page);
  return page;
}

export const handle = pageOrProblemPage(async (request) => {
  const asked = request.query.get('matt') as DemandKind | null;
  const measure = asked && demandKinds.includes(asked) ? asked : 'loi';
  return cachedPublicly(request, html(200, await pageOf(await demandStats(), measure)));
});

export const handler = onLambda(handle);

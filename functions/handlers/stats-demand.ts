/** GET /api/stats/demand[?fa=23][&format=csv]: the statistics of demand, small counts suppressed. */
import { onLambda } from '../http/lambda.ts';
import { HttpProblem, json, withProblems } from '../http/respond.ts';
import { cachedPublicly } from '../http/cache.ts';
import { getFaRegion } from '../../core/reference/index.ts';
import { demandStats, statsCsv } from '../domain/stats.ts';
import type { DemandStats } from '../../core/statistics.ts';
import type { HttpResponse } from '../http/types.ts';

/** The answers made of figures the domain keeps for a few seconds: made once, not on every request. */
const answers = new WeakMap<DemandStats, Record<string, HttpResponse>>();

function answer(stats: DemandStats, format: 'json' | 'csv'): HttpResponse {
  const made = answers.get(stats) ?? answers.set(stats, {}).get(stats)!;
  made[format] ??=
    format === 'json'
      ? json(200, stats)
      : {
          status: 200,
          // The byte-order mark makes Excel read the file as UTF-8.
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': 'attachment; filename="statistik-efterfragan.csv"',
          },
          body: `\uFEFF${statsCsv(stats)}`,
        };
  return made[format];
}

export const handle = withProblems(async (request) => {
  const fa = request.query.get('fa') ?? undefined;
  if (fa !== undefined && !getFaRegion(fa))
    throw new HttpProblem(400, 'Okänd FA-region', [{ path: 'fa', message: 'Ange en FA-region som två siffror, från 01 till 60' }]);
  const format = request.query.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv')
    throw new HttpProblem(400, 'Okänt format', [{ path: 'format', message: 'Välj format=json eller format=csv' }]);
  return cachedPublicly(request, answer(await demandStats(new Date(), fa), format));
});

export const handler = onLambda(handle);

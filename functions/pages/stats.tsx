/** The statistics page in the site's frame, with the FA-regions' outlines the site publishes. */
import { StatsPage, type FaMapData } from '../../ui/signals/StatsPage.tsx';
import { pageData } from '../catalogue/index.ts';
import type { DemandStats } from '../../core/statistics.ts';
import type { DemandKind } from '../../core/contracts/demand.ts';
import { translations } from '../../core/i18n/index.ts';
import { page, swedishFrame } from './frame.tsx';
import { JobbsparOutcomes } from '../../ui/jobbspar/JobbsparOutcomes.tsx';
import type { OutcomeTable } from '../../core/jobbspar-statistics.ts';

const t = translations().signals.stats;

export async function statsPage(stats: DemandStats, measure: DemandKind, outcomes?: OutcomeTable): Promise<string> {
  const map = await pageData<FaMapData>('fa-karta');
  const frame = { ...swedishFrame('/statistik/'), description: t.lead, indexed: true };
  return page(
    t.title,
    frame,
    <>
      <StatsPage stats={stats} map={map} measure={measure} />
      {outcomes && <JobbsparOutcomes table={outcomes} />}
    </>,
  );
}

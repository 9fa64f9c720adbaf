/** The statistics page in the site's frame, with the FA-regions' outlines the site publishes. */
import { StatsPage, type FaMapData } from '../../ui/signals/StatsPage.tsx';
import { siteJson } from '../catalogue/index.ts';
import type { DemandStats } from '../../core/statistics.ts';
import type { DemandKind } from '../../core/contracts/demand.ts';
import { useTranslations } from '../../core/i18n/index.ts';
import { page, signalShellPath } from './frame.tsx';

const t = useTranslations().signals.stats;

let outlines: Promise<FaMapData> | undefined;

export async function statsPage(stats: DemandStats, measure: DemandKind) {
  outlines ??= (siteJson('fa-karta') as Promise<FaMapData>).catch((error: unknown) => {
    outlines = undefined;
    throw error;
  });
  return page(t.title, <StatsPage stats={stats} map={await outlines} measure={measure} />, signalShellPath);
}

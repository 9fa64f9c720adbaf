/** SSYK 2012 occupation groups (SCB), read through core/reference/index.ts. */
import ssykRows from '../../content/referens/ssyk2012.json' with { type: 'json' };

export interface SsykGroup {
  /** SSYK 2012 unit group, four digits, e.g. "5120". */
  kod: string;
  namn: string;
  /** The JobTech Taxonomy group it maps to (JobTech merges some groups), or null when JobTech has none. */
  jobtech: string | null;
}

export const ssykGroups: readonly SsykGroup[] = ssykRows;
const ssykByCode = new Map(ssykGroups.map((g) => [g.kod, g]));

export const getSsykGroup = (code: string): SsykGroup | undefined => ssykByCode.get(code);

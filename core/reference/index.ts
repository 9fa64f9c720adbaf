/**
 * Reference data shared by the site and the functions: the 290 kommuner, Tillväxtverket's 60
 * FA-regions (FA15), SSYK 2012 occupation groups and JobTech occupation names.
 * The JSON lives in content/referens/ (see its SOURCES.md); this module is the only way in.
 */
import kommunRows from '../../content/referens/kommuner.json' with { type: 'json' };
import faRows from '../../content/referens/fa-regioner.json' with { type: 'json' };
import ssykRows from '../../content/referens/ssyk2012.json' with { type: 'json' };

export interface Kommun {
  /** SCB kommunkod, four digits with leading zero, e.g. "0180". */
  kod: string;
  namn: string;
  lanskod: string;
  lan: string;
  /** FA15 code of the functional labour-market region the kommun belongs to, e.g. "23". */
  fa: string;
}

export interface FaRegion {
  /** FA15 code, "01"–"60". */
  kod: string;
  namn: string;
  kommuner: readonly Kommun[];
}

export interface SsykGroup {
  /** SSYK 2012 unit group, four digits, e.g. "5120". */
  kod: string;
  namn: string;
  /** The JobTech Taxonomy group it maps to (JobTech merges some groups), or null when JobTech has none. */
  jobtech: string | null;
}

export const kommuner: readonly Kommun[] = kommunRows;
export const ssykGroups: readonly SsykGroup[] = ssykRows;

const kommunByCode = new Map(kommuner.map((k) => [k.kod, k]));
const ssykByCode = new Map(ssykGroups.map((g) => [g.kod, g]));

export const faRegions: readonly FaRegion[] = faRows.map((r) => ({
  ...r,
  kommuner: kommuner.filter((k) => k.fa === r.kod),
}));
const faByCode = new Map(faRegions.map((r) => [r.kod, r]));

export const getKommun = (kommunkod: string): Kommun | undefined => kommunByCode.get(kommunkod);
export const getFaRegion = (faCode: string): FaRegion | undefined => faByCode.get(faCode);
export const getSsykGroup = (code: string): SsykGroup | undefined => ssykByCode.get(code);

/** The FA-region kommun `kommunkod` is in, or undefined for an unknown code. */
export function faRegionOfKommun(kommunkod: string): FaRegion | undefined {
  const kommun = kommunByCode.get(kommunkod);
  return kommun && faByCode.get(kommun.fa);
}

/** The kommuner of FA-region `faCode`; empty for an unknown code. */
export function kommunerInFaRegion(faCode: string): readonly Kommun[] {
  return faByCode.get(faCode)?.kommuner ?? [];
}

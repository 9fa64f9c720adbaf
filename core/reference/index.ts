/**
 * Reference data shared by the site and the functions: the 290 kommuner and Tillväxtverket's 60
 * FA-regions (FA15). The SSYK 2012 occupation groups are in ssyk.ts, JobTech's occupation names in
 * occupations.ts: modules of their own, so a form's script that lists kommuner carries no occupations.
 * The JSON lives in content/referens/ (see its SOURCES.md); these modules are the only way in.
 */
import kommunRows from '../../content/referens/kommuner.json' with { type: 'json' };
import faRows from '../../content/referens/fa-regioner.json' with { type: 'json' };

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

/** In Swedish alphabetical order by name (scripts/import-reference.ts sorts them). */
export const kommuner: readonly Kommun[] = kommunRows;

const kommunByCode = new Map(kommuner.map((k) => [k.kod, k]));

export const faRegions: readonly FaRegion[] = faRows.map((r) => ({
  ...r,
  kommuner: kommuner.filter((k) => k.fa === r.kod),
}));
const faByCode = new Map(faRegions.map((r) => [r.kod, r]));

export const getKommun = (kommunkod: string): Kommun | undefined => kommunByCode.get(kommunkod);
export const getFaRegion = (faCode: string): FaRegion | undefined => faByCode.get(faCode);

/** The FA-region kommun `kommunkod` is in, or undefined for an unknown code. */
export function faRegionOfKommun(kommunkod: string): FaRegion | undefined {
  const kommun = kommunByCode.get(kommunkod);
  return kommun && faByCode.get(kommun.fa);
}

/** The kommuner of FA-region `faCode`; empty for an unknown code. */
export function kommunerInFaRegion(faCode: string): readonly Kommun[] {
  return faByCode.get(faCode)?.kommuner ?? [];
}

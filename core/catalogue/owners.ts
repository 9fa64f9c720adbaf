/**
 * Who may edit an entry. Content lives in one folder per owner directly under content/, so that a
 * git host's path rules (CODEOWNERS) can give each municipality rights to its own folder only:
 *   content/arbetsformedlingen/   national entries
 *   content/fa-23/                an FA-region's shared entries (e.g. a regional collaboration)
 *   content/kommun-0180/          one municipality's entries
 */
import { getFaRegion, getKommun } from '../reference/index.ts';

export type Owner = { kind: 'arbetsformedlingen' } | { kind: 'fa-region'; fa: string } | { kind: 'kommun'; kommunkod: string };

export const ownerPattern = /^(arbetsformedlingen|fa-\d{2}|kommun-\d{4})$/;

/** Parses an owner id ("arbetsformedlingen", "fa-23", "kommun-0180"); undefined when unknown. */
export function parseOwner(id: string): Owner | undefined {
  if (id === 'arbetsformedlingen') return { kind: 'arbetsformedlingen' };
  const fa = /^fa-(\d{2})$/.exec(id)?.[1];
  if (fa) return getFaRegion(fa) ? { kind: 'fa-region', fa } : undefined;
  const kommunkod = /^kommun-(\d{4})$/.exec(id)?.[1];
  if (kommunkod) return getKommun(kommunkod) ? { kind: 'kommun', kommunkod } : undefined;
  return undefined;
}

/** The FA-region whose entries an owner may publish, or undefined for the national owner. */
export function ownerFaRegion(owner: Owner): string | undefined {
  if (owner.kind === 'fa-region') return owner.fa;
  if (owner.kind === 'kommun') return getKommun(owner.kommunkod)?.fa;
  return undefined;
}

export function ownerLabel(id: string): string {
  const owner = parseOwner(id);
  if (!owner) return id;
  if (owner.kind === 'arbetsformedlingen') return 'Arbetsförmedlingen';
  if (owner.kind === 'fa-region') return `FA-region ${owner.fa} ${getFaRegion(owner.fa)?.namn}`;
  return `${getKommun(owner.kommunkod)?.namn} kommun`;
}

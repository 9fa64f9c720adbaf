/**
 * JobTech Taxonomy occupation names (yrkesbenämningar) with their SSYK groups, and the lookup
 * that turns what an employer wrote into an occupation.
 */
import occupationRows from '../../content/referens/yrkesbenamningar.json' with { type: 'json' };
import { getSsykGroup, ssykGroups } from './index.ts';

export interface OccupationName {
  /** JobTech Taxonomy concept id of the occupation name. */
  id: string;
  namn: string;
  /** JobTech SSYK-4 code of its group. */
  ssyk: string;
}

export const occupationNames: readonly OccupationName[] = occupationRows;

/** What an occupation field can be resolved to: an occupation name or an SSYK group, with its code. */
export interface Occupation {
  namn: string;
  ssyk: string;
}

// JobTech merges a few SSYK 2012 groups; a name in a merged group is placed in the first of them.
const ssykOfJobtechGroup = new Map<string, string>();
for (const group of ssykGroups) if (group.jobtech && !ssykOfJobtechGroup.has(group.jobtech)) ssykOfJobtechGroup.set(group.jobtech, group.kod);

/** Every name the picker offers, with its SSYK 2012 group: the occupation names, then the groups' own names. */
export const occupationChoices: readonly Occupation[] = [
  ...occupationNames.map(({ namn, ssyk }) => ({ namn, ssyk: ssykOfJobtechGroup.get(ssyk)! })),
  ...ssykGroups.map(({ namn, kod }) => ({ namn, ssyk: kod })),
];

const normalise = (text: string) => text.trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');
const byName = new Map<string, Occupation>();
for (const choice of occupationChoices) if (!byName.has(normalise(choice.namn))) byName.set(normalise(choice.namn), choice);

/** The occupation someone wrote: an exact name (any case) or a four-digit SSYK code. */
export function findOccupation(text: string): Occupation | undefined {
  const code = text.trim();
  if (/^\d{4}$/.test(code)) {
    const group = getSsykGroup(code);
    return group && { namn: group.namn, ssyk: group.kod };
  }
  return byName.get(normalise(text));
}

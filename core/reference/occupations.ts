/**
 * JobTech Taxonomy occupation names (yrkesbenämningar) with their SSYK groups: the names
 * the picker offers. The site publishes them as /data/yrken.json; the functions read that file
 * rather than carry the list in every bundle.
 */
import occupationRows from '../../content/referens/yrkesbenamningar.json' with { type: 'json' };
import { ssykGroups } from './ssyk.ts';
import type { Occupation } from './find-occupation.ts';

export interface OccupationName {
  /** JobTech Taxonomy concept id of the occupation name. */
  id: string;
  namn: string;
  /** JobTech SSYK-4 code of its group. */
  ssyk: string;
}

export const occupationNames: readonly OccupationName[] = occupationRows;

// JobTech merges a few SSYK 2012 groups; a name in a merged group is placed in the first of them.
const ssykOfJobtechGroup = new Map<string, string>();
for (const group of ssykGroups)
  if (group.jobtech && !ssykOfJobtechGroup.has(group.jobtech)) ssykOfJobtechGroup.set(group.jobtech, group.kod);

/** Every name the picker offers, with its SSYK 2012 group: the occupation names, then the groups' own names. */
export const occupationChoices: readonly Occupation[] = [
  ...occupationNames.map(({ namn, ssyk }) => ({ namn, ssyk: ssykOfJobtechGroup.get(ssyk)! })),
  ...ssykGroups.map(({ namn, kod }) => ({ namn, ssyk: kod })),
];

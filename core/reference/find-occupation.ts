/**
 * Turning what an employer wrote into an occupation: an exact name from the picker's list (any
 * case) or a four-digit SSYK code.
 */
import { getSsykGroup } from './ssyk.ts';

/** An occupation name or an SSYK group's name, with its SSYK 2012 code. */
export interface Occupation {
  namn: string;
  ssyk: string;
}

const normalise = (text: string) => text.trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');
const indexes = new WeakMap<readonly Occupation[], Map<string, Occupation>>();

export function findOccupation(text: string, choices: readonly Occupation[]): Occupation | undefined {
  const code = text.trim();
  if (/^\d{4}$/.test(code)) {
    const group = getSsykGroup(code);
    return group && { namn: group.namn, ssyk: group.kod };
  }
  let byName = indexes.get(choices);
  if (!byName) {
    byName = new Map();
    for (const choice of choices) if (!byName.has(normalise(choice.namn))) byName.set(normalise(choice.namn), choice);
    indexes.set(choices, byName);
  }
  return byName.get(normalise(text));
}

/**
 * An occupation written as a name is given its SSYK code on the server by the picker's list
 * (`findOccupation` over the names the site publishes); a name not on it keeps no code, and the
 * contract refuses it, naming the name's field.
 */
import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../../core/contracts/problem.ts';
import { occupations } from '../../../core/contracts/occupation.ts';
import { findOccupation } from '../../../core/reference/find-occupation.ts';
import { occupationChoices } from '../../../core/reference/occupations.ts';
import { expectErrorsNaming } from '../../support/malformed.ts';

describe('an occupation written as a name', () => {
  it('is refused when the picker has no such name', () => {
    expect(findOccupation('Drakskötare', occupationChoices)).toBeUndefined();
    const result = occupations.safeParse([{ namn: 'Drakskötare' }]);
    expect(result.success).toBe(false);
    expectErrorsNaming(fieldErrors(result.error!), '0.namn');
  });

  it('is accepted once the picker has given it its code', () => {
    const found = findOccupation('kock à la carte', occupationChoices);
    expect(occupations.safeParse([{ namn: 'kock à la carte', ssyk: found?.ssyk }]).success).toBe(true);
  });
});

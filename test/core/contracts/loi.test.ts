/** The Letter of Intent's contract refuses every malformed submission, naming the field in Swedish. */
import { describe, expect, it } from 'vitest';
import { loiSchema } from '../../../core/contracts/loi.ts';
import { validLoi } from '../../../scripts/examples.ts';
import { expectRefusal } from '../../support/malformed.ts';
import { loiCases } from './loi-cases.ts';

describe('the LOI contract', () => {
  it('accepts the valid LOI the cases start from', () => expect(loiSchema.safeParse(validLoi()).success).toBe(true));

  it('has at least forty malformed LOIs', () => expect(loiCases.length).toBeGreaterThanOrEqual(40));

  it.each(loiCases.map((c) => [c.name, c] as const))('refuses %s, naming the field', (_, c) => expectRefusal(loiSchema, c));
});

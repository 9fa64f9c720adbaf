/** The needs signal's and the gap report's contracts refuse every malformed submission, naming the field in Swedish. */
import { describe, expect, it } from 'vitest';
import { gapSchema, needsSchema } from '../../../core/contracts/signals.ts';
import { validGap, validNeeds } from '../../../scripts/examples.ts';
import { expectRefusal } from '../../support/malformed.ts';
import { gapCases, needsCases } from './signal-cases.ts';

describe.each([
  ['needs signal', needsSchema, validNeeds, needsCases],
  ['gap report', gapSchema, validGap, gapCases],
] as const)('the %s contract', (_, schema, valid, cases) => {
  it('accepts the valid submission the cases start from', () => expect(schema.safeParse(valid()).success).toBe(true));

  it('has at least thirty malformed submissions', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases.map((c) => [c.name, c] as const))('refuses %s, naming the field', (_, c) => expectRefusal(schema, c));
});

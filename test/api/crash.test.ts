/**
 * The portal killed (SIGKILL) at random moments while employers submit and confirm LOIs, and
 * started again on the same data: nothing acknowledged is lost or stored twice, and every confirmed
 * LOI reaches all its recipients within one sweep. FAULT_SUBMISSIONS sets a longer run.
 */
import { expect, it } from 'vitest';
import { crashTrial } from '../../scripts/crash-trial.ts';
import { builtSiteDir } from '../support/paths.ts';

const submissions = Number(process.env.FAULT_SUBMISSIONS) || 300;

it(`loses and duplicates none of ${submissions} LOIs submitted and confirmed while the portal is killed again and again`, async () => {
  const result = await crashTrial({ siteDir: builtSiteDir, submissions, clients: 10, maxLifeMs: 8000 });
  console.log(JSON.stringify(result));
  expect(result.crashes).toBeGreaterThanOrEqual(3);
  expect(result.acknowledged).toBe(submissions);
  expect(result.confirmed).toBe(submissions);
  expect(result.lost).toBe(0);
  expect(result.duplicated).toBe(0);
  // Within one sweep of the confirmation, a lease a crash left, and the restart itself.
  expect(result.longestConfirmToRoutedMs).toBeLessThan(30_000);
}, 600_000);

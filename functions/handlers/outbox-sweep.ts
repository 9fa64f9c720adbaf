/**
 * Scheduled (every minute on AWS): sends every delivery that is due, whatever the kind of
 * submission, and counts again the months of the statistics that have changed.
 */
import { sweepOutbox } from '../domain/delivery.ts';
import { countChangedMonths } from '../domain/stats.ts';

export const handler = async () => ({ tried: await sweepOutbox(), counted: await countChangedMonths() });

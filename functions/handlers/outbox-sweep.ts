/**
 * Scheduled (every minute on AWS): sends every delivery that is due, whatever the kind of
 * submission, and counts the submissions' changes into the statistics.
 */
import { sweepOutbox } from '../domain/delivery.ts';
import { countDemandChanges } from '../domain/stats.ts';

export const handler = async () => ({ tried: await sweepOutbox(), counted: await countDemandChanges() });

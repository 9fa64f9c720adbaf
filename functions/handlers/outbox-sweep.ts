/** Scheduled (every minute on AWS): sends every delivery that is due, whatever the kind of submission. */
import { sweepOutbox } from '../domain/delivery.ts';

export const handler = async () => ({ tried: await sweepOutbox() });

/** Scheduled (every five minutes on AWS): tries again every delivery that is due, whatever the kind of submission. */
import { retryDueDeliveries } from '../domain/delivery.ts';

export const handler = async () => ({ tried: await retryDueDeliveries() });

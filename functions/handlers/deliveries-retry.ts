/** Scheduled (every five minutes on AWS): tries again the deliveries of signals that failed. */
import { retryDueDeliveries } from '../domain/delivery.ts';

export const handler = async () => ({ tried: await retryDueDeliveries() });

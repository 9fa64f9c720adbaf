/** Scheduled (hourly on AWS): deletes items whose personal data has expired. */
import { purgeExpired } from '../store/purge.ts';

export const handler = async () => ({ purged: await purgeExpired() });

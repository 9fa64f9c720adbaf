/**
 * How long a submission's personal data is kept (its expiry, the table's TTL attribute).
 */
const hour = 60 * 60;
/** A submission nobody confirms is deleted after 72 hours. */
export const unconfirmedSeconds = 72 * hour;
/** A confirmed submission's personal data is kept two years: long enough for a jobbspår to run its course. */
export const confirmedSeconds = 2 * 365 * 24 * hour;

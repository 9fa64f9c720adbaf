/**
 * Synpunkter och klagomål: what a participant, or someone helping them, thinks of a supplier's
 * service. Arbetsförmedlingen's follow-up of its suppliers starts from participants' complaints
 * (`../shared/seeds/003_…`, 5.3: complaint → kvalitetskontroll → rättelse or avropsstopp →
 * hävning), so the form asks for what that needs and nothing more: which supplier and service,
 * what it is about, and what happened. Anonymous is allowed and a contact is optional: an answer is
 * mailed only to an address left here. No personnummer anywhere: the free texts refuse one.
 * A complaint is never published one by one; staff see counts per supplier and period.
 */
import * as z from 'zod';
import { supplierServices } from '../catalogue/vocabulary.ts';
import { isJobseekerLanguage, type JobseekerLanguage } from '../i18n/index.ts';
import { choice, code, email, freeText, kommunkod, phone } from './fields.ts';
import { emptyGroup } from './occupation.ts';
import { complaintTopics } from './form-options.ts';

export const complaintSchema = z.strictObject({
  /** The supplier's slug in the catalogue, e.g. "kompassen-jobbcoachning": the form's supplier page fills it in. */
  leverantor: code('leverantören', /^[a-z0-9]+(-[a-z0-9]+)*$/, 'kompassen-jobbcoachning'),
  tjanst: choice('tjänsten', supplierServices),
  /** Where the participant takes part: the routing table's area, and for kommunal kundval the kommun that gets it too. */
  kommun: kommunkod('kommunen där du deltar'),
  amne: choice('vad det gäller', complaintTopics),
  beskrivning: freeText('vad som hände', 3000, { multiline: true }),
  /** Left out to be anonymous; with an e-mail address the answer comes there. */
  kontakt: z
    .strictObject({
      namn: freeText('ditt namn', 120).optional(),
      epost: email('e-postadressen').optional(),
      telefon: phone('telefonnumret').optional(),
    })
    .prefault(emptyGroup),
});

export type Complaint = z.output<typeof complaintSchema>;

/** The language a complaint was posted in, from the query `complaintAction` (form-options.ts) made: Swedish unless it names another. */
export function complaintLanguage(query: URLSearchParams): JobseekerLanguage {
  const lang = query.get('lang');
  return isJobseekerLanguage(lang) ? lang : 'sv';
}

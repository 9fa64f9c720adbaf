/**
 * The e-mail of a needs signal (the confirm link to the employer) and of both signals to each
 * recipient, with the submission as plain text.
 */
import { config } from '../config.ts';
import type { Mail } from '../mail/index.ts';
import { getFaRegion, getKommun } from '../../core/reference/index.ts';
import type { Recipient } from '../store/delivery.ts';
import type { ComplaintRecord, GapRecord, NeedsRecord, SignalRecord } from '../store/signal.ts';
import { fill, formatDate, translations } from '../../core/i18n/index.ts';

const t = translations().signals;

export const needsConfirmPath = (id: string, token: string) =>
  `/arbetsgivare/behov/bekrafta/?id=${encodeURIComponent(id)}&token=${encodeURIComponent(token)}`;

export function needsConfirmMail(record: NeedsRecord, token: string): Mail {
  return {
    to: record.content.kontakt.epost,
    subject: fill(t.needs.mail.confirmSubject, { ref: record.reference }),
    text: fill(t.needs.mail.confirmBody, {
      ref: record.reference,
      link: new URL(needsConfirmPath(record.id, token), config.publicUrl).href,
    }),
  };
}

export function signalMail(record: SignalRecord, recipient: Recipient): Mail {
  const role = t.roles[recipient.role].toLowerCase();
  if (record.kind === 'complaint')
    return {
      to: recipient.address,
      subject: fill(t.complaint.mail.routedSubject, { ref: record.reference, supplier: record.content.leverantor }),
      text: fill(t.complaint.mail.routedBody, { role, document: signalAsText(record) }),
    };
  if (record.kind === 'behov')
    return {
      to: recipient.address,
      subject: fill(t.needs.mail.routedSubject, {
        ref: record.reference,
        org: record.content.organisation.namn,
        kommun: getKommun(record.content.arbetsplatsKommun)!.namn,
      }),
      text: fill(t.needs.mail.routedBody, { role, document: signalAsText(record) }),
    };
  return {
    to: recipient.address,
    subject: fill(t.gap.mail.routedSubject, { ref: record.reference, fa: `${record.fa} ${getFaRegion(record.fa)!.namn}` }),
    text: fill(t.gap.mail.routedBody, { role, document: signalAsText(record) }),
  };
}

const occupationText = (yrken: readonly { namn: string; ssyk: string }[]) => yrken.map((y) => `${y.namn} (SSYK ${y.ssyk})`).join(', ');

/** A signal as label–value lines, for e-mail and the confirm page alike. */
export function signalLines(record: SignalRecord): [string, string][] {
  const head: [string, string][] = [
    [t.document.reference, record.reference],
    [t.document.submitted, formatDate(record.createdAt.slice(0, 10))],
    [t.document.region, `${record.fa} ${getFaRegion(record.fa)!.namn}`],
  ];
  const lines = { behov: needsLines, brist: gapLines, complaint: complaintLines } as const;
  return [...head, ...(lines[record.kind] as (r: SignalRecord) => [string, string][])(record)];
}

function needsLines({ content }: NeedsRecord): [string, string][] {
  const f = t.needs.fields;
  return [
    [f['organisation.namn'].label, content.organisation.namn],
    [f['organisation.organisationsnummer'].label, content.organisation.organisationsnummer ?? '–'],
    [f.arbetsplatsKommun.label, getKommun(content.arbetsplatsKommun)!.namn],
    [f['behov.yrken'].label, occupationText(content.behov.yrken)],
    [f['behov.antal'].label, String(content.behov.antal)],
    [f['behov.tidshorisont'].label, t.needs.choices.tidshorisont[content.behov.tidshorisont]],
    [f.avsiktsforklaring.label, t.needs.choices.avsiktsforklaring[content.avsiktsforklaring]],
    [f['kontakt.epost'].label, content.kontakt.epost],
    ...(content.beskrivning ? [[f.beskrivning.label, content.beskrivning] as [string, string]] : []),
  ];
}

function gapLines({ content, supplier }: GapRecord): [string, string][] {
  const f = t.gap.fields;
  return [
    [t.document.supplier, supplier],
    [f['profil.yrken'].label, occupationText(content.profil.yrken)],
    [f['profil.kunskaper'].label, content.profil.kunskaper.join('; ')],
    [f.avsiktsforklaringar.label, content.avsiktsforklaringar.join(', ') || '–'],
    ...content.insatser.map(
      (c, i) =>
        [fill(f.insats.label, { n: i + 1 }), [c.insats, t.gap.choices.skal[c.skal], c.kommentar].filter(Boolean).join(': ')] as [
          string,
          string,
        ],
    ),
    [f['berorda.arbetsgivare'].label, String(content.berorda.arbetsgivare)],
    [f['berorda.tjanster'].label, String(content.berorda.tjanster)],
    [f.forslag.label, content.forslag],
  ];
}

function complaintLines({ content }: ComplaintRecord): [string, string][] {
  const { fields: f, topics } = translations().complaint;
  const contact = [content.kontakt.namn, content.kontakt.epost, content.kontakt.telefon].filter(Boolean).join(', ');
  return [
    [f.leverantor.label, content.leverantor],
    [f.tjanst.label, content.tjanst],
    [f.kommun.label, getKommun(content.kommun)!.namn],
    [f.amne.label, topics[content.amne]],
    [f.beskrivning.label, content.beskrivning],
    [f.kontakt.label, contact || t.complaint.anonymous],
  ];
}

const signalAsText = (record: SignalRecord) =>
  signalLines(record)
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');

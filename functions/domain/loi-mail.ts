/**
 * The e-mail of an LOI: the confirm link to the employer, the LOI itself to each recipient in the
 * uniform template, and the news of a withdrawal.
 */
import { config } from '../config.ts';
import type { Mail } from '../mail/index.ts';
import { getFaRegion, getKommun } from '../../core/reference/index.ts';
import type { Recipient } from '../store/delivery.ts';
import type { LoiRecord } from '../store/loi.ts';
import { fill, formatDate, translations } from '../../core/i18n/index.ts';
import { statusPath } from '../../core/paths.ts';

const t = translations().loi;

export function confirmMail(record: LoiRecord, token: string): Mail {
  return {
    to: record.loi.kontakt.epost,
    subject: fill(t.mail.confirmSubject, { ref: record.reference }),
    text: fill(t.mail.confirmBody, {
      name: record.loi.kontakt.namn,
      ref: record.reference,
      link: new URL(statusPath(record.id, token), config.publicUrl).href,
    }),
  };
}

export function routedMail(record: LoiRecord, recipient: Recipient): Mail {
  return {
    to: recipient.address,
    subject: fill(t.mail.routedSubject, {
      ref: record.reference,
      org: record.loi.organisation.namn,
      kommun: getKommun(record.loi.arbetsplatsKommun)!.namn,
    }),
    text: fill(t.mail.routedBody, { role: t.statusPage.roles[recipient.role].toLowerCase(), document: loiAsText(record) }),
  };
}

export function withdrawnMail(record: LoiRecord, recipient: Recipient): Mail {
  return {
    to: recipient.address,
    subject: fill(t.mail.withdrawnSubject, { ref: record.reference }),
    text: fill(t.mail.withdrawnBody, { ref: record.reference, org: record.loi.organisation.namn }),
  };
}

/** The LOI in the uniform template, as plain text. */
function loiAsText(record: LoiRecord): string {
  const { loi } = record;
  const f = t.fields;
  const yesNo = (value: boolean) => (value ? t.statusPage.yes : t.statusPage.no);
  const kommun = getKommun(loi.arbetsplatsKommun)!;
  const lines = [
    `${t.statusPage.document} ${record.reference}`,
    fill(t.statusPage.submittedOn, { date: formatDate(record.createdAt.slice(0, 10)) }),
    '',
    `== ${t.sections.organisation}`,
    `${f['organisation.namn'].label}: ${loi.organisation.namn}`,
    `${f['organisation.organisationsnummer'].label}: ${loi.organisation.organisationsnummer ?? f['organisation.enskildFirma'].label}`,
    `${f['organisation.storlek'].label}: ${t.choices.storlek[loi.organisation.storlek]}`,
    `${f.arbetsplatsKommun.label}: ${kommun.namn} (FA-region ${record.fa} ${getFaRegion(record.fa)!.namn})`,
    '',
    `== ${t.sections.kontakt}`,
    `${loi.kontakt.namn}, ${loi.kontakt.roll}`,
    `${loi.kontakt.epost}, ${loi.kontakt.telefon}`,
    '',
    `== ${t.sections.behov}`,
    `${f['behov.yrken'].label}: ${loi.behov.yrken.map((y) => `${y.namn} (SSYK ${y.ssyk})`).join(', ')}`,
    `${f['behov.antal'].label}: ${loi.behov.antal}`,
    `${f['behov.tidigastStart'].label}: ${formatDate(loi.behov.tidigastStart)}`,
    `${f['behov.anstallningsform'].label}: ${t.choices.anstallningsform[loi.behov.anstallningsform]}`,
    '',
    `== ${t.sections.kompetens}`,
    `${f['kompetens.kunskaper'].label}:`,
    ...loi.kompetens.kunskaper.map((k) => `- ${k}`),
    `${f['kompetens.svenskniva'].label}: ${t.choices.svenskniva[loi.kompetens.svenskniva]}`,
    `${f['kompetens.korkortOchCertifikat'].label}: ${loi.kompetens.korkortOchCertifikat.join(', ') || '–'}`,
    '',
    `== ${t.sections.erbjuder}`,
    `${f['erbjuder.praktikplatser'].label}: ${yesNo(loi.erbjuder.praktikplatser)}`,
    `${f['erbjuder.studiebesok'].label}: ${yesNo(loi.erbjuder.studiebesok)}`,
    `${f['erbjuder.handledare'].label}: ${yesNo(loi.erbjuder.handledare)}`,
    `${f['erbjuder.internutbildning'].label}: ${yesNo(loi.erbjuder.internutbildning)}`,
    `${f.anstallningsstod.label} ${t.choices.anstallningsstod[loi.anstallningsstod]}`,
    ...(loi.ovrigt ? ['', `== ${t.sections.ovrigt}`, loi.ovrigt] : []),
    '',
    t.statusPage.documentNote,
    fill(t.statusPage.signedBy, { name: loi.undertecknare.namn, title: loi.undertecknare.titel }),
  ];
  return lines.join('\n');
}

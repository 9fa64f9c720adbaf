/**
 * News of what the staff did, to the one who sent the submission: an LOI's new status or a
 * message to the employer (with a new link to the status page), a signal's answer.
 */
import { config } from '../config.ts';
import type { Mail } from '../mail/index.ts';
import type { CaseEvent } from '../../core/contracts/inbox.ts';
import { fill, translations } from '../../core/i18n/index.ts';
import { statusPath } from '../../core/paths.ts';
import { publishedCatalogue } from '../catalogue/index.ts';
import type { Submission } from '../store/submission.ts';
import { organisationName } from './people.ts';

const { loi: l, staff: t } = translations();

/** Who did it, as the sender reads it: "Anna Berg, Nordvind Kompetens AB". */
const byLine = async (event: CaseEvent) => [event.by.name, await organisationName(event.by.organisation)].filter(Boolean).join(', ');

export async function updateMail(
  submission: Submission,
  event: CaseEvent,
  recipient: { address: string },
  token: string | undefined,
): Promise<Mail> {
  const by = await byLine(event);
  if (submission.kind === 'loi') {
    const link = token ? new URL(statusPath(submission.id, token), config.publicUrl).href : '';
    const ref = submission.reference;
    if (event.action === 'message')
      return {
        to: recipient.address,
        subject: fill(l.mail.messageSubject, { ref }),
        text: fill(l.mail.messageBody, { by, ref, text: event.text ?? '', email: event.by.email, link }),
      };
    const status = l.status[event.to as keyof typeof l.status];
    const reason = event.reason
      ? ` ${fill(l.statusPage.closedBecause, { reason: t.closingReasons[event.reason as keyof typeof t.closingReasons] })}.`
      : '';
    return {
      to: recipient.address,
      subject: fill(l.mail.statusSubject, { ref, status }),
      text: fill(l.mail.statusBody, { ref, status, reason, link, by }),
    };
  }
  const kind = t.kinds[submission.kind].toLowerCase();
  const insats = submission.answer?.insats && (await publishedCatalogue()).insatser.find((i) => i.slug === submission.answer?.insats);
  return {
    to: recipient.address,
    subject: fill(t.answerMail.subject, { kind, ref: submission.reference }),
    text: fill(t.answerMail.body, {
      by,
      kind,
      ref: submission.reference,
      text: event.text ?? '',
      insats: insats ? fill(t.answerMail.insats, { link: insats.url }) : '',
    }),
  };
}

/** The page behind a needs signal's confirm link, in the site's frame. */
import { NeedsConfirmPage } from '../../ui/signals/NeedsConfirmPage.tsx';
import type { NeedsRecord } from '../store/signal.ts';
import { signalLines } from '../domain/signal-mail.ts';
import { fill, translations } from '../../core/i18n/index.ts';
import { page, swedishFrame } from './frame.tsx';

const t = translations().signals;

export function needsConfirmPage(record: NeedsRecord, token: string, done: boolean): string {
  const view = {
    id: record.id,
    reference: record.reference,
    confirmed: record.status !== 'unconfirmed',
    recipients: record.recipients.map(({ organisation, roll }) => ({ organisation, roll })),
    lines: signalLines(record),
  };
  return page(
    fill(t.needs.confirmPage.title, { ref: record.reference }),
    swedishFrame('/arbetsgivare/behov/bekrafta/'),
    <NeedsConfirmPage view={view} token={token} done={done} />,
  );
}

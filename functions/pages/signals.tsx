/** The signals' pages rendered on request: a form again with its errors (no JavaScript), the confirm page. */
import type { FieldError } from '../contracts/problem.ts';
import NeedsForm from '../../site/components/signals/NeedsForm.tsx';
import GapForm from '../../site/components/signals/GapForm.tsx';
import { NeedsConfirmPage } from '../../site/components/signals/NeedsConfirmPage.tsx';
import { publishedCatalogue } from '../catalogue/index.ts';
import type { NeedsRecord } from '../store/signal.ts';
import { signalLines } from '../domain/signal-mail.ts';
import { fill, useTranslations } from '../../site/i18n/index.ts';
import { page, postedValues, signalShellPath } from './frame.tsx';

const { loi, signals: t } = useTranslations();

export function needsFormPage(posted: URLSearchParams, errors: FieldError[]) {
  return page(
    `${loi.errorTitlePrefix}${t.needs.formTitle}`,
    <>
      <h1>{t.needs.formTitle}</h1>
      <NeedsForm values={postedValues(posted)} errors={errors} />
    </>,
    signalShellPath,
  );
}

export async function gapFormPage(posted: URLSearchParams, errors: FieldError[]) {
  const insatser = (await publishedCatalogue()).insatser.map(({ slug, titel }) => ({ slug, titel }));
  return page(
    `${loi.errorTitlePrefix}${t.gap.formTitle}`,
    <>
      <h1>{t.gap.formTitle}</h1>
      <GapForm insatser={insatser} values={postedValues(posted)} errors={errors} />
    </>,
    signalShellPath,
  );
}

export function needsConfirmPage(record: NeedsRecord, token: string, done: boolean) {
  const view = {
    id: record.id,
    reference: record.reference,
    confirmed: record.status !== 'unconfirmed',
    recipients: record.recipients.map(({ organisation, roll }) => ({ organisation, roll })),
    lines: signalLines(record),
  };
  return page(fill(t.needs.confirmPage.title, { ref: record.reference }), <NeedsConfirmPage view={view} token={token} done={done} />, signalShellPath);
}

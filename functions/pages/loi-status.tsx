/** The page after an LOI is sent, its status page behind the private link, and the step before it is withdrawn. */
import type { LoiView, Match } from '../../core/contracts/loi-view.ts';
import { StatusPage, SubmittedPage, WithdrawPage } from '../../ui/loi/LoiPages.tsx';
import { fill, translations } from '../../core/i18n/index.ts';
import { loiPageRoutes } from '../../core/paths.ts';
import { loiFrame, page } from './frame.tsx';

const t = translations().loi;

export function submittedPage({ record, matches }: { record: { reference: string; fa: string }; matches: Match[] }): string {
  return page(
    t.submitted.title,
    loiFrame(loiPageRoutes.submitted),
    <SubmittedPage reference={record.reference} fa={record.fa} matches={matches} />,
  );
}

export function statusPage(view: LoiView, token: string, notice?: 'bekraftad' | 'tillbakadragen'): string {
  return page(
    fill(t.statusPage.title, { ref: view.reference }),
    loiFrame(loiPageRoutes.status),
    <StatusPage view={view} token={token} notice={notice} />,
  );
}

export function withdrawPage(view: LoiView, token: string): string {
  return page(
    fill(t.withdrawPage.title, { ref: view.reference }),
    loiFrame(loiPageRoutes.withdraw),
    <WithdrawPage view={view} token={token} />,
  );
}

/** The page after an LOI is sent, and its status page behind the private link. */
import type { LoiView, Match } from '../../core/contracts/loi-view.ts';
import { StatusPage, SubmittedPage } from '../../ui/loi/LoiPages.tsx';
import { fill, useTranslations } from '../../core/i18n/index.ts';
import { page } from './frame.tsx';

const t = useTranslations().loi;

export async function submittedPage({ record, matches }: { record: { reference: string; fa: string }; matches: Match[] }) {
  return page(t.submitted.title, <SubmittedPage reference={record.reference} fa={record.fa} matches={matches} />);
}

export async function statusPage(view: LoiView, token: string, notice?: 'bekraftad' | 'tillbakadragen') {
  return page(fill(t.statusPage.title, { ref: view.reference }), <StatusPage view={view} token={token} notice={notice} />);
}

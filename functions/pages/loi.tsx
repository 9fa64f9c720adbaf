/**
 * Pages rendered on request: the LOI form again with its errors (no JavaScript), the page after
 * submission and the status page. Each is the site's page frame (/arbetsgivare/avsiktsforklaring/mall/,
 * built by Astro) with the React view rendered into it, so they look like every other page.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { siteFile } from '../catalogue/index.ts';
import type { FieldError } from '../contracts/problem.ts';
import type { LoiView } from '../domain/loi.ts';
import type { Match } from '../domain/matching.ts';
import { html, HttpProblem, withProblems } from '../http/respond.ts';
import { contentMarker, titleMarker } from './markers.ts';
import type { Handle } from '../http/types.ts';
import LoiForm from '../../site/components/loi/LoiForm.tsx';
import { StatusPage, SubmittedPage } from '../../site/components/loi/LoiPages.tsx';
import { fill, useTranslations } from '../../site/i18n/index.ts';

const t = useTranslations().loi;
export const shellPath = '/arbetsgivare/avsiktsforklaring/mall/index.html';

let shell: Promise<string> | undefined;
function frame(): Promise<string> {
  shell ??= siteFile(shellPath).catch((error: unknown) => {
    shell = undefined;
    throw error;
  });
  return shell;
}

async function page(title: string, content: ReactElement): Promise<string> {
  const frameHtml = await frame();
  return frameHtml
    // Replacer functions: a "$&" in someone's text must stay text.
    .replace(`<title>${titleMarker}`, () => `<title>${escapeHtml(title)}`)
    .replace(contentMarker, () => renderToStaticMarkup(content));
}

export async function loiFormPage(posted: URLSearchParams, errors: FieldError[]): Promise<string> {
  const values = Object.fromEntries([...posted.keys()].map((name) => [name, posted.getAll(name).join('\n')]));
  return page(
    `${t.errorTitlePrefix}${t.formTitle}`,
    <>
      <h1>{t.formTitle}</h1>
      <LoiForm values={values} errors={errors} />
    </>,
  );
}

export async function submittedPage({ record, matches }: { record: { reference: string; fa: string }; matches: Match[] }) {
  return page(t.submitted.title, <SubmittedPage reference={record.reference} fa={record.fa} matches={matches} />);
}

export async function statusPage(view: LoiView, token: string, notice?: 'bekraftad' | 'tillbakadragen') {
  return page(fill(t.statusPage.title, { ref: view.reference }), <StatusPage view={view} token={token} notice={notice} />);
}

/** A page route's errors as a page (a person reads them), not as problem+json. */
export function pageOrProblemPage(handle: Handle): Handle {
  return withProblems(async (request) => {
    try {
      return await handle(request);
    } catch (error) {
      if (!(error instanceof HttpProblem)) throw error;
      const content = (
        <>
          <h1>{error.title}</h1>
          {error.errors.map((e) => (
            <p key={e.path}>{e.message}</p>
          ))}
          <p>
            <a href="/arbetsgivare/avsiktsforklaring/">{t.formTitle}</a>
          </p>
        </>
      );
      return html(error.status, await page(error.title, content));
    }
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Pages rendered on request into the site's own page frame (/arbetsgivare/avsiktsforklaring/mall/,
 * built by Astro), so they look like every other page: the LOI form again with its errors (no
 * JavaScript), the page after submission and the status page.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { siteFile } from '../catalogue/index.ts';
import { html, problemOf, withProblems } from '../http/respond.ts';
import type { Handle } from '../http/types.ts';
import { useTranslations } from '../../core/i18n/index.ts';
import { contentMarker, titleMarker } from '../../ui/markers.ts';
import { escapeHtml } from './html.ts';

const t = useTranslations().loi;
export const shellPath = '/arbetsgivare/avsiktsforklaring/mall/index.html';
/** The frame of the signals' pages and the statistics (site/pages/signaler/mall.astro). */
export const signalShellPath = '/signaler/mall/index.html';

const shells = new Map<string, Promise<string>>();
function frame(path: string): Promise<string> {
  let shell = shells.get(path);
  if (!shell) {
    shell = siteFile(path).catch((error: unknown) => {
      shells.delete(path);
      throw error;
    });
    shells.set(path, shell);
  }
  return shell;
}

export async function page(title: string, content: ReactElement, shell = shellPath): Promise<string> {
  const frameHtml = await frame(shell);
  return frameHtml
    // Replacer functions: a "$&" in someone's text must stay text.
    .replace(`<title>${titleMarker}`, () => `<title>${escapeHtml(title)}`)
    .replace(contentMarker, () => renderToStaticMarkup(content));
}

/** What was posted, by field name, as a form shows it again. */
export const postedValues = (posted: URLSearchParams) => Object.fromEntries([...posted.keys()].map((name) => [name, posted.getAll(name).join('\n')]));

/** A page route's errors as a page (a person reads them), not as problem+json. */
export function pageOrProblemPage(handle: Handle): Handle {
  return withProblems(async (request) => {
    try {
      return await handle(request);
    } catch (thrown) {
      const error = problemOf(thrown);
      if (!error) throw thrown;
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

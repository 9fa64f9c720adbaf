/**
 * Pages rendered on request, in the frame every page of the site has (ui/frame/Document.tsx, the
 * same components as the static pages' layout): the LOI form again with its errors (no
 * JavaScript), the page after submission, the status page, the signals' pages, the statistics
 * and the jobseeker's filtered supplier list and comparison.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { html, problemOf, withProblems } from '../http/respond.ts';
import type { Handle } from '../http/types.ts';
import { config } from '../config.ts';
import { Document, type DocumentProps } from '../../ui/frame/Document.tsx';
import { printScriptPath } from '../../ui/frame/DocumentHead.tsx';
import { NotFound } from '../../ui/frame/NotFound.tsx';
import { translations } from '../../core/i18n/index.ts';
import { employerPagesPath, loiPageRoutes } from '../../core/paths.ts';

const t = translations();

/** Where a page sits in the site: its language, address, breadcrumbs and scripts. */
export type Frame = Omit<DocumentProps, 'title' | 'site' | 'children'>;

/** A page at `path` in Swedish, as the employers' pages, the signals' and the statistics are. */
export const swedishFrame = (path: string): Frame => ({ language: 'sv', t, path });

export function page(title: string, frame: Frame, content: ReactNode): string {
  return `<!doctype html>${renderToStaticMarkup(
    <Document title={title} site={config.publicUrl} {...frame}>
      {content}
    </Document>,
  )}`;
}

/** An LOI's page at `path`: among the employer's pages, its print buttons working where JavaScript runs. */
export const loiFrame = (path: string): Frame => ({
  ...swedishFrame(path),
  breadcrumbs: [
    { href: employerPagesPath, label: t.loi.employerPages },
    { href: loiPageRoutes.form, label: t.loi.name },
  ],
  scripts: [printScriptPath],
});

/** What was posted, by field name, as a form shows it again. */
export const postedValues = (posted: URLSearchParams) =>
  Object.fromEntries([...posted.keys()].map((name) => [name, posted.getAll(name).join('\n')]));

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
          {error.detail && <p>{error.detail}</p>}
          <p>
            <a href={loiPageRoutes.form}>{t.loi.formTitle}</a>
          </p>
        </>
      );
      return html(error.status, page(error.title, loiFrame(loiPageRoutes.form), content), error.headers);
    }
  });
}

/** The answer to a page address asked with something that does not exist. */
export const notFoundPage = () => html(404, page(t.notFound.title, swedishFrame('/404/'), <NotFound />));

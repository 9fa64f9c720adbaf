/**
 * A whole page rendered on request by the functions, in the frame every static page has
 * (site/layouts/Base.astro composes the same head, header, breadcrumbs and footer). Most of these
 * pages answer one person's query or submission: search engines leave them out.
 */
import type { ReactNode } from 'react';
import { textDirection, type JobseekerLanguage } from '../../core/i18n/index.ts';
import type { JobseekerTexts } from '../../core/i18n/jobseeker-texts.ts';
import { DocumentHead, pageTitle } from './DocumentHead.tsx';
import { SiteHeader, type LanguageLinks } from './SiteHeader.tsx';
import { Breadcrumbs, type Crumb } from './Breadcrumbs.tsx';
import { SiteFooter } from './SiteFooter.tsx';

export interface DocumentProps {
  /** The page's own title; the site's name is added. */
  title: string;
  language: JobseekerLanguage;
  /**
   * The interface texts in `language`. Given, not looked up, so a page only in Swedish carries
   * only the Swedish texts (a function's bundle stays small).
   */
  t: JobseekerTexts;
  /** The portal's public address, for the canonical link. */
  site: string;
  /** The page's address, or that of the static page it is a view of: the canonical link and the main menu's section. */
  path: string;
  breadcrumbs?: readonly Crumb[];
  languageLinks?: LanguageLinks;
  /** Module scripts the page loads, by address on the site. */
  scripts?: readonly string[];
  /** A page everyone sees the same (the statistics) is described and indexed like a static page. */
  description?: string;
  indexed?: boolean;
  children: ReactNode;
}

export function Document({
  title,
  language,
  t,
  site,
  path,
  breadcrumbs = [],
  languageLinks,
  scripts,
  description,
  indexed = false,
  children,
}: DocumentProps) {
  return (
    <html lang={language} dir={textDirection(language)}>
      <head>
        <DocumentHead
          title={pageTitle(title, t)}
          description={description}
          noindex={!indexed}
          canonical={new URL(path, site).href}
          scripts={scripts}
        />
      </head>
      <body>
        <SiteHeader language={language} t={t} path={path} languageLinks={languageLinks} />
        <Breadcrumbs language={language} t={t} crumbs={breadcrumbs} />
        <main id="innehall" className="container" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter language={language} t={t} />
      </body>
    </html>
  );
}

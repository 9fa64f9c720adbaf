/**
 * The head of every page: the static pages' layout (site/layouts/Base.astro) and the pages the
 * functions render on request (Document.tsx) write the same one.
 */
import type { JobseekerTexts } from '../../core/i18n/jobseeker-texts.ts';
import type { LanguageLinks } from './SiteHeader.tsx';

/**
 * The site's one stylesheet, a file of its own (site/public/) at an address that does not change
 * between builds, so a page rendered on request links the very stylesheet the static pages link.
 */
const stylesheetPath = '/portal.css';

/** Shows the print buttons ([data-print]) of a page that has them: they need JavaScript. A file, so the Content-Security-Policy allows it by origin. */
export const printScriptPath = '/print.js';

/** A page's title as a browser tab shows it: "Leverantörer i Malmö – Arbetsmarknadsinsatser". */
export const pageTitle = (title: string, t: JobseekerTexts): string => `${title} – ${t.site.name}`;

interface Props {
  /** The whole title, as pageTitle makes it. */
  title: string;
  description?: string;
  /** Pages rendered on request and pages only someone who has just sent a form reaches stay out of search engines. */
  noindex?: boolean;
  /** The page's absolute address. */
  canonical: string;
  /** The same page in every jobseeker language, at absolute addresses. */
  alternates?: LanguageLinks;
  /** Module scripts the page loads, by address on the site. */
  scripts?: readonly string[];
}

export function DocumentHead({ title, description, noindex = false, canonical, alternates = [], scripts = [] }: Props) {
  return (
    <>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      {description && <meta name="description" content={description} />}
      {noindex && <meta name="robots" content="noindex" />}
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <link rel="canonical" href={canonical} />
      {alternates.map(({ language, href }) => (
        <link key={language} rel="alternate" hrefLang={language} href={href} />
      ))}
      <link rel="stylesheet" href={stylesheetPath} />
      {scripts.map((src) => (
        <script key={src} type="module" src={src} />
      ))}
    </>
  );
}

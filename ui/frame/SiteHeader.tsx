/** The skip link and the header of every page: the site's name, the search, the main menu and, on the jobseeker's pages, the language switch. */
import { jobseekerLanguages, jobseekerTexts, localePath, type JobseekerLanguage } from '../../core/i18n/index.ts';
import type { JobseekerTexts } from '../../core/i18n/jobseeker-texts.ts';

const searchPath = '/sok/';

/** The same page in each jobseeker language, which the language switch names in that language. */
export type LanguageLinks = readonly { language: JobseekerLanguage; name: string; href: string }[];

/** The language switch's links, to `href(language)`. */
export const languageLinks = (href: (language: JobseekerLanguage) => string): LanguageLinks =>
  jobseekerLanguages.map((language) => ({ language, name: jobseekerTexts(language).choice.languageName, href: href(language) }));

interface Props {
  language: JobseekerLanguage;
  /** The interface texts in `language`. */
  t: JobseekerTexts;
  /** The page's address: the main menu marks the section it is in. */
  path: string;
  /** The same page in the other languages: adds the language switch. */
  languageLinks?: LanguageLinks;
}

/**
 * The main menu. The Swedish site has the whole catalogue; a page in English or Arabic links only
 * to the pages in its own language, so the menu never leads into Swedish.
 */
function menu(language: JobseekerLanguage, t: JobseekerTexts) {
  if (language !== 'sv')
    return [
      { href: localePath(language, '/'), label: t.nav.start, exact: true },
      { href: localePath(language, '/leverantorer/'), label: t.nav.leverantorer },
    ];
  return [
    { href: '/insatser/', label: t.nav.insatser },
    { href: '/region/', label: t.nav.regioner },
    { href: '/kommun/', label: t.nav.kommuner },
    { href: '/leverantorer/', label: t.nav.leverantorer },
    { href: '/data/', label: t.nav.data },
  ];
}

export function SiteHeader({ language, t, path, languageLinks }: Props) {
  const nav = menu(language, t);
  return (
    <>
      <a className="skip-link" href="#innehall">
        {t.site.skipLink}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <a className="site-name" href={localePath(language, '/')}>
            {t.site.name}
          </a>
          {/* The search finds the Swedish catalogue's pages, so pages in other languages leave it out; the search page has its own. */}
          {language === 'sv' && path !== searchPath && (
            // biome-ignore lint/a11y/useSemanticElements: a form with the search role is announced by every screen reader in use; the newer <search> element is not yet.
            <form className="header-search" role="search" action={searchPath} method="get">
              <label htmlFor="sidhuvud-sok">{t.site.searchLabel}</label>
              <input id="sidhuvud-sok" name="q" type="search" autoComplete="off" />
              <button type="submit">{t.site.searchButton}</button>
            </form>
          )}
        </div>
        <nav className="container main-nav" aria-label={t.site.mainNav}>
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={(item.exact ? path === item.href : path.startsWith(item.href)) ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {languageLinks && (
          <nav className="container language-switch" aria-label={t.choice.languageSwitch}>
            <ul>
              {languageLinks.map((l) => (
                <li key={l.language}>
                  <a
                    data-sprakval={l.language}
                    href={l.href}
                    lang={l.language}
                    hrefLang={l.language}
                    aria-current={l.language === language ? 'true' : undefined}
                  >
                    {l.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
    </>
  );
}

/** The skip link and the header of every page: the site's name, the search, the main menu and, on the jobseeker's pages, the language switch. */
import { jobseekerLanguages, jobseekerTexts, localePath, type JobseekerLanguage } from '../../core/i18n/index.ts';

/** Where the language switch leads, for each jobseeker language. */
export type LanguageLinks = Record<JobseekerLanguage, string>;

/** A static page in every jobseeker language: `path` is its address without a language prefix. */
export const samePageIn = (path: string): LanguageLinks =>
  Object.fromEntries(jobseekerLanguages.map((l) => [l, localePath(l, path)])) as LanguageLinks;

interface Props {
  language: JobseekerLanguage;
  /** The page's address: the main menu marks the section it is in. */
  path: string;
  /** The same page in the other languages: adds the language switch. */
  languageLinks?: LanguageLinks;
}

export function SiteHeader({ language, path, languageLinks }: Props) {
  const t = jobseekerTexts(language);
  const nav = [
    { href: '/insatser/', label: t.nav.insatser },
    { href: '/region/', label: t.nav.regioner },
    { href: '/kommun/', label: t.nav.kommuner },
    { href: localePath(language, '/leverantorer/'), label: t.nav.leverantorer },
    { href: '/data/', label: t.nav.data },
  ];
  return (
    <>
      <a className="skip-link" href="#innehall">
        {t.site.skipLink}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <a className="site-name" href="/">
            {t.site.name}
          </a>
          <form className="header-search" role="search" action="/sok/" method="get">
            <label htmlFor="sidhuvud-sok">{t.site.searchLabel}</label>
            <input id="sidhuvud-sok" name="q" type="search" autoComplete="off" />
            <button type="submit">{t.site.searchButton}</button>
          </form>
        </div>
        <nav className="container main-nav" aria-label={t.site.mainNav}>
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={path.startsWith(item.href) ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {languageLinks && (
          <nav className="container language-switch" aria-label={t.choice.languageSwitch}>
            <ul>
              {jobseekerLanguages.map((l) => (
                <li key={l}>
                  <a data-sprakval={l} href={languageLinks[l]} lang={l} hrefLang={l} aria-current={l === language ? 'true' : undefined}>
                    {jobseekerTexts(l).choice.languageName}
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

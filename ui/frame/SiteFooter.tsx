/** The footer of every page: who runs the service, how to get help, and the pages about the site. */
import type { JobseekerLanguage } from '../../core/i18n/index.ts';
import type { JobseekerTexts } from '../../core/i18n/jobseeker-texts.ts';
import { contactPath } from '../../core/paths.ts';
import { LinkItems } from './LinkItems.tsx';
import { SwedishNames } from './SwedishNames.tsx';

export function SiteFooter({ language, t }: { language: JobseekerLanguage; t: JobseekerTexts }) {
  const links = [
    { href: contactPath, label: t.nav.kontakt },
    { href: '/tillganglighet/', label: t.nav.tillganglighet },
    { href: '/data/', label: t.nav.data },
    { href: '/statistik/', label: t.nav.statistik },
    { href: '/sok/', label: t.nav.sok },
  ];
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          <SwedishNames language={language} text={t.site.footerNote} />
        </p>
        {language !== 'sv' && <p>{t.site.footerInSwedish}</p>}
        <ul className="inline-list">
          <LinkItems links={links} hrefLang={language === 'sv' ? undefined : 'sv'} />
        </ul>
      </div>
    </footer>
  );
}

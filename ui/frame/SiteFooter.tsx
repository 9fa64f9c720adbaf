/** The footer of every page. */
import type { JobseekerTexts } from '../../core/i18n/jobseeker-texts.ts';
import { LinkItems } from './LinkItems.tsx';

export function SiteFooter({ t }: { t: JobseekerTexts }) {
  const links = [
    { href: '/tillganglighet/', label: t.nav.tillganglighet },
    { href: '/data/', label: t.nav.data },
    { href: '/statistik/', label: t.nav.statistik },
    { href: '/sok/', label: t.nav.sok },
  ];
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t.site.footerNote}</p>
        <ul className="inline-list">
          <LinkItems links={links} />
        </ul>
      </div>
    </footer>
  );
}

/** Where a page is, from the start page: shown when the page has a place below it. */
import type { JobseekerTexts } from '../../core/i18n/jobseeker-texts.ts';

export interface Crumb {
  href: string;
  label: string;
}

export function Breadcrumbs({ t, crumbs }: { t: JobseekerTexts; crumbs: readonly Crumb[] }) {
  if (crumbs.length === 0) return null;
  return (
    <nav className="container breadcrumbs" aria-label={t.site.breadcrumb}>
      <ol>
        <li>
          <a href="/">{t.nav.start}</a>
        </li>
        {crumbs.map((crumb) => (
          <li key={crumb.href}>
            <a href={crumb.href}>{crumb.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

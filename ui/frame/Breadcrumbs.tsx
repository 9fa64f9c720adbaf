/** Where a page is, from the start page: shown when the page has a place below it. */
import { jobseekerTexts, type JobseekerLanguage } from '../../core/i18n/index.ts';

export interface Crumb {
  href: string;
  label: string;
}

export function Breadcrumbs({ language, crumbs }: { language: JobseekerLanguage; crumbs: readonly Crumb[] }) {
  if (crumbs.length === 0) return null;
  const t = jobseekerTexts(language);
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

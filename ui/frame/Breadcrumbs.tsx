/** Where a page is, from the start page: shown when the page has a place below it. */
import { localePath, type JobseekerLanguage } from '../../core/i18n/index.ts';
import type { JobseekerTexts } from '../../core/i18n/jobseeker-texts.ts';
import { type Link, LinkItems } from './LinkItems.tsx';

export type Crumb = Link;

export function Breadcrumbs({ language, t, crumbs }: { language: JobseekerLanguage; t: JobseekerTexts; crumbs: readonly Crumb[] }) {
  if (crumbs.length === 0) return null;
  return (
    <nav className="container breadcrumbs" aria-label={t.site.breadcrumb}>
      <ol>
        <LinkItems links={[{ href: localePath(language, '/'), label: t.nav.start }, ...crumbs]} />
      </ol>
    </nav>
  );
}

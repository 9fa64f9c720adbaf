/** What a page that does not exist says: the site's 404 page, and a function asked for something it does not have. */
import { translations } from '../../core/i18n/index.ts';

export function NotFound() {
  const t = translations();
  return (
    <>
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.text}</p>
      <p>
        <a href="/">{t.nav.start}</a>
        {' · '}
        <a href="/insatser/">{t.nav.insatser}</a>
        {' · '}
        <a href="/sok/">{t.nav.sok}</a>
      </p>
    </>
  );
}

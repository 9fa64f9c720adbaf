/** The staff workspace's pages in the site's frame, and how its routes answer a person when something is wrong. */
import type { FieldError } from '../../core/contracts/problem.ts';
import { translations } from '../../core/i18n/index.ts';
import { staffPageRoutes } from '../../core/paths.ts';
import { LinkPage, LinkSentPage, RefusedPage, SignInPage } from '../../ui/staff/StaffPages.tsx';
import { signInLinkMinutes } from '../domain/sessions.ts';
import { html, problemOf, redirect, withProblems } from '../http/respond.ts';
import type { Handle, HttpRequest } from '../http/types.ts';
import { page, swedishFrame } from './frame.tsx';

const { staff: t, loi } = translations();

export const signInPage = ({ email, errors = [], signedOut }: { email?: string; errors?: FieldError[]; signedOut?: boolean } = {}) =>
  page(
    errors.length > 0 ? `${loi.errorTitlePrefix}${t.signIn.title}` : t.signIn.title,
    swedishFrame(staffPageRoutes.signIn),
    <SignInPage email={email} errors={errors} signedOut={signedOut} />,
  );

export const linkSentPage = () =>
  page(t.linkSent.title, swedishFrame(staffPageRoutes.signIn), <LinkSentPage minutes={signInLinkMinutes()} />);

export const linkPage = (token: string) => page(t.link.title, swedishFrame(staffPageRoutes.link), <LinkPage token={token} />);

/** A person reads the answer: to a page's address, or to a plain form (an API client sends JSON). */
const readByPerson = (request: HttpRequest) =>
  request.method === 'GET' || (request.headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');

/**
 * A staff route whose answers a person may read. What goes wrong is a page for a person, with the
 * way back to signing in; one who is not signed in is sent to sign in. An API client gets
 * problem+json, a 401 when not signed in.
 */
export function staffPageRoute(handle: Handle): Handle {
  return withProblems(async (request) => {
    try {
      return await handle(request);
    } catch (thrown) {
      const error = problemOf(thrown);
      if (!error || !readByPerson(request)) throw thrown;
      if (error.status === 401) return redirect(staffPageRoutes.signIn);
      const messages = error.errors.length > 0 ? error.errors.map((e) => e.message) : error.detail ? [error.detail] : [];
      // Retry-After and the like tell a person's browser as much as an API client.
      return html(
        error.status,
        page(error.title, swedishFrame(staffPageRoutes.signIn), <RefusedPage title={error.title} messages={messages} />),
        error.headers,
      );
    }
  });
}

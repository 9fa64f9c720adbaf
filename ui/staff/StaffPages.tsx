/**
 * The staff workspace's pages: sign in with the e-mail address, the page after asking for a link,
 * the page behind the mailed link (its button signs in), a link that cannot sign in, and the
 * signed-in person's start page. Rendered on request; plain forms, no JavaScript.
 */
import type { FieldError } from '../../core/contracts/problem.ts';
import { fill, translations } from '../../core/i18n/index.ts';
import { sessionApiRoutes, staffPageRoutes } from '../../core/paths.ts';
import { ErrorSummary, Field, fieldId } from '../loi/fields.tsx';

const t = translations().staff;

interface SignInProps {
  email?: string;
  errors?: FieldError[];
  /** Just signed out: said at the top. */
  signedOut?: boolean;
}

export function SignInPage({ email = '', errors = [], signedOut = false }: SignInProps) {
  const error = errors.find((e) => e.path === 'epost')?.message;
  return (
    <>
      {signedOut && (
        <p className="panel-success" role="status">
          {t.signIn.signedOut}
        </p>
      )}
      <ErrorSummary errors={errors} />
      <h1>{t.signIn.title}</h1>
      <p>{t.signIn.lead}</p>
      <form method="post" action={sessionApiRoutes.link} noValidate>
        <Field name="epost" label={t.signIn.email.label} hint={t.signIn.email.hint} error={error}>
          {(describedBy, invalid) => (
            <input
              id={fieldId('epost')}
              name="epost"
              type="email"
              autoComplete="email"
              spellCheck={false}
              defaultValue={email}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
            />
          )}
        </Field>
        <button type="submit">{t.signIn.button}</button>
      </form>
      <p>{t.signIn.noAccount}</p>
    </>
  );
}

export function LinkSentPage({ minutes }: { minutes: number }) {
  return (
    <>
      <h1>{t.linkSent.title}</h1>
      <p>{fill(t.linkSent.lead, { minutes })}</p>
      <p>{t.linkSent.nothing}</p>
      <p>
        <a href={staffPageRoutes.signIn}>{t.linkSent.again}</a>
      </p>
    </>
  );
}

/** Behind the mailed link: opening it uses nothing up, the button does. */
export function LinkPage({ token }: { token: string }) {
  return (
    <>
      <h1>{t.link.title}</h1>
      <p>{t.link.lead}</p>
      <form method="post" action={sessionApiRoutes.session}>
        <input type="hidden" name="token" value={token} />
        <button type="submit">{t.link.button}</button>
      </form>
    </>
  );
}

/** A page the staff asked for that cannot be shown: a used or expired link, a form from elsewhere. */
export function RefusedPage({ title, messages }: { title: string; messages: string[] }) {
  return (
    <>
      <h1>{title}</h1>
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
      <p>
        <a href={staffPageRoutes.signIn}>{t.refused.again}</a>
      </p>
    </>
  );
}

interface HomeProps {
  person: { email: string; name?: string; role: keyof typeof t.roles };
  organisationName: string;
  csrfToken: string;
}

export function HomePage({ person, organisationName, csrfToken }: HomeProps) {
  const h = t.home;
  return (
    <>
      <h1>{h.title}</h1>
      <section aria-labelledby="inloggad">
        <h2 id="inloggad">{h.signedInAs}</h2>
        <dl className="facts">
          {person.name && (
            <>
              <dt>{h.name}</dt>
              <dd>{person.name}</dd>
            </>
          )}
          <dt>{h.email}</dt>
          <dd>{person.email}</dd>
          <dt>{h.organisation}</dt>
          <dd>{organisationName}</dd>
          <dt>{h.role}</dt>
          <dd>{t.roles[person.role]}</dd>
        </dl>
      </section>
      <form method="post" action={sessionApiRoutes.signOut}>
        <input type="hidden" name="csrf" value={csrfToken} />
        <button type="submit" className="button secondary">
          {h.signOut}
        </button>
      </form>
    </>
  );
}

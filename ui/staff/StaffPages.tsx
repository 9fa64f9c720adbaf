/**
 * The staff workspace's sign-in pages: sign in with the e-mail address, the page after asking for
 * a link, the page behind the mailed link (its button signs in), and a link that cannot sign in.
 * Rendered on request; plain forms, no JavaScript.
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

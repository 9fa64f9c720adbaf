/**
 * POST /api/session/link: a sign-in link for an e-mail address, from the sign-in form or as JSON
 * ({ "epost": … }). The same answer whether or not the address has an account.
 */
import { formToObject } from '../../core/contracts/form.ts';
import { fieldErrors } from '../../core/contracts/problem.ts';
import { fill, translations } from '../../core/i18n/index.ts';
import { requestSignInLink, signInLinkMinutes, signInRequest } from '../domain/sessions.ts';
import { readBody } from '../http/body.ts';
import { onLambda } from '../http/lambda.ts';
import { html, HttpProblem, json } from '../http/respond.ts';
import { signInsLimited, withinMailBudget } from '../http/rate-limit.ts';
import { requireSameSite } from '../http/session.ts';
import { linkSentPage, signInPage, staffPageRoute } from '../pages/staff-pages.tsx';

export const handle = signInsLimited(
  staffPageRoute(async (request) => {
    requireSameSite(request);
    const body = readBody(request);
    const parsed = signInRequest.safeParse(body.kind === 'form' ? formToObject(body.params, {}) : body.value);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      if (body.kind === 'form') return html(422, signInPage({ email: body.params.get('epost') ?? '', errors }));
      throw new HttpProblem(422, 'E-postadressen har fel', errors);
    }
    // Counted whether or not the address has an account, so the answer tells nothing.
    await withinMailBudget(parsed.data.epost);
    await requestSignInLink(parsed.data.epost);
    return body.kind === 'form'
      ? html(200, linkSentPage())
      : json(202, { message: fill(translations().staff.linkSent.lead, { minutes: signInLinkMinutes() }) });
  }),
);

export const handler = onLambda(handle);

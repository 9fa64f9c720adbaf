/** POST /api/needs/{id}/confirm: confirms the e-mail address and routes the signal. The plain form is sent back to the confirm page. */
import { onLambda } from '../http/lambda.ts';
import { tokenAction } from '../http/token-action.ts';
import { checksLimited, linkInPath } from '../http/rate-limit.ts';
import { confirmNeeds } from '../domain/signals.ts';
import { needsConfirmPath } from '../domain/signal-mail.ts';

export const handle = checksLimited(
  linkInPath,
  tokenAction({
    act: confirmNeeds,
    view: ({ id, reference, status, recipients }) => ({
      id,
      reference,
      status,
      recipients: recipients.map(({ organisation, roll }) => ({ organisation, roll })),
    }),
    page: needsConfirmPath,
    done: 'bekraftad',
  }),
);

export const handler = onLambda(handle);

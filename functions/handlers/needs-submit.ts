/** POST /api/needs: a new needs signal, as JSON (with Idempotency-Key) or from the plain form. */
import { needsSchema } from '../../core/contracts/signals.ts';
import { needsForm } from '../../core/contracts/form-options.ts';
import { onLambda } from '../http/lambda.ts';
import { submissionPost } from '../http/submission.ts';
import { submissionsLimited } from '../http/rate-limit.ts';
import { submitNeeds } from '../domain/signals.ts';
import { needsSentPath } from '../../core/paths.ts';
import { needsFormPage } from '../pages/signals.tsx';
import { publishedCatalogue } from '../catalogue/index.ts';

export const handle = submissionsLimited(
  submissionPost({
    schema: needsSchema,
    form: needsForm,
    named: { indefinite: 'behovssignal', definite: 'Behovssignalen' },
    submit: submitNeeds,
    sentPath: () => needsSentPath,
    formPage: async (posted, errors) => needsFormPage(posted, errors, (await publishedCatalogue()).yrken),
  }),
);

export const handler = onLambda(handle);

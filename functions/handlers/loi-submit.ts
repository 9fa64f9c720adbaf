/** POST /api/loi: a new Letter of Intent, as JSON (with Idempotency-Key) or from the plain form. */
import { onLambda } from '../http/lambda.ts';
import { submissionPost } from '../http/submission.ts';
import { submissionsLimited } from '../http/rate-limit.ts';
import { submitLoi } from '../domain/loi.ts';
import { submittedPath } from '../../core/paths.ts';
import { loiSchema } from '../../core/contracts/loi.ts';
import { loiForm } from '../../core/contracts/form-options.ts';
import { loiFormPage } from '../pages/loi-form.tsx';
import { publishedCatalogue } from '../catalogue/index.ts';

export const handle = submissionsLimited(
  submissionPost({
    schema: loiSchema,
    form: loiForm,
    named: { indefinite: 'avsiktsförklaring', definite: 'Avsiktsförklaringen' },
    submit: submitLoi,
    sentPath: ({ id }) => submittedPath(id),
    location: ({ id }) => `/api/loi/${id}`,
    // With the choice of supplier, where the workplace's region lets the employer choose, and suggestions for an occupation not found.
    formPage: async (posted, errors) => {
      const { tilldelning, yrken } = await publishedCatalogue();
      return loiFormPage(posted, errors, tilldelning, yrken);
    },
  }),
);

export const handler = onLambda(handle);

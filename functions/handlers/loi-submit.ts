/** POST /api/loi: a new Letter of Intent, as JSON (with Idempotency-Key) or from the plain form. */
import { onLambda } from '../http/lambda.ts';
import { json } from '../http/respond.ts';
import { submissionPost } from '../http/submission.ts';
import { submitLoi } from '../domain/loi.ts';
import { submittedPath } from '../../core/paths.ts';
import { loiForm, loiSchema } from '../../core/contracts/loi.ts';
import { loiFormPage } from '../pages/loi-form.tsx';

export const handle = submissionPost({
  schema: loiSchema,
  form: loiForm,
  occupationsAt: ['behov', 'yrken'],
  named: { indefinite: 'avsiktsförklaring', definite: 'Avsiktsförklaringen' },
  submit: submitLoi,
  created: ({ id, reference, status }) =>
    json(201, { id, reference, status, links: { submitted: submittedPath(id) } }, { Location: `/api/loi/${id}` }),
  sentPath: ({ id }) => submittedPath(id),
  formPage: loiFormPage,
});

export const handler = onLambda(handle);

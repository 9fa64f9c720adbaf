/** POST /api/complaints: a participant's complaint about a supplier, as JSON (with Idempotency-Key) or from the plain form. */
import { complaintSchema } from '../../core/contracts/complaint.ts';
import { complaintPaths } from '../../core/paths.ts';
import { onLambda } from '../http/lambda.ts';
import { submissionPost } from '../http/submission.ts';
import { submissionsLimited } from '../http/rate-limit.ts';
import { submitComplaint } from '../domain/complaints.ts';
import { complaintFormPage } from '../pages/signals.tsx';

export const handle = submissionsLimited(
  submissionPost({
    schema: complaintSchema,
    form: {},
    named: { indefinite: 'synpunkt', definite: 'Synpunkten' },
    submit: submitComplaint,
    sentPath: () => complaintPaths.sent,
    formPage: complaintFormPage,
  }),
);

export const handler = onLambda(handle);

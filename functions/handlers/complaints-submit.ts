/**
 * POST /api/complaints: a participant's complaint about a supplier, as JSON (with Idempotency-Key)
 * or from the plain form. The form's language comes in the query (complaintAction): the form shown
 * again with its errors, and the receipt it goes on to, are in it; a JSON client's problem stays
 * in Swedish, as the schema words it.
 */
import { complaintLanguage, complaintSchema } from '../../core/contracts/complaint.ts';
import { complaintForm } from '../../core/contracts/form-options.ts';
import { jobseekerLanguages, localePath, type JobseekerLanguage } from '../../core/i18n/index.ts';
import { complaintPaths } from '../../core/paths.ts';
import { onLambda } from '../http/lambda.ts';
import { submissionPost } from '../http/submission.ts';
import { submissionsLimited } from '../http/rate-limit.ts';
import type { Handle } from '../http/types.ts';
import { submitComplaint } from '../domain/complaints.ts';
import { complaintFormPage } from '../pages/signals.tsx';

const postIn = (language: JobseekerLanguage): Handle =>
  submissionPost({
    schema: complaintSchema,
    form: complaintForm,
    named: { indefinite: 'synpunkt', definite: 'Synpunkten' },
    submit: submitComplaint,
    sentPath: () => localePath(language, complaintPaths.sent),
    formPage: (posted, errors) => complaintFormPage(posted, errors, language),
  });

const posts = Object.fromEntries(jobseekerLanguages.map((language) => [language, postIn(language)])) as Record<JobseekerLanguage, Handle>;

export const handle = submissionsLimited((request) => posts[complaintLanguage(request.query)](request));

export const handler = onLambda(handle);

/** What a request submits: the JSON body, or the plain form's fields as the object its contract reads. */
import { formToObject, type FormShape } from '../../core/contracts/form.ts';
import type { Body } from './body.ts';

export const submittedInput = (body: Body, form: FormShape): unknown =>
  body.kind === 'form' ? formToObject(body.params, form) : body.value;

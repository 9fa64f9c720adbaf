/**
 * What can go wrong in the domain, in its own words: each error has a Swedish title and the
 * fields it concerns. The HTTP layer alone turns them into status codes (functions/http/respond.ts).
 */
import type { FieldError } from '../../core/contracts/problem.ts';

export type DomainErrorKind = 'not-found' | 'conflict' | 'forbidden' | 'invalid' | 'unauthorized';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;

  constructor(
    readonly title: string,
    readonly errors: FieldError[],
  ) {
    super(title);
    this.name = new.target.name;
  }
}

/** What was asked for does not exist, or the link to it is wrong. */
export class NotFound extends DomainError {
  readonly kind = 'not-found';
}

/** The request does not fit the state it meets, e.g. withdrawing a closed LOI. */
export class Conflict extends DomainError {
  readonly kind = 'conflict';
}

/** The one asking is known but may not do this, e.g. report a gap outside the key's regions. */
export class Forbidden extends DomainError {
  readonly kind = 'forbidden';
}

/** The submission breaks a rule its contract cannot check alone, e.g. an intervention not in the catalogue. */
export class Invalid extends DomainError {
  readonly kind = 'invalid';
}

/** No valid credential: `realm` names who must prove who they are (a supplier's key). */
export class Unauthorized extends DomainError {
  readonly kind = 'unauthorized';

  constructor(
    title: string,
    errors: FieldError[],
    readonly realm: string,
  ) {
    super(title, errors);
  }
}

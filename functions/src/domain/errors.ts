/**
 * Domain errors. Routes and stores throw these; `app.onError` translates each one
 * to problem+json exactly once, so no handler formats an error response itself.
 */

/** A message shown to users in both languages the portal speaks. */
export type Bilingual = { fr: string; en: string };

/** One invalid field, addressed by its JSON path (e.g. `budget.lines.2.amountCents`). */
export type FieldError = { path: string; message: Bilingual };

abstract class DomainError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429;
  constructor(
    readonly detail: Bilingual,
    options?: ErrorOptions,
  ) {
    super(detail.en, options);
  }
}

export class ValidationError extends DomainError {
  override name = 'ValidationError';
  readonly status = 400;
  constructor(
    readonly errors: FieldError[],
    detail: Bilingual = { fr: 'Certaines informations sont invalides.', en: 'Some fields are invalid.' },
  ) {
    super(detail);
  }
}

export class UnauthorizedError extends DomainError {
  override name = 'UnauthorizedError';
  readonly status = 401;
}

export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  readonly status = 403;
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  readonly status = 404;
}

/** A write lost a race or broke a guard; `currentVersion` lets the client reload and retry. */
export class ConflictError extends DomainError {
  override name = 'ConflictError';
  readonly status = 409;
  constructor(
    detail: Bilingual,
    readonly currentVersion?: number,
    options?: ErrorOptions,
  ) {
    super(detail, options);
  }
}

export class PayloadTooLargeError extends DomainError {
  override name = 'PayloadTooLargeError';
  readonly status = 413;
}

export class UnsupportedMediaTypeError extends DomainError {
  override name = 'UnsupportedMediaTypeError';
  readonly status = 415;
}

export class TooManyRequestsError extends DomainError {
  override name = 'TooManyRequestsError';
  readonly status = 429;
  constructor(
    detail: Bilingual,
    readonly retryAfterSeconds: number,
  ) {
    super(detail);
  }
}

export { DomainError };

/** The application's current state does not allow this event for this actor. */
export class InvalidTransitionError extends ConflictError {
  override name = 'InvalidTransitionError';
}

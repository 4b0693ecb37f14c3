/**
 * Domain errors. Routes and stores throw these; `app.onError` translates each one
 * to problem+json exactly once, so no handler formats an error response itself.
 */

/** A message shown to users in both languages the portal speaks. */
export type Bilingual = { fr: string; en: string };

/** One invalid field, addressed by its JSON path (e.g. `budget.lines.2.amountCents`). */
export type FieldError = { path: string; message: Bilingual };

abstract class DomainError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503;
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

/**
 * A service the API depends on (the table, the bucket, the mail relay) is throttling,
 * timing out or failing on its side. Nothing half-written is left behind: the write
 * that failed did not happen. The client is told when to try again.
 */
export class ServiceUnavailableError extends DomainError {
  override name = 'ServiceUnavailableError';
  readonly status = 503;
  constructor(
    options?: ErrorOptions,
    readonly retryAfterSeconds = 5,
  ) {
    super(
      {
        fr: 'Le service est momentanément surchargé, réessayez dans quelques secondes.',
        en: 'The service is busy right now, please try again in a few seconds.',
      },
      options,
    );
  }
}

export { DomainError };

/** The application's current state does not allow this event for this actor. */
export class InvalidTransitionError extends ConflictError {
  override name = 'InvalidTransitionError';
}

/**
 * Another request was changing the same items at the same instant, and still was
 * after the store's retries. Nothing was written, so the user can simply try again.
 */
export class TransactionConflictError extends DomainError {
  override name = 'TransactionConflictError';
  readonly status = 409;
  constructor(options?: ErrorOptions) {
    super(
      {
        fr: 'Une autre modification de ces données était en cours au même instant : rien n’a été enregistré. Réessayez.',
        en: 'Another change to this data was being saved at the same moment: nothing was saved. Please try again.',
      },
      options,
    );
  }
}

/**
 * The yearly reference counter moved between the read and the write (another
 * submission took the number): read it again and retry. Never reaches a client.
 */
export class SequenceTakenError extends Error {
  override name = 'SequenceTakenError';
}

/** An approval would take the programme's envelope below zero; the service words the refusal. */
export class EnvelopeExceededError extends Error {
  override name = 'EnvelopeExceededError';
  constructor(readonly remainingCents: number) {
    super(`envelope has ${remainingCents} cents left`);
  }
}

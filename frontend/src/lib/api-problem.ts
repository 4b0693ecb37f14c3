/**
 * Splits a refused staff request into what belongs next to a field (the API's
 * field errors, by path) and what belongs above the form (its detail, or the
 * page's own wording when the network or a proxy failed).
 */
import type { Locale } from '../i18n';
import { ApiError } from './api';
import { problemMessage } from './problem-message';

export interface SplitProblem {
  /** Field messages by API path (`body.reason`, `body.scores.impact`…), in the reader's language. */
  fields: Record<string, string>;
  /** The message for the whole form, when no field explains the refusal. */
  form: string | undefined;
}

export function splitProblem(error: unknown, locale: Locale, fallback: string): SplitProblem {
  const fields: Record<string, string> = {};
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
    for (const problem of error.errors) fields[problem.path] = problem.message[locale];
  }
  return { fields, form: Object.keys(fields).length > 0 ? undefined : problemMessage(error, locale, fallback) };
}

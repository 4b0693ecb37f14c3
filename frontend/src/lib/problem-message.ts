/**
 * Turns a failed API call into a sentence for the reader. The API speaks both
 * languages (`detailI18n`, field messages); this picks the reader's, and falls
 * back on the page's own wording when the answer carries none (network down, 5xx
 * from a proxy).
 */
import type { Locale } from '../i18n';
import { ApiError } from './api';

/** The API's message for `path` (e.g. `body.code`), else its detail, else `fallback`. */
export function problemMessage(error: unknown, locale: Locale, fallback: string, path?: string): string {
  if (!(error instanceof ApiError) || error.status === 0 || error.status >= 500) return fallback;
  const field = path ? error.errors.find((problem) => problem.path === path) : undefined;
  return field?.message[locale] ?? error.detailI18n?.[locale] ?? fallback;
}

/** Seconds to wait when the API said "too many requests", else undefined. */
export function retryAfter(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || error.status !== 429) return undefined;
  return error.retryAfterSeconds ?? 30;
}

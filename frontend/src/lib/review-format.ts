/**
 * Small wording helpers the review pages share: plurals by the language's own
 * rules (French says "0 demande", English "0 applications"), scores on 100 and
 * amounts written back into an input the way people type them.
 */
import type { ApplicationStatus } from '../../../functions/src/domain/lifecycle';
import { formatAmountForInput, formatNumber, localeTag } from '../../../functions/src/domain/format';
import type { Locale } from '../i18n';

/** The statuses in which reviewers can be assigned and reviews written (the API answers 409 otherwise). */
export const REVIEWABLE_STATUSES: readonly ApplicationStatus[] = ['submitted', 'in_review'];

/** Picks the singular or plural message for `count` by the locale's plural rules. */
export function plural<K extends string>(locale: Locale, count: number, one: K, other: K): K {
  return new Intl.PluralRules(localeTag(locale)).select(count) === 'one' ? one : other;
}

/** "72,5" in French, "72.5" in English: a score on 100 with at most one decimal. */
export function formatScore(score: number, locale: Locale): string {
  return formatNumber(Math.round(score * 10) / 10, locale);
}

/** Cents as an editable amount ("12 000" or "12 000,50"), which `parseEuros` reads back to the same cents. */
export const amountForInput = formatAmountForInput;

/**
 * Small wording helpers the review pages share: plurals by the language's own
 * rules (French says "0 demande", English "0 applications"), scores on 100 and
 * amounts written back into an input the way people type them.
 */
import type { ApplicationStatus } from '../../../functions/src/domain/lifecycle';
import type { Locale } from '../i18n';
import { formatCount } from './format';

const TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The statuses in which reviewers can be assigned and reviews written (the API answers 409 otherwise). */
export const REVIEWABLE_STATUSES: readonly ApplicationStatus[] = ['submitted', 'in_review'];

/** Picks the singular or plural message for `count` by the locale's plural rules. */
export function plural<K extends string>(locale: Locale, count: number, one: K, other: K): K {
  return new Intl.PluralRules(TAGS[locale]).select(count) === 'one' ? one : other;
}

/** "72,5" in French, "72.5" in English: a score on 100 with at most one decimal. */
export function formatScore(score: number, locale: Locale): string {
  return formatCount(Math.round(score * 10) / 10, locale);
}

/** Cents as an editable amount ("12 000" or "12 000,50"), which `parseEuros` reads back to the same cents. */
export function amountForInput(cents: number, locale: Locale): string {
  const fractionDigits = cents % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(TAGS[locale], { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(cents / 100);
}

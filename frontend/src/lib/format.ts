/**
 * Locale-aware formatting. Amounts travel as integer euro cents and instants as
 * ISO 8601 strings; this is the one place that turns them into text, so every
 * page shows them the same way.
 */
import type { Locale } from '../i18n';

const TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The service's legal time zone: a deadline is read as Paris time wherever the applicant is. */
export const SERVICE_TIME_ZONE = 'Europe/Paris';

/** Euros from cents; whole amounts drop the ",00" that clutters grant ranges. */
export function formatMoney(cents: number, locale: Locale): string {
  const fractionDigits = cents % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(TAGS[locale], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(cents / 100);
}

/** A long date ("1 novembre 2026") in Paris time, so a midnight deadline never shows the day before. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'long', timeZone: SERVICE_TIME_ZONE }).format(
    new Date(iso),
  );
}

/** A whole percent with the locale's spacing ("50 %" in French, "50%" in English). */
export function formatPercent(percent: number, locale: Locale): string {
  return new Intl.NumberFormat(TAGS[locale], { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** A plain integer with the locale's digit grouping, for counts shown in text. */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(TAGS[locale]).format(value);
}

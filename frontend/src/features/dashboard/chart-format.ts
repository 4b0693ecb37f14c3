/**
 * Labels of the dashboard charts. Axis amounts are compact ("150 k€") because a
 * gridline label must fit beside the plot on a phone; the data tables keep the
 * exact figures. Decision days arrive as Paris calendar days ("2026-11-05"), so
 * they are formatted as such, with no second time-zone conversion.
 */
import type { Locale } from '../../i18n';

const TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** "150 k€" / "€150K": an axis amount from cents. */
export function formatAxisMoney(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(TAGS[locale], {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(cents / 100);
}

function dayFormat(day: string, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(TAGS[locale], { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** "5 nov." / "5 Nov": a tick under the time axis. */
export function formatShortDay(day: string, locale: Locale): string {
  return dayFormat(day, locale, { day: 'numeric', month: 'short' });
}

/** "5 novembre 2026": a day in a data table or a chart description. */
export function formatLongDay(day: string, locale: Locale): string {
  return dayFormat(day, locale, { dateStyle: 'long' });
}

/** "82,5" / "82.5": a weighted score on 100, one decimal at most. */
export function formatScore(score: number, locale: Locale): string {
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: 1 }).format(score);
}

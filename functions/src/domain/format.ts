/**
 * Text for people: amounts, dates, times and file sizes in French or English,
 * always read in Paris time. The API's emails and the SPA's pages both format
 * through this module, so an amount or a deadline reads the same everywhere.
 *
 * Dates and times are as the service means them: in Europe/Paris. Reading a typed
 * Paris date and time as an instant (the programme builder's need) is in
 * ./paris-time, so the pages that only show dates do not load it.
 *
 * Pure module (no DOM, no AWS): the time-zone rules come from the platform's Intl data.
 */
import { timeLeft } from './program-window';
import type { Locale } from './user';

const TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The BCP 47 tag Intl formats a locale with: `fr` → `fr-FR`, `en` → `en-GB` (day before month, 24-hour clock). */
export function localeTag(locale: Locale): string {
  return TAGS[locale];
}

/** The service's legal time zone: a deadline is read as Paris time wherever the reader is. */
export const PARIS_TIME_ZONE = 'Europe/Paris';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: Locale, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `n:${locale}:${key}`;
  let format = cache.get(id) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(TAGS[locale], options);
    cache.set(id, format);
  }
  return format;
}

function dateFormat(locale: Locale, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `d:${locale}:${key}`;
  let format = cache.get(id) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(TAGS[locale], options);
    cache.set(id, format);
  }
  return format;
}

/**
 * Euros from integer cents ("12 000 €", "12 000,50 €" / "€12,000", "€12,000.50"):
 * whole amounts drop the ",00" that clutters grant ranges. A float here is a bug
 * upstream, so it throws rather than show a wrong sum.
 */
export function formatEuros(cents: number, locale: Locale = 'fr'): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`cents must be an integer number of cents, got ${cents}`);
  const digits = cents % 100 === 0 ? 0 : 2;
  return numberFormat(locale, `eur${digits}`, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(cents / 100);
}

/** "150 k€" / "€150K": a compact amount from cents, for chart axes where exact figures do not fit. */
export function formatCompactEuros(cents: number, locale: Locale): string {
  return numberFormat(locale, 'eur-compact', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 }).format(
    cents / 100,
  );
}

/** Cents as an editable amount without the currency ("12 000" or "12 000,50"), which `parseEuros` reads back. */
export function formatAmountForInput(cents: number, locale: Locale): string {
  const digits = cents % 100 === 0 ? 0 : 2;
  return numberFormat(locale, `amount${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(cents / 100);
}

/** A whole percent with the locale's spacing ("50 %" in French, "50%" in English). */
export function formatPercent(percent: number, locale: Locale): string {
  return numberFormat(locale, 'percent', { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** A number with the locale's digit grouping and at most `maxDecimals` decimals ("72,5" / "72.5"). */
export function formatNumber(value: number, locale: Locale, maxDecimals = 3): string {
  return numberFormat(locale, `number${maxDecimals}`, { maximumFractionDigits: maxDecimals }).format(value);
}

/** A long date in Paris ("1 novembre 2026" / "1 November 2026"), so a midnight deadline never shows the day before. */
export function formatParisDate(iso: string | Date, locale: Locale): string {
  return dateFormat(locale, 'date', { dateStyle: 'long', timeZone: PARIS_TIME_ZONE }).format(new Date(iso));
}

/** A long date and minute in Paris ("28 novembre 2026 à 13:54" / "28 November 2026 at 13:54"), for timelines and messages. */
export function formatParisDateTime(iso: string | Date, locale: Locale): string {
  return dateFormat(locale, 'datetime', { dateStyle: 'long', timeStyle: 'short', timeZone: PARIS_TIME_ZONE }).format(new Date(iso));
}

/** The hour and minute in Paris ("13:54"), for "saved at" and "updated at" lines. */
export function formatParisTime(at: string | Date, locale: Locale): string {
  return dateFormat(locale, 'time', { timeStyle: 'short', timeZone: PARIS_TIME_ZONE }).format(new Date(at));
}

/**
 * A calendar day that is already a Paris day (`YYYY-MM-DD`, as reports send it),
 * formatted without a second time-zone conversion: `long` is "5 novembre 2026",
 * `short` is "5 nov." / "5 Nov".
 */
export function formatCalendarDay(day: string, locale: Locale, style: 'long' | 'short' = 'long'): string {
  const options: Intl.DateTimeFormatOptions = style === 'long' ? { dateStyle: 'long' } : { day: 'numeric', month: 'short' };
  return dateFormat(locale, `day-${style}`, { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * A file size in the unit that suits it ("512 octets", "1,5 Mo" / "1.5 MB"),
 * counted as Windows does (1 Mo = 1 048 576 octets) and rounded down to one
 * decimal so a stated limit never overstates what is allowed.
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  const units = locale === 'fr' ? (['octets', 'Ko', 'Mo', 'Go'] as const) : (['bytes', 'KB', 'MB', 'GB'] as const);
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = numberFormat(locale, 'size', { maximumFractionDigits: 1, useGrouping: false });
  return `${number.format(Math.floor(value * 10) / 10)} ${units[unit] ?? ''}`;
}

/** Always in megabytes, with a no-break space ("0,5 Mo", "10 MB"): how the application form states upload limits. */
export function formatMegabytes(bytes: number, locale: Locale): string {
  const value = Math.floor((bytes / (1024 * 1024)) * 10) / 10;
  return `${numberFormat(locale, 'mb', { maximumFractionDigits: 1 }).format(value)}\u00a0${locale === 'fr' ? 'Mo' : 'MB'}`;
}

/**
 * The minute a deadline falls on, as each language writes a time: "23 h 59" (French
 * typography) / "23:59". Paris time.
 */
export function formatDeadlineTime(closesAt: string | Date, locale: Locale): string {
  const parts = dateFormat(locale, 'hm', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: PARIS_TIME_ZONE }).formatToParts(
    new Date(closesAt),
  );
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '00';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return locale === 'fr' ? `${Number(hour)} h ${minute}` : `${hour}:${minute}`;
}

/**
 * A deadline with its day, minute and time zone, as every page and email states it:
 * "8 mars 2027 à 23 h 59, heure de Paris" / "8 March 2027 at 23:59 Paris time".
 * The minute shown is included (domain/program-window.ts).
 */
export function formatDeadline(closesAt: string | Date, locale: Locale): string {
  const day = formatParisDate(closesAt, locale);
  const time = formatDeadlineTime(closesAt, locale);
  return locale === 'fr' ? `${day} à ${time}, heure de Paris` : `${day} at ${time} Paris time`;
}

/**
 * How long is left before a deadline, in the last 7 days only ("Plus que 3 jours",
 * "Dernier jour : clôture à 23 h 59"); null when it is further off.
 */
export function formatTimeLeft(closesAt: string, now: Date, locale: Locale): string | null {
  const left = timeLeft(closesAt, now);
  const time = formatDeadlineTime(closesAt, locale);
  const fr = locale === 'fr';
  switch (left.kind) {
    case 'far':
      return null;
    case 'passed':
      return fr ? 'Date limite passée' : 'Deadline passed';
    case 'lastDay':
      return fr ? `Dernier jour : clôture à ${time}` : `Last day: closes at ${time}`;
    case 'days':
      if (left.days === 1) return fr ? `Plus qu’un jour : clôture demain à ${time}` : `One day left: closes tomorrow at ${time}`;
      return fr ? `Plus que ${left.days} jours` : `${left.days} days left`;
  }
}

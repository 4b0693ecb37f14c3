/**
 * Calendar dates as the authority counts them: `YYYY-MM-DD` strings, today's date
 * in Europe/Paris, and whole months as French law counts them. Pure module, shared
 * by the API and the SPA.
 */

const PARIS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in Europe/Paris as `YYYY-MM-DD`: the authority's calendar decides
 * ages and deadlines, not the server's UTC clock nor the visitor's time zone.
 */
export function parisToday(now: Date): string {
  const parts = PARIS_DATE.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Whole calendar months from `from` to `to` (`YYYY-MM-DD`, `from` not after `to`).
 * A month is complete on the same day number, or on the last day of a shorter
 * month, as French law counts months (code de procédure civile, art. 641): from
 * 31 January, one month is reached on 28 (or 29) February; from 29 February 2024,
 * twelve months are reached on 28 February 2025.
 */
export function wholeMonthsBetween(from: string, to: string): number {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  const months = (end.year - start.year) * 12 + (end.month - start.month);
  const anniversaryDay = Math.min(start.day, daysInMonth(end.year, end.month));
  return end.day < anniversaryDay ? months - 1 : months;
}

export type IsoDate = { year: number; month: number; day: number };

export function parseIsoDate(value: string): IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Expected a YYYY-MM-DD date, got "${value}"`);
  }
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `date` plus `count` months, landing on the last day of a shorter month (art. 641 again). */
export function addMonths(date: string, count: number): string {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + count;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${pad(targetMonth)}-${pad(targetDay)}`;
}

export function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Paris wall clock ↔ UTC: what a date and time typed in Paris mean as an instant,
 * and back. A manager types "1 novembre 2026, 00:00" thinking of Paris; the API
 * stores an ISO 8601 instant whose offset is +01:00 in winter and +02:00 in summer,
 * so the offset must be the one Paris uses on that very date, not the browser's
 * nor today's.
 *
 * Apart from ./format because only the programme builder needs it: a bundler keeps
 * one module in one chunk, so living in format.ts put it on every page.
 *
 * Pure module (no DOM, no AWS): the time-zone rules come from the platform's Intl data.
 */
import { PARIS_TIME_ZONE } from './format';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Paris's wall clock, built on first use. */
let wallClockFormat: Intl.DateTimeFormat | undefined;

type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClock(ms: number): Wall {
  wallClockFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: PARIS_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const parts = wallClockFormat.formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** Minutes Paris is ahead of UTC at instant `ms` (60 in winter, 120 in summer). */
function offsetAt(ms: number): number {
  const w = wallClock(ms);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MINUTE);
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * What a typed date and time mean: an instant, or why there is none. `skipped`
 * is the hour that does not exist in Paris when clocks go forward (e.g. 02:30 on
 * the last Sunday of March).
 */
export type ParisInstant = { ok: true; iso: string } | { ok: false; reason: 'invalid' | 'skipped' };

/**
 * `YYYY-MM-DD` and `HH:MM` (or `HH:MM:SS`) read in Paris, as an ISO 8601 instant
 * with Paris's offset on that date. A time that occurs twice when clocks go back
 * is read as its first occurrence (still summer time), as a person would mean it.
 */
export function parisLocalToIso(date: string, time: string): ParisInstant {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!d || !t) return { ok: false, reason: 'invalid' };
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute, second] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(local);
  if (year < 1000 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: 'invalid' };
  }
  // Paris's offset around that day; whichever of them maps back onto the typed time is the right one.
  const candidates = [...new Set([offsetAt(local - DAY), offsetAt(local + DAY)])];
  const fitting = candidates.filter((offset) => offsetAt(local - offset * MINUTE) === offset);
  if (fitting.length === 0) return { ok: false, reason: 'skipped' };
  const offset = Math.max(...fitting);
  return { ok: true, iso: `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${formatOffset(offset)}` };
}

/** A date and a time as typed in date and time inputs. */
export interface ParisLocal {
  date: string;
  time: string;
}

/**
 * An instant as Paris reads it, for date and time inputs. Seconds appear only
 * when there are some, so "23:59:59" survives an edit that did not touch it.
 */
export function isoToParisLocal(iso: string): ParisLocal {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return { date: '', time: '' };
  const w = wallClock(ms);
  const seconds = w.second === 0 ? '' : `:${pad(w.second)}`;
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}${seconds}` };
}

/**
 * `YYYY-MM-DD` moved by whole calendar months (negative goes back), landing on the
 * last day of a shorter month: 31 January plus one month is 28 or 29 February.
 */
export function addCalendarMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * When a programme accepts applications. Kept apart from the programme schemas so
 * the SPA's first pages can ask it without downloading zod.
 *
 * The one rule, used by the API (draft creation, upload declaration, submission), the
 * daily jobs and the pages: a deadline shown as "8 mars 2027 à 23 h 59" is inclusive,
 * so submissions are accepted until the end of that minute (23:59:59.999). A draft
 * that existed before then may still upload and submit within a short grace
 * (SUBMISSION_GRACE_MINUTES): a request sent at 23:59 that lands at 00:01 is not lost.
 */
import { parisToday } from './calendar';

export type ProgramWindow = { status: 'draft' | 'published' | 'closed'; opensAt: string; closesAt: string };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** How many days before the deadline the pages start saying how long is left. */
export const TIME_LEFT_DAYS = 7;

/** The first instant the deadline has passed (ms): the end of the minute `closesAt` falls in. */
export function closingEnd(closesAt: string): number {
  return Math.floor(Date.parse(closesAt) / MINUTE) * MINUTE + MINUTE;
}

/**
 * Whether the programme accepts a submission (or an upload) at `now`: published,
 * opened, and `now` before the end of the deadline's minute plus `graceMs`.
 */
export function acceptsSubmissionsAt(program: ProgramWindow, now: Date, graceMs = 0): boolean {
  const t = now.getTime();
  return program.status === 'published' && Date.parse(program.opensAt) <= t && t < closingEnd(program.closesAt) + Math.max(0, graceMs);
}

/**
 * Whether an application is held to its call's window. A file the authority reopened for
 * changes (`changes_requested`, usually after the call closed) is part of the instruction,
 * not a new application: its holder may upload and resubmit whatever the date.
 */
export function heldToCallWindow(status: string): boolean {
  return status !== 'changes_requested';
}

/** A programme accepts applications (new drafts, no grace) when published and `now` is inside [opensAt, end of the deadline's minute). */
export function isOpen(program: ProgramWindow, now: Date): boolean {
  return acceptsSubmissionsAt(program, now, 0);
}

/**
 * The grace a draft gets: the configured one if the draft existed before the deadline
 * passed, none otherwise. Used with `acceptsSubmissionsAt` by submit and upload.
 */
export function draftGraceMs(program: Pick<ProgramWindow, 'closesAt'>, draftCreatedAt: string, graceMs: number): number {
  return Date.parse(draftCreatedAt) < closingEnd(program.closesAt) ? graceMs : 0;
}

/**
 * How long is left, as the pages say it: nothing when more than 7 days remain
 * (`far`), whole Paris calendar days until the deadline's day (`days`, 1 to 7),
 * the deadline's own day (`lastDay`, with the minutes left), or `passed`.
 */
export type TimeLeft = { kind: 'far' } | { kind: 'days'; days: number } | { kind: 'lastDay'; minutes: number } | { kind: 'passed' };

export function timeLeft(closesAt: string, now: Date): TimeLeft {
  const end = closingEnd(closesAt);
  const t = now.getTime();
  if (t >= end) return { kind: 'passed' };
  // Calendar days in Paris: "Plus que 3 jours" on the 5th for a deadline on the 8th, whatever the hour.
  const days = Math.round((Date.parse(parisToday(new Date(end - 1))) - Date.parse(parisToday(now))) / DAY);
  if (days <= 0) return { kind: 'lastDay', minutes: Math.ceil((end - t) / MINUTE) };
  return days <= TIME_LEFT_DAYS ? { kind: 'days', days } : { kind: 'far' };
}

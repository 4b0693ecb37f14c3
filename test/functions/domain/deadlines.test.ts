import { describe, expect, it } from 'vitest';
import { formatDeadline, formatTimeLeft } from '../../../functions/src/domain/format';
import { parisLocalToIso } from '../../../functions/src/domain/paris-time';
import { acceptsSubmissionsAt, closingEnd, draftGraceMs, isOpen, timeLeft } from '../../../functions/src/domain/program-window';

const paris = (date: string, time: string) => {
  const instant = parisLocalToIso(date, time);
  if (!instant.ok) throw new Error(`no such Paris time: ${date} ${time}`);
  return instant.iso;
};
const at = (iso: string) => new Date(iso);
const MINUTE = 60_000;

describe('a deadline typed as 23:59 Paris, across both clock changes', () => {
  it.each([
    // Last Sunday of March 2026: clocks go forward at 02:00 that night, 23:59 is already summer time.
    ['2026-03-29', '2026-03-29T21:59:00.000Z', 'le 29 mars 2026 à 23 h 59, heure de Paris', '29 March 2026 at 23:59 Paris time'],
    // The Saturday before it is still winter time.
    ['2026-03-28', '2026-03-28T22:59:00.000Z', 'le 28 mars 2026 à 23 h 59, heure de Paris', '28 March 2026 at 23:59 Paris time'],
    // Last Sunday of October 2026: clocks went back at 03:00, 23:59 is winter time.
    ['2026-10-25', '2026-10-25T22:59:00.000Z', 'le 25 octobre 2026 à 23 h 59, heure de Paris', '25 October 2026 at 23:59 Paris time'],
    ['2026-10-24', '2026-10-24T21:59:00.000Z', 'le 24 octobre 2026 à 23 h 59, heure de Paris', '24 October 2026 at 23:59 Paris time'],
  ])('%s 23:59 is %s', (date, utc, fr, en) => {
    const closesAt = paris(date, '23:59');
    expect(new Date(closesAt).toISOString()).toBe(utc);
    expect(`le ${formatDeadline(closesAt, 'fr')}`).toBe(fr);
    expect(formatDeadline(closesAt, 'en')).toBe(en);
    // The minute shown is included: accepted until 23:59:59.999 Paris, not one millisecond more.
    const program = { status: 'published' as const, opensAt: '2026-01-01T00:00:00.000Z', closesAt };
    expect(isOpen(program, new Date(Date.parse(utc) + MINUTE - 1))).toBe(true);
    expect(isOpen(program, new Date(Date.parse(utc) + MINUTE))).toBe(false);
  });

  it('states an old midnight closing as the midnight it is, and a morning time without a leading zero in French', () => {
    expect(formatDeadline('2027-03-07T23:00:00.000Z', 'fr')).toBe('8 mars 2027 à 0 h 00, heure de Paris');
    expect(formatDeadline('2027-03-08T08:05:00.000Z', 'fr')).toBe('8 mars 2027 à 9 h 05, heure de Paris');
    expect(formatDeadline('2027-03-08T08:05:00.000Z', 'en')).toBe('8 March 2027 at 09:05 Paris time');
  });
});

describe('acceptsSubmissionsAt: the inclusive minute and the grace', () => {
  const closesAt = paris('2027-03-08', '23:59');
  const program = { status: 'published' as const, opensAt: '2027-01-01T00:00:00+01:00', closesAt };
  const end = closingEnd(closesAt);
  const FIVE = 5 * MINUTE;

  it('ends at the end of the minute shown, whatever seconds were stored', () => {
    expect(new Date(end).toISOString()).toBe('2027-03-08T23:00:00.000Z');
    expect(closingEnd('2027-03-08T22:59:59.000Z')).toBe(end);
  });

  it.each([
    ['23:00 Paris on the last day', '2027-03-08T22:00:00.000Z', 0, true],
    ['23:59:59 Paris', '2027-03-08T22:59:59.999Z', 0, true],
    ['00:00 the next day, no grace', '2027-03-08T23:00:00.000Z', 0, false],
    ['00:01:30 (sent at 23:59:30, 2 min on the way), grace 5', '2027-03-08T23:01:30.000Z', FIVE, true],
    ['00:04:59.999, grace 5', '2027-03-08T23:04:59.999Z', FIVE, true],
    ['00:05, grace 5', '2027-03-08T23:05:00.000Z', FIVE, false],
  ])('%s → %s', (_label, now, grace, expected) => {
    expect(acceptsSubmissionsAt(program, at(now), grace)).toBe(expected);
  });

  it('gives a closed or unpublished programme no grace, nor one before it opens', () => {
    expect(acceptsSubmissionsAt({ ...program, status: 'closed' }, at('2027-03-08T22:00:00.000Z'), FIVE)).toBe(false);
    expect(acceptsSubmissionsAt({ ...program, status: 'draft' }, at('2027-03-08T22:00:00.000Z'), FIVE)).toBe(false);
    expect(acceptsSubmissionsAt(program, at('2026-12-31T22:59:59.999Z'), FIVE)).toBe(false);
  });

  it('grants the grace only to a draft that existed before the deadline passed', () => {
    expect(draftGraceMs(program, '2027-03-08T22:59:59.999Z', FIVE)).toBe(FIVE);
    expect(draftGraceMs(program, '2027-03-08T23:00:00.000Z', FIVE)).toBe(0);
  });
});

describe('timeLeft: what the pages say in the last 7 days', () => {
  const closesAt = paris('2026-10-25', '23:59');

  it.each([
    ['8 days before', '2026-10-17T08:00:00.000Z', { kind: 'far' }, null, null],
    ['7 calendar days before, late at night', '2026-10-18T21:30:00.000Z', { kind: 'days', days: 7 }, 'Plus que 7 jours', '7 days left'],
    ['3 days before', '2026-10-22T06:00:00.000Z', { kind: 'days', days: 3 }, 'Plus que 3 jours', '3 days left'],
    [
      'the day before',
      '2026-10-24T21:00:00.000Z',
      { kind: 'days', days: 1 },
      'Plus qu’un jour : clôture demain à 23 h 59',
      'One day left: closes tomorrow at 23:59',
    ],
    // 00:30 Paris on the day the clocks go back (summer time still): already the last day.
    [
      'the last day, just after midnight',
      '2026-10-24T22:30:00.000Z',
      { kind: 'lastDay', minutes: 1410 + 60 },
      'Dernier jour : clôture à 23 h 59',
      'Last day: closes at 23:59',
    ],
    [
      'the last minute',
      '2026-10-25T22:59:30.000Z',
      { kind: 'lastDay', minutes: 1 },
      'Dernier jour : clôture à 23 h 59',
      'Last day: closes at 23:59',
    ],
    ['after it', '2026-10-25T23:00:00.000Z', { kind: 'passed' }, 'Date limite passée', 'Deadline passed'],
  ])('%s', (_label, now, expected, fr, en) => {
    expect(timeLeft(closesAt, at(now))).toEqual(expected);
    expect(formatTimeLeft(closesAt, at(now), 'fr')).toBe(fr);
    expect(formatTimeLeft(closesAt, at(now), 'en')).toBe(en);
  });

  it('counts Paris calendar days over the spring change too', () => {
    const spring = paris('2026-03-29', '23:59');
    // 23:30 Paris on the 27th (winter) → 2 days until the 29th.
    expect(timeLeft(spring, at('2026-03-27T22:30:00.000Z'))).toEqual({ kind: 'days', days: 2 });
    // 00:10 Paris on the 29th (still winter, UTC+1): the last day, 22 h 50 min left in a 23-hour day.
    expect(timeLeft(spring, at('2026-03-28T23:10:00.000Z'))).toEqual({ kind: 'lastDay', minutes: 22 * 60 + 50 });
  });
});

import { describe, expect, it } from 'vitest';
import { addCalendarMonths, isoToParisLocal, parisLocalToIso } from '../../../../functions/src/domain/paris-time';

describe('Paris date and time to ISO 8601', () => {
  it.each([
    ['winter', '2026-11-01', '00:00', '2026-11-01T00:00:00+01:00'],
    ['summer', '2026-07-14', '09:30', '2026-07-14T09:30:00+02:00'],
    ['last winter day before the change', '2026-03-28', '23:59', '2026-03-28T23:59:00+01:00'],
    ['the morning clocks go forward, after the change', '2026-03-29', '03:00', '2026-03-29T03:00:00+02:00'],
    ['the night clocks go back, first 02:30 (summer time)', '2026-10-25', '02:30', '2026-10-25T02:30:00+02:00'],
    ['the day clocks go back, afternoon', '2026-10-25', '14:00', '2026-10-25T14:00:00+01:00'],
    ['with seconds', '2027-02-28', '23:59:59', '2027-02-28T23:59:59+01:00'],
  ])('%s: %s %s is %s', (_case, date, time, iso) => {
    expect(parisLocalToIso(date, time)).toEqual({ ok: true, iso });
  });

  it('names the same instant as the offset says', () => {
    const result = parisLocalToIso('2026-07-14', '09:30');
    expect(result.ok && new Date(result.iso).toISOString()).toBe('2026-07-14T07:30:00.000Z');
  });

  it('refuses the hour that does not exist when clocks go forward', () => {
    expect(parisLocalToIso('2026-03-29', '02:30')).toEqual({ ok: false, reason: 'skipped' });
  });

  it.each([
    ['2026-02-30', '10:00'],
    ['2026-13-01', '10:00'],
    ['2026-11-01', '24:00'],
    ['', '10:00'],
    ['2026-11-01', ''],
    ['01/11/2026', '10:00'],
  ])('refuses %s %s', (date, time) => {
    expect(parisLocalToIso(date, time)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('ISO 8601 to Paris date and time', () => {
  it.each([
    ['2026-11-01T00:00:00+01:00', { date: '2026-11-01', time: '00:00' }],
    ['2026-06-30T22:00:00Z', { date: '2026-07-01', time: '00:00' }],
    ['2026-12-31T23:30:00Z', { date: '2027-01-01', time: '00:30' }],
    ['2027-02-28T23:59:59+01:00', { date: '2027-02-28', time: '23:59:59' }],
  ])('%s reads %o in Paris', (iso, local) => {
    expect(isoToParisLocal(iso)).toEqual(local);
  });

  it('round-trips through the inputs without moving the instant', () => {
    for (const iso of ['2026-03-29T03:00:00+02:00', '2026-10-25T02:30:00+02:00', '2027-01-15T18:45:00+01:00']) {
      const { date, time } = isoToParisLocal(iso);
      expect(parisLocalToIso(date, time)).toEqual({ ok: true, iso });
    }
  });
});

describe('calendar months', () => {
  it.each([
    ['2026-09-15', 2, '2026-11-15'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-10', -24, '2024-01-10'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  MAX_CENTS,
  formatEuros,
  isWithinShare,
  maxPartForShare,
  minTotalForShare,
  parseEuros,
  percentOf,
  sumCents,
} from '../../../functions/src/domain/money';

/** Intl separates groups and the € sign with no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('parseEuros', () => {
  it.each([
    ['1500', 150_000],
    ['1 500', 150_000],
    ['1 500,50', 150_050],
    ['1500.5', 150_050],
    ['1500,5', 150_050],
    ['1.500,50', 150_050],
    ['1,500.50', 150_050],
    ['1 500 €', 150_000],
    ['1500€', 150_000],
    ['€1,500.50', 150_050],
    ['1500 EUR', 150_000],
    ['12 euros', 1_200],
    ['  30 000  ', 3_000_000],
    ['1.000.000', 100_000_000],
    ['1,234,567.89', 123_456_789],
    ['1 234 567,89', 123_456_789],
    ['0', 0],
    ['0,05', 5],
    ['1\u202f500,50\u00a0€', 150_050],
    ['1\u00a0500', 150_000],
    ['10000000000', MAX_CENTS],
  ])('reads %j as %d cents', (input, cents) => {
    expect(parseEuros(input)).toBe(cents);
  });

  it.each([
    ['a comma followed by three digits groups thousands', '1,500', 150_000],
    ['so does a dot (French thousands dot)', '1.500', 150_000],
    ['a comma followed by two digits is decimal', '1,50', 150],
    ['a comma followed by one digit is decimal', '1,5', 150],
    ['a dot followed by two digits is decimal', '12.34', 1_234],
    ['three digits after a grouped integer still group thousands', '1 500,000', 150_000_000],
  ])('%s: %j → %d cents', (_rule, input, cents) => {
    expect(parseEuros(input)).toBe(cents);
  });

  it.each([
    ['three decimals after a zero', '0,500'],
    ['three decimals after a long integer', '12345,678'],
    ['a negative amount', '-5'],
    ['a negative amount with a Unicode minus', '−5'],
    ['a trailing separator', '1500,'],
    ['a leading separator', ',50'],
    ['spaces inside a group', '1 5 0 0'],
    ['badly grouped thousands', '12,345,67'],
    ['a dot after a comma group and a second decimal', '1.500,000.00,1'],
    ['letters', 'douze'],
    ['an empty field', ''],
    ['the currency alone', '€'],
    ['more than MAX_CENTS', '10000000000,01'],
    ['an absurdly long number', '9'.repeat(40)],
  ])('refuses %s: %j', (_label, input) => {
    expect(parseEuros(input)).toBeNull();
  });
});

describe('formatEuros', () => {
  it.each([
    [3_000_000, 'fr', '30 000 €'],
    [150_050, 'fr', '1 500,50 €'],
    [5, 'fr', '0,05 €'],
    [0, 'fr', '0 €'],
    [3_000_000, 'en', '€30,000'],
    [150_050, 'en', '€1,500.50'],
    [150_000, 'en', '€1,500'],
  ] as const)('%d cents in %s → %j', (cents, locale, expected) => {
    expect(plain(formatEuros(cents, locale))).toBe(expected);
  });

  it('defaults to French', () => {
    expect(formatEuros(100_000)).toBe(formatEuros(100_000, 'fr'));
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d, which is not a whole number of cents', (value) => {
    expect(() => formatEuros(value)).toThrow(RangeError);
  });

  test.prop([fc.integer({ min: 0, max: 10_000_000_000 }), fc.constantFrom('fr' as const, 'en' as const)])(
    'reads back exactly what it writes',
    (cents, locale) => {
      expect(parseEuros(formatEuros(cents, locale))).toBe(cents);
    },
  );
});

describe('shares of a budget', () => {
  it.each([
    [1, 3, 33.33],
    [2, 3, 66.67],
    [1_500_000, 3_000_000, 50],
    [1_860_000, 3_000_000, 62],
    [0, 100, 0],
    [1, 10_000, 0.01],
    [1, 20_000, 0.01],
    [1, 20_001, 0],
  ])('percentOf(%d, %d) = %d (half-up, two decimals)', (part, total, expected) => {
    expect(percentOf(part, total)).toBe(expected);
  });

  it.each([0, -100])('percentOf refuses a total of %d', (total) => {
    expect(() => percentOf(1, total)).toThrow(RangeError);
  });

  it.each([
    ['exactly 50 %', 1_500_000, 3_000_000, 50, true],
    ['one cent over 50 %', 1_500_001, 3_000_000, 50, false],
    ['exactly 60 % of an odd total', 600, 1_000, 60, true],
    ['100 % of the budget', 3_000_000, 3_000_000, 100, true],
    ['more than the whole budget', 3_000_001, 3_000_000, 100, false],
    ['nothing', 0, 1, 1, true],
    ['half of the largest budget', 500_000_000_000, MAX_CENTS, 50, true],
    ['one cent over half of the largest budget', 500_000_000_001, MAX_CENTS, 50, false],
  ])('isWithinShare: %s', (_label, part, total, max, expected) => {
    expect(isWithinShare(part, total, max)).toBe(expected);
  });

  it.each([
    [3_000_000, 50, 1_500_000],
    [3_000_001, 50, 1_500_000],
    [999, 60, 599],
  ])('maxPartForShare(%d, %d) = %d', (total, max, expected) => {
    expect(maxPartForShare(total, max)).toBe(expected);
    expect(isWithinShare(expected, total, max)).toBe(true);
    expect(isWithinShare(expected + 1, total, max)).toBe(false);
  });

  it.each([
    [1_860_000, 50, 3_720_000],
    [4_000_000, 60, 6_666_667],
    [1, 3, 34],
  ])('minTotalForShare(%d, %d) = %d', (part, max, expected) => {
    expect(minTotalForShare(part, max)).toBe(expected);
    expect(isWithinShare(part, expected, max)).toBe(true);
    expect(isWithinShare(part, expected - 1, max)).toBe(false);
  });
});

describe('sumCents', () => {
  it('adds whole cents', () => {
    expect(sumCents([1_000_000, 250_050, 0])).toBe(1_250_050);
    expect(sumCents([])).toBe(0);
  });

  it.each([
    ['a fraction of a cent', [100, 0.5]],
    ['NaN', [Number.NaN]],
    ['a sum beyond safe integers', [Number.MAX_SAFE_INTEGER, 1]],
  ])('refuses %s', (_label, values) => {
    expect(() => sumCents(values)).toThrow(RangeError);
  });
});

/**
 * Money: every amount in Guichet is an integer number of euro cents, so sums,
 * caps and co-financing shares are exact. This module turns what people type into
 * cents, cents into what people read, and answers share questions with integers.
 *
 * Pure module, shared by the API and the SPA.
 */

/** Largest amount handled: 10 billion euros, far above any grant and well inside safe integers. */
export const MAX_CENTS = 1_000_000_000_000;

/** A float amount here is a bug upstream; failing loudly beats showing a wrong sum. */
function assertCents(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be an integer number of cents, got ${value}`);
  }
}

/**
 * Reads an amount in euros as typed by a French or English speaker and returns
 * integer cents, or null when it is not a clear, non-negative amount up to
 * {@link MAX_CENTS}.
 *
 * Accepted: "1500", "1 500", "1 500,50", "1500.5", "1.500,50", "€1,500.50",
 * "1 500 €", "1500 EUR", and Intl output with no-break or narrow no-break spaces,
 * so a formatted amount always reads back to the same cents.
 *
 * How a separator is read:
 * - when both "," and "." appear, the last one is the decimal separator and the
 *   other groups thousands ("1.500,50" and "1,500.50" are both 1 500,50 €);
 * - a separator that appears several times groups thousands ("1.000.000");
 * - a single separator followed by exactly three digits groups thousands when what
 *   precedes it is a plain group of 1–3 digits not starting with 0: "1,500" and
 *   "1.500" are 1 500 € (the French reading of "1.500", and the only sensible
 *   reading of "1,500" since cents have two digits);
 * - otherwise it is the decimal separator, followed by one or two digits: "1,5"
 *   and "1,50" are 1,50 €. Three decimals ("0,500", "12345,678") are refused
 *   rather than guessed.
 *
 * Spaces group thousands only in groups of three ("1 5 0 0" is refused), and a
 * minus sign is refused: a grant amount is never negative.
 */
export function parseEuros(input: string): number | null {
  const text = stripCurrency(input.replace(/\s+/g, ' ').trim());
  if (!/^\d(?:[\d .,]*\d)?$/.test(text)) return null;
  const decimalAt = decimalSeparatorIndex(text);
  const integerPart = decimalAt < 0 ? text : text.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : text.slice(decimalAt + 1);
  if (fraction !== '' && !/^\d{1,2}$/.test(fraction)) return null;
  const decimalMark = decimalAt < 0 ? 'none' : text.charAt(decimalAt) === ',' ? ',' : '.';
  if (!isWrittenInteger(integerPart, decimalMark)) return null;
  const digits = integerPart.replace(/\D/g, '');
  if (digits.length > 13) return null;
  const cents = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
  return cents <= MAX_CENTS ? cents : null;
}

function stripCurrency(text: string): string {
  return text
    .replace(/^(?:€|eur(?:os?)?)/i, '')
    .replace(/(?:€|eur(?:os?)?)$/i, '')
    .trim();
}

/** Index of the decimal separator in `text`, or -1 when every separator groups thousands. */
function decimalSeparatorIndex(text: string): number {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return Math.max(lastDot, lastComma);
  const index = Math.max(lastDot, lastComma);
  if (index < 0) return -1;
  const separator = text.charAt(index);
  if (text.indexOf(separator) !== index) return -1;
  const after = text.slice(index + 1);
  const before = text.slice(0, index);
  const groupsThousands = after.length === 3 && /^[1-9]\d{0,2}(?: \d{3})*$/.test(before);
  return groupsThousands ? -1 : index;
}

/**
 * Integer parts written with thousands groups: a first group of 1–3 digits, then
 * groups of three separated by spaces or by the mark that is not the decimal one.
 * Without a decimal part at most one kind of mark is present (two kinds always
 * make the last one decimal), so either mark is allowed.
 */
const GROUPED_INTEGER = {
  none: /^\d{1,3}(?:[ .,]\d{3})+$/,
  ',': /^\d{1,3}(?:[ .]\d{3})+$/,
  '.': /^\d{1,3}(?:[ ,]\d{3})+$/,
} as const;

function isWrittenInteger(text: string, decimalMark: keyof typeof GROUPED_INTEGER): boolean {
  return /^\d+$/.test(text) || GROUPED_INTEGER[decimalMark].test(text);
}

/**
 * Cents as euros the way each locale writes them: the one formatter lives in
 * ./format.ts with the other text for people; it is re-exported here for the
 * modules that read it beside the rest of the money helpers.
 */
export { formatEuros } from './format';

/**
 * Share of `totalCents` that `partCents` represents, in percent rounded half-up to
 * two decimals, for display (a budget share). Decisions use {@link isWithinShare}.
 *
 * @throws RangeError when an amount is not a safe integer or `totalCents` is not positive.
 */
export function percentOf(partCents: number, totalCents: number): number {
  assertCents(partCents, 'partCents');
  assertCents(totalCents, 'totalCents');
  if (totalCents <= 0) throw new RangeError(`totalCents must be positive, got ${totalCents}`);
  const scaled = BigInt(partCents) * 10_000n;
  const total = BigInt(totalCents);
  const quotient = scaled / total;
  const remainder = scaled % total;
  const rounded = remainder * 2n >= total ? quotient + 1n : quotient;
  return Number(rounded) / 100;
}

/**
 * Whether `partCents` is at most `maxPercent` % of `totalCents`, decided exactly
 * (part × 100 ≤ total × maxPercent) so one cent over a cap is always caught.
 */
export function isWithinShare(partCents: number, totalCents: number, maxPercent: number): boolean {
  assertCents(partCents, 'partCents');
  assertCents(totalCents, 'totalCents');
  return BigInt(partCents) * 100n <= BigInt(totalCents) * BigInt(Math.trunc(maxPercent));
}

/** The largest part that stays within `maxPercent` % of `totalCents` (rounded down to the cent). */
export function maxPartForShare(totalCents: number, maxPercent: number): number {
  assertCents(totalCents, 'totalCents');
  return Number((BigInt(totalCents) * BigInt(Math.trunc(maxPercent))) / 100n);
}

/** The smallest total of which `partCents` is at most `maxPercent` % (rounded up to the cent). */
export function minTotalForShare(partCents: number, maxPercent: number): number {
  assertCents(partCents, 'partCents');
  const percent = BigInt(Math.trunc(maxPercent));
  if (percent <= 0n) throw new RangeError(`maxPercent must be positive, got ${maxPercent}`);
  const scaled = BigInt(partCents) * 100n;
  return Number((scaled + percent - 1n) / percent);
}

/**
 * Adds amounts in cents, refusing anything that is not a safe integer and any sum
 * that would leave the safe range, so a budget total is never silently rounded.
 *
 * @throws RangeError on a non-integer value or an unsafe sum.
 */
export function sumCents(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) {
    assertCents(value, 'value');
    sum += value;
    assertCents(sum, 'sum');
  }
  return sum;
}

/**
 * Numbers as the builder's fields hold them: text a person types ("300 000",
 * "50", "2,5") and reads, turned into the API's integers (cents, percents,
 * months, bytes) and back.
 *
 * Pure module.
 */
import { parseEuros } from '../../../../functions/src/domain/money';

const MB = 1024 * 1024;

/** Cents as a French manager types euros: "30 000", or "30 000,50" when there are cents. */
export function centsToText(cents: number): string {
  const euros = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+$)/g, ' ');
  return cents % 100 === 0 ? euros : `${euros},${String(cents % 100).padStart(2, '0')}`;
}

/** Bytes as megabytes, with a decimal comma only when needed ("10", "2,5"). */
export function bytesToMbText(bytes: number): string {
  return String(Math.round((bytes / MB) * 100) / 100).replace('.', ',');
}

/** Euros as typed: null when empty (the schema then says "required"), NaN when unreadable. */
export function readEuros(text: string): number | null {
  if (text.trim() === '') return null;
  return parseEuros(text) ?? Number.NaN;
}

/** A whole number as typed ("50", "50 %", "36 mois" are not all accepted: only digits and a trailing %). */
export function readWhole(text: string): number | null {
  const trimmed = text.replace(/\s*%$/, '').trim();
  if (trimmed === '') return null;
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Megabytes as typed, with a decimal comma or point, as bytes. */
export function readMegabytes(text: string): number | null {
  const trimmed = text
    .replace(/\s*(mo|mb)$/i, '')
    .trim()
    .replace(',', '.');
  if (trimmed === '') return null;
  return /^\d{1,3}(\.\d{1,2})?$/.test(trimmed) ? Math.round(Number(trimmed) * MB) : Number.NaN;
}

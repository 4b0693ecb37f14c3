/**
 * SIREN and SIRET numbers: the INSEE identifiers of a French organisation (SIREN,
 * 9 digits) and of one of its establishments (SIRET, SIREN + 5-digit NIC).
 *
 * Checking the key in the browser catches most typos before an officer has to
 * phone the applicant; it does not prove the number exists in the Sirene register.
 *
 * Pure module, shared by the API and the SPA.
 */
import { z } from 'zod';
import type { Bilingual } from './errors';

/** La Poste's SIREN: its establishments' NICs are not allocated with the Luhn key. */
export const LA_POSTE_SIREN = '356000000';

/** What the user reads when a SIRET is refused, wherever it was checked. */
export const SIRET_MESSAGE: Bilingual = {
  fr: 'Le numéro SIRET doit comporter 14 chiffres valides (vérifiez la saisie).',
  en: 'The SIRET number must be 14 valid digits (check for typos).',
};

/**
 * `params.code` of the zod issue raised by {@link siretSchema}: zod messages are
 * single strings, so an error mapper recognises this code and shows {@link SIRET_MESSAGE}.
 */
export const SIRET_ISSUE_CODE = 'invalid_siret';

/**
 * People copy SIRETs from letters, invoices and Intl output, with spaces
 * (including no-break ones), dots or hyphens between the groups.
 */
export function normalizeSiret(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/** Luhn sum: from the right, every second digit is doubled (minus 9 above 9). */
function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(i) - 48;
    const doubled = (digits.length - 1 - i) % 2 === 1;
    sum += doubled ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
  }
  return sum;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits.charCodeAt(i) - 48;
  return sum;
}

/** True when the Luhn key of a string of digits is right (the sum is a multiple of 10). */
export function hasValidLuhnKey(digits: string): boolean {
  return /^\d+$/.test(digits) && luhnSum(digits) % 10 === 0;
}

/** A SIREN is 9 digits with a valid Luhn key; separators are ignored. */
export function isValidSiren(value: string): boolean {
  const digits = normalizeSiret(value);
  return /^\d{9}$/.test(digits) && hasValidLuhnKey(digits);
}

/**
 * A SIRET is 14 digits with a valid Luhn key; separators are ignored.
 *
 * La Poste (SIREN 356000000) is the exception INSEE documents: its establishments
 * are numbered so that the sum of the 14 digits is a multiple of 5, and most do not
 * satisfy Luhn. Its head office (356 000 000 00048) does, so for this SIREN either
 * rule is accepted: a real La Poste number is never refused.
 */
export function isValidSiret(value: string): boolean {
  const digits = normalizeSiret(value);
  if (!/^\d{14}$/.test(digits)) return false;
  if (hasValidLuhnKey(digits)) return true;
  return digits.startsWith(LA_POSTE_SIREN) && digitSum(digits) % 5 === 0;
}

/**
 * The usual written form, "732 829 320 00074" (SIREN in groups of three, then the
 * NIC). Anything that is not 14 digits is returned as typed, so a display never
 * hides what the user actually entered.
 */
export function formatSiret(value: string): string {
  const digits = normalizeSiret(value);
  if (!/^\d{14}$/.test(digits)) return value.trim();
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`;
}

/**
 * A SIRET field: accepts any common spacing, outputs the 14 bare digits, and fails
 * with the French {@link SIRET_MESSAGE} and `params.code` {@link SIRET_ISSUE_CODE}.
 */
export const siretSchema = z
  .string()
  .max(64)
  .overwrite(normalizeSiret)
  .refine(isValidSiret, { message: SIRET_MESSAGE.fr, params: { code: SIRET_ISSUE_CODE } });

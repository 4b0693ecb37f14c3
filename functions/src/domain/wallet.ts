/**
 * The document wallet: documents that belong to the organisation rather than to one
 * project (statuts, RIB, latest accounts…) are kept once per account with a validity
 * date, and offered for reuse in any later application. Pure: the API and the SPA share
 * the types, the default validity and the expiry rules.
 *
 * Default validity (the applicant may change it when keeping a document):
 * - statuts, RIB: none (they stay true until the organisation changes them);
 * - avis de situation SIRENE, extrait Kbis: 3 months (what funders usually accept);
 * - liste des dirigeants: 12 months (a new one after each general assembly);
 * - derniers comptes approuvés: 18 months (a year's accounts are replaced by the next
 *   year's within six months of its close);
 * - agrément ESUS: 5 years (its legal duration; 2 years for a young company: change it).
 */
import { addMonths, parseIsoDate } from './calendar';
import type { DocumentType } from './program';

export const WALLET_DOCUMENT_TYPES = [
  'statuts',
  'avis_sirene',
  'kbis',
  'rib',
  'derniers_comptes',
  'liste_dirigeants',
  'agrement_esus',
] as const satisfies readonly DocumentType[];
export type WalletDocumentType = (typeof WALLET_DOCUMENT_TYPES)[number];

/** Months a kept document stays valid by default; null: no end date. */
export const DEFAULT_VALIDITY_MONTHS: Record<WalletDocumentType, number | null> = {
  statuts: null,
  avis_sirene: 3,
  kbis: 3,
  rib: null,
  derniers_comptes: 18,
  liste_dirigeants: 12,
  agrement_esus: 60,
};

/** The holder is emailed this many days before an item expires (if an open draft needs it). */
export const WALLET_REMINDER_DAYS = 30;
/** The wallet flags an item "expires soon" within this many days. */
export const EXPIRES_SOON_DAYS = 30;
/** A validity date further than this is refused as a typing mistake. */
export const MAX_VALIDITY_YEARS = 10;
/** How many documents one account may keep. */
export const MAX_WALLET_ITEMS = 50;

export type WalletItem = {
  id: string;
  type: WalletDocumentType;
  /** Sanitised original name, as the application document had it. */
  filename: string;
  contentType: string;
  size: number;
  /** SHA-256 of the bytes, the same as the verified document they were copied from. */
  sha256: string;
  /** Only usable (clean) documents are kept, so always `clean`; kept to say so in exports. */
  scan: 'clean';
  /** Last day the document is valid (`YYYY-MM-DD`, Paris calendar), or null: no end date. */
  validUntil: string | null;
  addedAt: string;
  fromApplicationId: string;
  /** When the expiry reminder went out (once per item), or null. */
  remindedAt: string | null;
};

export function isWalletDocumentType(type: string): type is WalletDocumentType {
  return (WALLET_DOCUMENT_TYPES as readonly string[]).includes(type);
}

/** The validity date a newly kept document gets unless the applicant chooses another. */
export function defaultValidUntil(type: WalletDocumentType, today: string): string | null {
  const months = DEFAULT_VALIDITY_MONTHS[type];
  return months === null ? null : addMonths(today, months);
}

/** `date` plus `days` calendar days (negative to go back), as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Expired once the last valid day is past; "soon" within {@link EXPIRES_SOON_DAYS} days of it. */
export function walletValidity(validUntil: string | null, today: string): { expired: boolean; expiresSoon: boolean } {
  if (validUntil === null) return { expired: false, expiresSoon: false };
  const expired = validUntil < today;
  return { expired, expiresSoon: !expired && validUntil <= addDays(today, EXPIRES_SOON_DAYS) };
}

/** Whether the reminder is due today: within {@link WALLET_REMINDER_DAYS} days of the end, and not past it. */
export function reminderDue(item: Pick<WalletItem, 'validUntil' | 'remindedAt'>, today: string): boolean {
  if (item.validUntil === null || item.remindedAt !== null) return false;
  return item.validUntil >= today && addDays(item.validUntil, -WALLET_REMINDER_DAYS) <= today;
}

export const VALID_UNTIL_MESSAGES = {
  invalid: { fr: 'Date de validité : une date au format AAAA-MM-JJ.', en: 'Valid until: a date as YYYY-MM-DD.' },
  past: { fr: 'Date de validité : aujourd’hui ou plus tard.', en: 'Valid until: today or later.' },
  tooFar: {
    fr: `Date de validité : au plus ${MAX_VALIDITY_YEARS} ans à partir d’aujourd’hui.`,
    en: `Valid until: at most ${MAX_VALIDITY_YEARS} years from today.`,
  },
} as const;

/** Checks a chosen validity date; null when it may be kept, else the message to show. */
export function checkValidUntil(value: string, today: string): { fr: string; en: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return VALID_UNTIL_MESSAGES.invalid;
  try {
    parseIsoDate(value);
  } catch {
    return VALID_UNTIL_MESSAGES.invalid;
  }
  if (value < today) return VALID_UNTIL_MESSAGES.past;
  if (value > addMonths(today, MAX_VALIDITY_YEARS * 12)) return VALID_UNTIL_MESSAGES.tooFar;
  return null;
}

/**
 * One-time sign-in codes: 6 digits from a CSPRNG, stored only as an HMAC keyed by a
 * server secret, so a leaked table reveals no usable code.
 */
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

export const CODE_TTL_SECONDS = 10 * 60;
export const CODE_MAX_ATTEMPTS = 5;
/** Minimum gap between two codes for one address: the "resend" button waits this long. */
export const CODE_RESEND_SECONDS = 30;

export function generateCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** The HMAC binds the code to its email, so a code for one address is useless for another. */
export function hashCode(secret: string, email: string, code: string): string {
  return createHmac('sha256', secret).update(`${email}\n${code}`).digest('base64url');
}

export function codeMatches(secret: string, email: string, code: string, storedHash: string): boolean {
  const candidate = Buffer.from(hashCode(secret, email, code));
  const stored = Buffer.from(storedHash);
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}

/** Keys code items by a hash of the email so the table does not index addresses in clear. */
export function emailKey(secret: string, email: string): string {
  return createHmac('sha256', secret).update(`email\n${email}`).digest('base64url');
}

/**
 * Names an address in the logs without writing it: an HMAC under the same server
 * secret, with its own prefix so a log line cannot be matched to a table key.
 */
export function logEmailHash(secret: string, email: string): string {
  return createHmac('sha256', secret).update(`log\n${email}`).digest('base64url');
}

/** A 128-bit random session id for the cookie; the table stores only its SHA-256. */
export function newSessionId(): string {
  return randomBytes(16).toString('base64url');
}

export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

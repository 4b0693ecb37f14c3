/**
 * Identifiers: a time-ordered prefix (so listings sort by creation) plus 80 random
 * bits (so ids cannot be guessed or enumerated). URL- and S3-key-safe.
 */
import { randomBytes } from 'node:crypto';

export function newId(prefix: 'app' | 'doc' | 'evt' | 'mail' | 'msg' | 'usr', now: Date = new Date()): string {
  const time = now.getTime().toString(36).padStart(9, '0');
  return `${prefix}_${time}${randomBytes(10).toString('base64url')}`;
}

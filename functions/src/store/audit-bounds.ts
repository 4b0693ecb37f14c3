/**
 * DynamoDB refuses an item over 400 KB, and an audit event keeps the values before and
 * after a change: a programme rewritten whole (2,000 communes, long texts) would make the
 * save fail. The adapter therefore bounds what it stores: the bulkiest values, largest
 * first, are replaced by their SHA-256 and size until the event's values fit the budget.
 * Short values (status, dates, amounts) stay readable; the trail still says which fields
 * changed, and the digest proves which version a stored value was.
 */
import { createHash } from 'node:crypto';
import { type AuditEvent, canonical } from '../domain/audit';

/** The room an event's before and after values may take, well under the 400 KB item limit. */
export const AUDIT_VALUES_MAX_BYTES = 96 * 1024;

export type OmittedValue = { omitted: true; sha256: string; bytes: number };

const json = (value: unknown) => JSON.stringify(value ?? null);
const bytesOf = (value: unknown) => Buffer.byteLength(json(value));

/** The digest is of the canonical JSON (keys sorted), so it does not depend on the order a map came back in. */
export function omittedValue(value: unknown): OmittedValue {
  const text = canonical(value ?? null);
  return { omitted: true, sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) };
}

export function boundAuditValues(event: AuditEvent, maxBytes = AUDIT_VALUES_MAX_BYTES): AuditEvent {
  let total = bytesOf(event.before) + bytesOf(event.after);
  if (total <= maxBytes) return event;
  const sides = { before: { ...event.before }, after: { ...event.after } };
  const values = (['before', 'after'] as const)
    .flatMap((side) => Object.entries(sides[side]).map(([field, value]) => ({ side, field, bytes: bytesOf(value) })))
    .sort((a, b) => b.bytes - a.bytes);
  for (const { side, field, bytes } of values) {
    if (total <= maxBytes) break;
    const digest = omittedValue(sides[side][field]);
    total += bytesOf(digest) - bytes;
    sides[side][field] = digest;
  }
  return { ...event, before: event.before && sides.before, after: event.after && sides.after };
}

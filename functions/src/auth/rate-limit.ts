/** Fixed-window rate limits kept in DynamoDB, so every Lambda container shares them. */
import { TooManyRequestsError } from '../domain/errors';
import type { AuthStore } from '../store/store-ports';

export type Limit = { name: string; max: number; windowSeconds: number };

export const LIMITS = {
  codePerEmail: { name: 'code-email', max: 5, windowSeconds: 60 * 60 },
  codePerIp: { name: 'code-ip', max: 30, windowSeconds: 60 * 60 },
  verifyPerIp: { name: 'verify-ip', max: 30, windowSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

const TOO_MANY = {
  fr: 'Trop de tentatives. Patientez avant de réessayer.',
  en: 'Too many attempts. Please wait before trying again.',
};

/** Counts one hit for `key` and throws a 429 with Retry-After once the window is full. */
export async function enforceLimit(store: AuthStore, limit: Limit, key: string, now: Date): Promise<void> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const windowStart = nowSeconds - (nowSeconds % limit.windowSeconds);
  const hits = await store.hit(`${limit.name}#${key}`, windowStart, limit.windowSeconds);
  if (hits > limit.max) {
    throw new TooManyRequestsError(TOO_MANY, Math.max(1, windowStart + limit.windowSeconds - nowSeconds));
  }
}

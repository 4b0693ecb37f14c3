/**
 * Signs a user in through the real routes: ask for a code, read it from the
 * outbox, exchange it for a session cookie.
 */
import { expect } from 'vitest';
import type { TestContext } from './deps';

export const JSON_HEADERS = { 'Content-Type': 'application/json', Origin: 'http://localhost:3000' };

/** The newest six-digit code the outbox holds for `email`. */
export function lastCode(t: TestContext, email: string): string {
  const mail = t.deps.outbox?.list().find((m) => m.to === email.toLowerCase());
  const code = mail?.text.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code in the outbox for ${email}`);
  return code;
}

export async function requestCode(t: TestContext, email: string, ip = '203.0.113.1') {
  return t.app.request('/api/auth/code', {
    method: 'POST',
    headers: { ...JSON_HEADERS, 'x-test-client-ip': ip },
    body: JSON.stringify({ email }),
  });
}

export async function exchangeCode(t: TestContext, email: string, code: string, ip = '203.0.113.1') {
  return t.app.request('/api/auth/session', {
    method: 'POST',
    headers: { ...JSON_HEADERS, 'x-test-client-ip': ip },
    body: JSON.stringify({ email, code }),
  });
}

/** Signs in and returns the Cookie header to send with later requests. */
export async function signIn(t: TestContext, email: string): Promise<string> {
  expect((await requestCode(t, email)).status).toBe(202);
  const res = await exchangeCode(t, email, lastCode(t, email));
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

/** A JSON request as the signed-in user, from the site's own origin. */
export function as(t: TestContext, cookie: string) {
  return (path: string, init: { method?: string; body?: unknown } = {}) =>
    t.app.request(path, {
      method: init.method ?? 'GET',
      headers: { ...JSON_HEADERS, Cookie: cookie },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
}

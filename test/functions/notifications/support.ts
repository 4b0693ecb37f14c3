/**
 * Shared by the notification tests: the outbox read per recipient, a code asked for in
 * a given interface language, and the check that a mail ends with the portal's signature.
 */
import { expect } from 'vitest';
import { mailSignature } from '../../../functions/src/domain/site';
import type { Mail } from '../../../functions/src/store/store-ports';
import type { TestContext } from '../../support/deps';
import { JSON_HEADERS } from '../../support/session';

/** Every mail sent to `email`, newest first. */
export function mailsTo(t: TestContext, email: string): Mail[] {
  return (t.deps.outbox?.list() ?? []).filter((m) => m.to === email);
}

/** The newest mail sent to `email`; fails the test when there is none. */
export function lastMailTo(t: TestContext, email: string): Mail {
  const [mail] = mailsTo(t, email);
  if (!mail) throw new Error(`no mail to ${email}`);
  return mail;
}

/** POST /api/auth/code as the SPA sends it: with the interface's language. */
export function requestCodeIn(t: TestContext, email: string, locale: string) {
  return t.app.request('/api/auth/code', {
    method: 'POST',
    headers: { ...JSON_HEADERS, 'x-test-client-ip': '203.0.113.9' },
    body: JSON.stringify({ email, locale }),
  });
}

/** The mail ends with the portal's signature (name, unit, authority, unit's address) in `locale`. */
export function expectSigned(t: TestContext, mail: Mail, locale: 'fr' | 'en') {
  expect(mail.text.endsWith(mailSignature(t.config.site, locale)), `${mail.subject} ends with the ${locale} signature`).toBe(true);
}

/** Every mail in the outbox ends with the signature of one of the two languages. */
export function expectEveryMailSigned(t: TestContext) {
  const signatures = [mailSignature(t.config.site, 'fr'), mailSignature(t.config.site, 'en')];
  const mails = t.deps.outbox?.list() ?? [];
  expect(mails.length).toBeGreaterThan(0);
  for (const mail of mails) {
    expect(
      signatures.some((s) => mail.text.endsWith(s)),
      `"${mail.subject}" ends with the signature`,
    ).toBe(true);
  }
}

import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DEMO_MANAGER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import { createTestContext, type TestContext } from '../../support/deps';
import { as, exchangeCode, lastCode, requestCode, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const MINUTE = 60_000;

async function context(env: Record<string, string> = {}): Promise<TestContext> {
  const t = await createTestContext({ now: NOW, env });
  await seedDemoData(t.deps.store, NOW);
  return t;
}

describe('POST /api/auth/code', () => {
  it('answers 202 the same way for a known and an unknown address, and mails a 6-digit code', async () => {
    const t = await context();
    const known = await requestCode(t, DEMO_MANAGER_EMAIL);
    const unknown = await requestCode(t, 'nouvelle@example.org');
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    const strip = (b: Record<string, unknown>) => ({ ...b, sentTo: '<email>' });
    expect(strip(await known.json())).toEqual(strip(await unknown.json()));
    expect(lastCode(t, 'nouvelle@example.org')).toMatch(/^\d{6}$/);
    expect(t.deps.outbox?.list()[0]?.subject).toMatch(/^Votre code de connexion Guichet : \d{6}$/);
  });

  it('stores only an HMAC of the code, never the code itself', async () => {
    const t = await context();
    await requestCode(t, 'lea@example.org');
    const code = lastCode(t, 'lea@example.org');
    const raw = JSON.stringify(t.logs) + JSON.stringify(await dumpCodes(t));
    expect(raw).not.toContain(code);
    expect(raw).not.toContain('lea@example.org');
  });

  it('refuses a malformed email with a 400 naming the field', async () => {
    const t = await context();
    const res = await requestCode(t, 'pas-une-adresse');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['body.email']);
  });

  it('makes a resend wait 30 seconds, with Retry-After', async () => {
    const t = await context();
    expect((await requestCode(t, 'lea@example.org')).status).toBe(202);
    t.setNow(later(10_000));
    const early = await requestCode(t, 'lea@example.org');
    expect(early.status).toBe(429);
    expect(early.headers.get('retry-after')).toBe('20');
    t.setNow(later(31_000));
    expect((await requestCode(t, 'lea@example.org')).status).toBe(202);
  });

  it('limits codes per address (5 an hour) and per IP (30 an hour)', async () => {
    const t = await context();
    for (let i = 0; i < 5; i++) {
      t.setNow(later(i * MINUTE));
      expect((await requestCode(t, 'lea@example.org')).status).toBe(202);
    }
    t.setNow(later(6 * MINUTE));
    const sixth = await requestCode(t, 'lea@example.org');
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);

    const ip = '198.51.100.9';
    for (let i = 0; i < 30; i++) expect((await requestCode(t, `p${i}@example.org`, ip)).status).toBe(202);
    expect((await requestCode(t, 'p31@example.org', ip)).status).toBe(429);
    expect((await requestCode(t, 'p31@example.org', '198.51.100.10')).status).toBe(202);
  });
});

describe('POST /api/auth/session', () => {
  it('opens a session with an HttpOnly, SameSite=Lax cookie, and /api/me answers', async () => {
    const t = await context();
    await requestCode(t, 'Lea@Example.org');
    const res = await exchangeCode(t, 'lea@example.org', lastCode(t, 'lea@example.org'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ email: 'lea@example.org', role: 'applicant', locale: 'fr' });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^session=[A-Za-z0-9_-]{22};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const me = await as(t, cookie.split(';')[0] as string)('/api/me');
    expect(me.status).toBe(200);
  });

  it('uses a Secure __Host- cookie over https', async () => {
    const t = await context({ SITE_ORIGIN: 'https://guichet.example.org' });
    await t.app.request('/api/auth/code', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://guichet.example.org' },
      body: JSON.stringify({ email: 'lea@example.org' }),
    });
    const res = await t.app.request('/api/auth/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://guichet.example.org' },
      body: JSON.stringify({ email: 'lea@example.org', code: lastCode(t, 'lea@example.org') }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/^__Host-session=.+; .*Secure/);
  });

  it('makes addresses from ADMIN_EMAILS managers', async () => {
    const t = await context({ ADMIN_EMAILS: 'cheffe@example.org' });
    const cookie = await signIn(t, 'cheffe@example.org');
    expect(await (await as(t, cookie)('/api/me')).json()).toMatchObject({ role: 'manager' });
  });

  it('promotes an existing account listed in ADMIN_EMAILS, and records who did it', async () => {
    const t = await context({ ADMIN_EMAILS: 'cheffe@example.org' });
    const existing = await t.deps.store.users.createIfAbsent({
      id: 'usr_cheffe',
      email: 'cheffe@example.org',
      displayName: 'Cheffe',
      role: 'applicant',
      status: 'active',
      locale: 'fr',
      createdAt: new Date().toISOString(),
    });
    const me = as(t, await signIn(t, existing.email));
    expect(await (await me('/api/me')).json()).toMatchObject({ role: 'manager' });
    expect(await t.deps.store.users.listEvents('usr_cheffe')).toEqual([
      expect.objectContaining({
        actorId: 'config:ADMIN_EMAILS',
        changed: ['role'],
        before: { role: 'applicant' },
        after: { role: 'manager' },
      }),
    ]);
  });

  it('refuses a wrong code, and spends the code after 5 wrong tries', async () => {
    const t = await context();
    await requestCode(t, 'lea@example.org');
    const code = lastCode(t, 'lea@example.org');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const res = await exchangeCode(t, 'lea@example.org', wrong);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { detail: string }).detail).toMatch(/invalide ou a expiré/);
    }
    expect((await exchangeCode(t, 'lea@example.org', code)).status).toBe(400);
  });

  it('expires a code after 10 minutes', async () => {
    const t = await context();
    await requestCode(t, 'lea@example.org');
    t.setNow(later(10 * MINUTE));
    expect((await exchangeCode(t, 'lea@example.org', lastCode(t, 'lea@example.org'))).status).toBe(400);
  });

  it('lets a code be used once, even by two concurrent requests', async () => {
    const t = await context();
    await requestCode(t, 'lea@example.org');
    const code = lastCode(t, 'lea@example.org');
    const results = await Promise.all([1, 2, 3].map(() => exchangeCode(t, 'lea@example.org', code)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400]);
  });

  it('keeps a code bound to its address', async () => {
    const t = await context();
    await requestCode(t, 'lea@example.org');
    expect((await exchangeCode(t, 'autre@example.org', lastCode(t, 'lea@example.org'))).status).toBe(400);
  });
});

describe('sessions', () => {
  it('revokes the session server-side at logout: the old cookie no longer works', async () => {
    const t = await context();
    const cookie = await signIn(t, 'lea@example.org');
    const req = as(t, cookie);
    const out = await req('/api/auth/session', { method: 'DELETE' });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^session=;.*Max-Age=0/);
    const me = await req('/api/me');
    expect(me.status).toBe(401);
    expect(me.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('ends after an hour idle', async () => {
    const t = await context();
    const req = as(t, await signIn(t, 'lea@example.org'));
    t.setNow(later(59 * MINUTE));
    expect((await req('/api/me')).status).toBe(200);
    t.setNow(later(59 * MINUTE + 61 * MINUTE));
    expect((await req('/api/me')).status).toBe(401);
  });

  it('ends after 8 hours even when active', async () => {
    const t = await context();
    const req = as(t, await signIn(t, 'lea@example.org'));
    for (let m = 30; m < 8 * 60; m += 30) {
      t.setNow(later(m * MINUTE));
      expect((await req('/api/me')).status).toBe(200);
    }
    t.setNow(later(8 * 60 * MINUTE));
    expect((await req('/api/me')).status).toBe(401);
  });

  it('answers 401 to a forged or garbage cookie', async () => {
    const t = await context();
    for (const cookie of ['session=AAAAAAAAAAAAAAAAAAAAAA', 'session=../../etc', 'session=' + 'x'.repeat(5000)]) {
      expect((await as(t, cookie)('/api/me')).status).toBe(401);
    }
  });
});

/** A test may scan its own throwaway table to prove what is (not) stored; request paths never scan. */
async function dumpCodes(t: TestContext) {
  return (await t.db.send(new ScanCommand({ TableName: t.config.tableName }))).Items ?? [];
}

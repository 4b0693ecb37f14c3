/**
 * The account keeps the language chosen in the interface, and every email to the
 * person uses it: the code request names it for a new account, PATCH /api/me changes
 * it, and an existing account is never switched by the language of a code request.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_MANAGER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import { createTestContext } from '../../support/deps';
import { as, exchangeCode, lastCode, signIn } from '../../support/session';
import { submittedApplication } from '../privacy/support';
import { NOW, expectProblem } from '../security/support';
import { expectEveryMailSigned, expectSigned, lastMailTo, requestCodeIn } from './support';

async function fresh() {
  const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
  await seedDemoData(t.deps.store, NOW);
  return t;
}

describe('the language of sign-in codes', () => {
  it('a new account asked for in English gets its code in English, and keeps English', async () => {
    const t = await fresh();
    expect((await requestCodeIn(t, 'new.person@example.org', 'en')).status).toBe(202);
    const mail = lastMailTo(t, 'new.person@example.org');
    expect(mail.subject).toMatch(/^Your Guichet sign-in code: \d{6}$/);
    expect(mail.text).toContain('Your sign-in code is');
    expectSigned(t, mail, 'en');

    const signedIn = await exchangeCode(t, 'new.person@example.org', lastCode(t, 'new.person@example.org'));
    expect(signedIn.status).toBe(200);
    expect(await signedIn.json()).toMatchObject({ email: 'new.person@example.org', locale: 'en' });
    expect((await t.deps.store.users.findByEmail('new.person@example.org'))?.locale).toBe('en');
  });

  it('an existing French account asking from the English interface still gets French, and stays French', async () => {
    const t = await fresh();
    await signIn(t, 'lea@example.org');
    // Past the resend pause, from the English interface.
    t.setNow(new Date(NOW.getTime() + 5 * 60_000));
    expect((await requestCodeIn(t, 'lea@example.org', 'en')).status).toBe(202);
    const mail = lastMailTo(t, 'lea@example.org');
    expect(mail.subject).toMatch(/^Votre code de connexion Guichet : \d{6}$/);
    expectSigned(t, mail, 'fr');

    const signedIn = await exchangeCode(t, 'lea@example.org', lastCode(t, 'lea@example.org'));
    expect(await signedIn.json()).toMatchObject({ locale: 'fr' });
    expect((await t.deps.store.users.findByEmail('lea@example.org'))?.locale).toBe('fr');
  });

  it('an English account gets its codes in English even from the French interface', async () => {
    const t = await fresh();
    const req = as(t, await signIn(t, 'lea@example.org'));
    expect((await req('/api/me', { method: 'PATCH', body: { locale: 'en' } })).status).toBe(200);
    t.setNow(new Date(NOW.getTime() + 5 * 60_000));
    expect((await requestCodeIn(t, 'lea@example.org', 'fr')).status).toBe(202);
    expect(lastMailTo(t, 'lea@example.org').subject).toMatch(/^Your Guichet sign-in code: \d{6}$/);
  });
});

describe('PATCH /api/me', () => {
  it('switches the account to English: 200 with the new locale, and the next decision email is English', async () => {
    const t = await fresh();
    const applicant = as(t, await signIn(t, 'lea@example.org'));
    const id = await submittedApplication(t, applicant);
    expect(lastMailTo(t, 'lea@example.org').subject).toMatch(/^Accusé de réception/);

    const res = await applicant('/api/me', { method: 'PATCH', body: { locale: 'en' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ email: 'lea@example.org', role: 'applicant', locale: 'en' });
    expect(await (await applicant('/api/me')).json()).toMatchObject({ locale: 'en' });

    const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
    const rejected = await manager(`/api/applications/${id}/transitions`, {
      method: 'POST',
      body: { event: 'reject', reason: 'Le projet ne relève pas du périmètre.' },
    });
    expect(rejected.status).toBe(200);
    const decision = lastMailTo(t, 'lea@example.org');
    expect(decision.subject).toMatch(/^Decision on your application ESS-2026-\d{6}$/);
    expect(decision.text).toContain(`${t.config.siteOrigin}/demandes/${id}`);
    expectSigned(t, decision, 'en');

    // And back: the change is the person's to make, both ways.
    expect(await (await applicant('/api/me', { method: 'PATCH', body: { locale: 'fr' } })).json()).toMatchObject({ locale: 'fr' });
    expect((await t.deps.store.users.findByEmail('lea@example.org'))?.locale).toBe('fr');
    expectEveryMailSigned(t);
  });

  it('refuses a language the portal does not speak, or anything else in the body, with the field path; nothing changes', async () => {
    const t = await fresh();
    const req = as(t, await signIn(t, 'lea@example.org'));
    const german = await expectProblem(await req('/api/me', { method: 'PATCH', body: { locale: 'de' } }), 400);
    expect(german.errors?.map((e) => e.path)).toEqual(['body.locale']);
    const missing = await expectProblem(await req('/api/me', { method: 'PATCH', body: {} }), 400);
    expect(missing.errors?.map((e) => e.path)).toEqual(['body.locale']);
    const extra = await expectProblem(await req('/api/me', { method: 'PATCH', body: { locale: 'en', role: 'manager' } }), 400);
    expect(extra.errors?.length).toBeGreaterThan(0);
    expect(await t.deps.store.users.findByEmail('lea@example.org')).toMatchObject({ locale: 'fr', role: 'applicant' });
  });

  it('answers 401 to someone not signed in', async () => {
    const t = await fresh();
    const res = await t.app.request('/api/me', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Origin: t.config.siteOrigin },
      body: JSON.stringify({ locale: 'en' }),
    });
    await expectProblem(res, 401);
  });
});

describe('invitations', () => {
  it('are written in French to a new account and in its own language to an existing one', async () => {
    const t = await fresh();
    const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
    const invited = await manager('/api/users', {
      method: 'POST',
      body: { email: 'nouvelle@example.org', displayName: 'Nouvelle Instructrice', role: 'reviewer' },
    });
    expect(invited.status).toBe(201);
    const french = lastMailTo(t, 'nouvelle@example.org');
    expect(french.subject).toBe('Votre accès à Guichet ESS');
    expect(french.text).toContain(`${t.config.siteOrigin}/connexion`);
    expectSigned(t, french, 'fr');

    const paul = as(t, await signIn(t, 'paul@example.org'));
    expect((await paul('/api/me', { method: 'PATCH', body: { locale: 'en' } })).status).toBe(200);
    expect(
      (await manager('/api/users', { method: 'POST', body: { email: 'paul@example.org', displayName: 'Paul', role: 'reviewer' } })).status,
    ).toBe(201);
    const english = lastMailTo(t, 'paul@example.org');
    expect(english.subject).toBe('Your access to Guichet ESS');
    expect(english.text).toContain('as a reviewer');
    expect(english.text).toContain(`${t.config.siteOrigin}/connexion`);
    expectSigned(t, english, 'en');
  });
});

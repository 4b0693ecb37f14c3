/**
 * Inviting an address that already has an account is a role change like PATCH
 * /api/users/:id: the sessions opened under the old role end, the change is in the
 * account's audit trail, and a manager cannot demote themselves this way either.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import { createTestContext } from '../../support/deps';
import { as, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');

async function world() {
  const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
  await seedDemoData(t.deps.store, NOW);
  return { t, manager: as(t, await signIn(t, DEMO_MANAGER_EMAIL)) };
}

describe('POST /api/users for an existing account', () => {
  it('makes a reviewer a manager by invitation, ending the sessions opened as a reviewer, with an audit event', async () => {
    const { t, manager } = await world();
    const reviewer = as(t, await signIn(t, DEMO_REVIEWER_EMAIL));
    const res = await manager('/api/users', {
      method: 'POST',
      body: { email: DEMO_REVIEWER_EMAIL, displayName: 'Autre Nom', role: 'manager' },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ id: 'demo-reviewer', role: 'manager', displayName: 'Inès Bernard' });
    expect((await reviewer('/api/me')).status).toBe(401);
    expect(await t.deps.store.users.listEvents('demo-reviewer')).toEqual([
      expect.objectContaining({ actorId: 'demo-manager', changed: ['role'], before: { role: 'reviewer' }, after: { role: 'manager' } }),
    ]);
    const renewed = as(t, await signIn(t, DEMO_REVIEWER_EMAIL));
    expect(await (await renewed('/api/me')).json()).toMatchObject({ role: 'manager' });
  });

  it('makes an applicant a reviewer by invitation, ending the applicant sessions, with an audit event', async () => {
    const { t, manager } = await world();
    const applicant = as(t, await signIn(t, 'lea@example.org'));
    const me = (await (await applicant('/api/me')).json()) as { id: string };
    const res = await manager('/api/users', {
      method: 'POST',
      body: { email: 'Lea@Example.org', displayName: 'Léa Petit', role: 'reviewer' },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ id: me.id, role: 'reviewer' });
    expect((await applicant('/api/me')).status).toBe(401);
    expect(await t.deps.store.users.listEvents(me.id)).toEqual([
      expect.objectContaining({ actorId: 'demo-manager', changed: ['role'], before: { role: 'applicant' }, after: { role: 'reviewer' } }),
    ]);
    expect(t.deps.outbox?.list()[0]).toMatchObject({ to: 'lea@example.org', subject: 'Votre accès à Guichet ESS' });
    const renewed = as(t, await signIn(t, 'lea@example.org'));
    expect(await (await renewed('/api/me')).json()).toMatchObject({ role: 'reviewer' });
  });

  it('keeps the sessions of an account invited again with the role it already has', async () => {
    const { t, manager } = await world();
    const reviewer = as(t, await signIn(t, DEMO_REVIEWER_EMAIL));
    const res = await manager('/api/users', {
      method: 'POST',
      body: { email: DEMO_REVIEWER_EMAIL, displayName: 'Inès Bernard', role: 'reviewer' },
    });
    expect(res.status).toBe(201);
    expect((await reviewer('/api/me')).status).toBe(200);
    expect(await t.deps.store.users.listEvents('demo-reviewer')).toEqual([]);
  });

  it('refuses a manager demoting themselves by invitation, and changes nothing', async () => {
    const { t, manager } = await world();
    const res = await manager('/api/users', {
      method: 'POST',
      body: { email: DEMO_MANAGER_EMAIL, displayName: 'Camille Martin', role: 'reviewer' },
    });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/propres droits de gestion/);
    expect(await (await manager('/api/me')).json()).toMatchObject({ role: 'manager' });
    expect(await t.deps.store.users.listEvents('demo-manager')).toEqual([]);
    expect(t.deps.outbox?.list().filter((m) => m.subject === 'Votre accès à Guichet ESS')).toEqual([]);
  });
});

/** Managers run staff accounts: invitations, roles, and deactivation that takes effect at once. */
import { describe, expect, it } from 'vitest';
import { DEMO_MANAGER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import { createTestContext } from '../../support/deps';
import { as, exchangeCode, lastCode, requestCode, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');

async function world() {
  const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
  await seedDemoData(t.deps.store, NOW);
  return { t, manager: as(t, await signIn(t, DEMO_MANAGER_EMAIL)) };
}

describe('staff accounts', () => {
  it('invites a reviewer by email, who then signs in with the reviewer role', async () => {
    const { t, manager } = await world();
    const res = await manager('/api/users', {
      method: 'POST',
      body: { email: 'Nouvelle.Instructrice@Example.org', displayName: 'Nadia Benali', role: 'reviewer' },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ email: 'nouvelle.instructrice@example.org', role: 'reviewer', status: 'active' });
    expect(t.deps.outbox?.list()[0]).toMatchObject({ to: 'nouvelle.instructrice@example.org', subject: 'Votre accès à Guichet ESS' });
    const reviewer = as(t, await signIn(t, 'nouvelle.instructrice@example.org'));
    expect(await (await reviewer('/api/me')).json()).toMatchObject({ role: 'reviewer', displayName: 'Nadia Benali' });
    const list = (await (await manager('/api/users')).json()) as { items: { email: string; role: string }[] };
    expect(list.items.map((u) => `${u.role}:${u.email}`)).toEqual(
      expect.arrayContaining([
        'manager:gestionnaire@demo.example.org',
        'reviewer:nouvelle.instructrice@example.org',
        'reviewer:instructrice@demo.example.org',
      ]),
    );
  });

  it('revokes every session of a deactivated account at once, and refuses its next sign-in', async () => {
    const { t, manager } = await world();
    const reviewer = as(t, await signIn(t, 'instructrice@demo.example.org'));
    const otherDevice = as(t, await signIn(t, 'instructrice@demo.example.org'));
    expect((await reviewer('/api/me')).status).toBe(200);
    const res = await manager('/api/users/demo-reviewer', { method: 'PATCH', body: { status: 'disabled' } });
    expect(res.status).toBe(200);
    expect((await reviewer('/api/me')).status).toBe(401);
    expect((await otherDevice('/api/me')).status).toBe(401);
    await requestCode(t, 'instructrice@demo.example.org', '198.51.100.77');
    const again = await exchangeCode(t, 'instructrice@demo.example.org', lastCode(t, 'instructrice@demo.example.org'), '198.51.100.77');
    expect(again.status).toBe(403);
  });

  it('promotes an applicant to reviewer, ending the sessions opened under the old role', async () => {
    const { t, manager } = await world();
    const applicant = as(t, await signIn(t, 'lea@example.org'));
    const me = (await (await applicant('/api/me')).json()) as { id: string };
    expect((await manager(`/api/users/${me.id}`, { method: 'PATCH', body: { role: 'reviewer' } })).status).toBe(200);
    expect((await applicant('/api/me')).status).toBe(401);
    const renewed = as(t, await signIn(t, 'lea@example.org'));
    expect(await (await renewed('/api/me')).json()).toMatchObject({ role: 'reviewer' });
  });

  it('stops a manager from removing their own rights, and everyone else from managing staff', async () => {
    const { t, manager } = await world();
    const self = (await (await manager('/api/me')).json()) as { id: string };
    expect((await manager(`/api/users/${self.id}`, { method: 'PATCH', body: { status: 'disabled' } })).status).toBe(409);
    expect((await manager(`/api/users/${self.id}`, { method: 'PATCH', body: { role: 'reviewer' } })).status).toBe(409);
    expect((await manager('/api/users/usr_inconnu', { method: 'PATCH', body: { status: 'disabled' } })).status).toBe(404);
    expect(
      (await manager('/api/users', { method: 'POST', body: { email: 'x@example.org', displayName: 'X', role: 'applicant' } })).status,
    ).toBe(400);
    const reviewer = as(t, await signIn(t, 'instructrice@demo.example.org'));
    expect((await reviewer('/api/users')).status).toBe(403);
    expect((await reviewer('/api/users/demo-manager', { method: 'PATCH', body: { status: 'disabled' } })).status).toBe(403);
  });
});

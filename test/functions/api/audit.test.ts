/**
 * The audit trail of programmes and staff accounts: every change appends an event
 * (who, what, when, before and after) in the same transaction as the change, and
 * only managers read it.
 */
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../functions/src/domain/audit';
import type { Program } from '../../../functions/src/domain/program';
import { DEMO_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import { createTestContext } from '../../support/deps';
import { programFixture } from '../../support/programs';
import { as, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');

function input(overrides: Partial<Program> = {}) {
  const {
    version: _v,
    createdAt: _c,
    updatedAt: _u,
    ...rest
  } = programFixture(NOW, { id: 'tiers-lieux-2027', referencePrefix: 'TL', ...overrides });
  return rest;
}

async function world() {
  const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
  await seedDemoData(t.deps.store, NOW);
  return { t, manager: as(t, await signIn(t, DEMO_MANAGER_EMAIL)) };
}

const events = async (res: Response) => ((await res.json()) as { items: AuditEvent[] }).items;

describe('programme audit trail', () => {
  it('records creation, edits and status changes with the values before and after', async () => {
    const { t, manager } = await world();
    expect((await manager('/api/programs', { method: 'POST', body: input() })).status).toBe(201);
    const base = input({ status: 'draft' });
    const edited = await manager('/api/programs/tiers-lieux-2027', {
      method: 'PUT',
      body: { ...base, envelopeCents: base.envelopeCents + 500_000_00, title: { ...base.title, fr: 'Tiers-lieux 2027' }, version: 1 },
    });
    expect(edited.status).toBe(200);
    const published = await manager('/api/programs/tiers-lieux-2027', {
      method: 'PUT',
      body: {
        ...base,
        envelopeCents: base.envelopeCents + 500_000_00,
        title: { ...base.title, fr: 'Tiers-lieux 2027' },
        status: 'published',
        version: 2,
      },
    });
    expect(published.status).toBe(200);
    // Saving with nothing changed keeps the trail quiet.
    await manager('/api/programs/tiers-lieux-2027', {
      method: 'PUT',
      body: {
        ...base,
        envelopeCents: base.envelopeCents + 500_000_00,
        title: { ...base.title, fr: 'Tiers-lieux 2027' },
        status: 'published',
        version: 3,
      },
    });

    const trail = await events(await manager('/api/programs/tiers-lieux-2027/events'));
    expect(trail.map((e) => e.type)).toEqual(['program_created', 'program_updated', 'program_status_changed']);
    expect(trail[0]).toMatchObject({ actorId: 'demo-manager', actorRole: 'manager', before: null, after: { status: 'draft' } });
    expect(trail[1]).toMatchObject({
      changed: ['title', 'envelopeCents'],
      before: { envelopeCents: base.envelopeCents, title: { fr: base.title.fr } },
      after: { envelopeCents: base.envelopeCents + 500_000_00, title: { fr: 'Tiers-lieux 2027' } },
    });
    expect(trail[2]).toMatchObject({ changed: ['status'], before: { status: 'draft' }, after: { status: 'published' } });
    expect(trail.every((e) => e.subject === 'program' && e.subjectId === 'tiers-lieux-2027')).toBe(true);

    // A refused change writes no event.
    const stale = await manager('/api/programs/tiers-lieux-2027', { method: 'PUT', body: { ...base, status: 'closed', version: 1 } });
    expect(stale.status).toBe(409);
    expect(await events(await manager('/api/programs/tiers-lieux-2027/events'))).toHaveLength(3);

    const reviewer = as(t, await signIn(t, DEMO_REVIEWER_EMAIL));
    expect((await reviewer('/api/programs/tiers-lieux-2027/events')).status).toBe(403);
    expect((await manager('/api/programs/inconnu/events')).status).toBe(404);
  });
});

describe('account audit trail', () => {
  it('records the invitation, role and status changes, by whom', async () => {
    const { manager } = await world();
    const invited = await manager('/api/users', {
      method: 'POST',
      body: { email: 'nadia@demo.example.org', displayName: 'Nadia Roux', role: 'reviewer' },
    });
    expect(invited.status).toBe(201);
    const { id } = (await invited.json()) as { id: string };
    await manager(`/api/users/${id}`, { method: 'PATCH', body: { role: 'manager' } });
    await manager(`/api/users/${id}`, { method: 'PATCH', body: { status: 'disabled' } });

    const trail = await events(await manager(`/api/users/${id}/events`));
    expect(trail.map((e) => [e.type, e.changed])).toEqual([
      ['user_invited', []],
      ['user_updated', ['role']],
      ['user_updated', ['status']],
    ]);
    expect(trail[0]).toMatchObject({
      actorName: expect.any(String),
      before: null,
      after: { email: 'nadia@demo.example.org', role: 'reviewer' },
    });
    expect(trail[1]).toMatchObject({ before: { role: 'reviewer' }, after: { role: 'manager' } });
    expect(trail[2]).toMatchObject({ actorId: 'demo-manager', before: { status: 'active' }, after: { status: 'disabled' } });

    // Refused (a manager cannot remove their own rights): nothing recorded.
    expect((await manager('/api/users/demo-manager', { method: 'PATCH', body: { role: 'reviewer' } })).status).toBe(409);
    expect(await events(await manager('/api/users/demo-manager/events'))).toEqual([]);
    expect((await manager('/api/users/usr_nobody/events')).status).toBe(404);
  });
});

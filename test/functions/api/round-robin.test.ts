/**
 * Round-robin assignment: every submitted or in-review application of a programme
 * gets its share of reviewers, least loaded first, conflicts replaced, and a second
 * run adds nothing.
 */
import { describe, expect, it } from 'vitest';
import { emptySections, type Application } from '../../../functions/src/domain/application';
import type { ApplicationStatus } from '../../../functions/src/domain/lifecycle';
import { DEMO_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import { createTestContext, type TestContext } from '../../support/deps';
import { as, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const REVIEWERS = ['demo-reviewer', 'usr_rr_b', 'usr_rr_c'];

async function application(t: TestContext, i: number, status: ApplicationStatus) {
  const at = new Date(NOW.getTime() - (100 - i) * 60_000).toISOString();
  const app: Application = {
    id: `app_rr_${i}`,
    programId: 'amorcage-ess',
    ownerId: `usr_owner_${i}`,
    status,
    version: 2,
    reference: status === 'draft' ? null : `ESS-2026-${String(i + 1).padStart(6, '0')}`,
    createdAt: at,
    updatedAt: at,
    submittedAt: status === 'draft' ? null : at,
    ...emptySections(),
    organisation: { name: `Coopérative ${i}` },
  };
  await t.deps.store.applications.create(app, {
    id: `evt_rr_${i}`,
    applicationId: app.id,
    type: 'submitted',
    at,
    actorId: app.ownerId,
    actorRole: 'applicant',
    from: 'draft',
    to: status,
    message: null,
    visibility: 'all',
  });
}

async function world() {
  const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
  await seedDemoData(t.deps.store, NOW);
  for (const id of REVIEWERS.slice(1)) {
    await t.deps.store.users.createIfAbsent({
      id,
      email: `${id}@demo.example.org`,
      displayName: id,
      role: 'reviewer',
      status: 'active',
      locale: 'fr',
      createdAt: NOW.toISOString(),
    });
  }
  for (let i = 0; i < 7; i++) await application(t, i, i < 5 ? 'submitted' : i === 5 ? 'in_review' : 'draft');
  const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
  return { t, manager };
}

const roundRobin = (manager: ReturnType<typeof as>, body: unknown) =>
  manager('/api/programs/amorcage-ess/assignments/round-robin', { method: 'POST', body });

describe('round-robin assignment', () => {
  it('gives each reviewable application two reviewers, spreading the load evenly', async () => {
    const { t, manager } = await world();
    const res = await roundRobin(manager, { reviewerIds: REVIEWERS, perApplication: 2 });
    expect(res.status).toBe(200);
    // 6 reviewable applications (5 submitted + 1 in review; the draft is left alone) × 2 reviewers.
    expect(await res.json()).toEqual({ added: 12, applications: 6, more: false });

    const apps = await t.deps.store.applications.getMany(Array.from({ length: 7 }, (_, i) => `app_rr_${i}`));
    const byId = new Map(apps.map((a) => [a.id, a]));
    for (let i = 0; i < 6; i++) expect(byId.get(`app_rr_${i}`)?.reviewerIds).toHaveLength(2);
    expect(byId.get('app_rr_6')?.reviewerIds ?? []).toHaveLength(0);
    const load = REVIEWERS.map((r) => apps.filter((a) => a.reviewerIds?.includes(r)).length);
    expect(load).toEqual([4, 4, 4]);

    // Everything is covered: running it again adds nothing.
    expect(await (await roundRobin(manager, { reviewerIds: REVIEWERS, perApplication: 2 })).json()).toEqual({
      added: 0,
      applications: 0,
      more: false,
    });
  });

  it('replaces a reviewer who declared a conflict', async () => {
    const { t, manager } = await world();
    await roundRobin(manager, { reviewerIds: REVIEWERS.slice(0, 1), perApplication: 1 });
    const reviewer = as(t, await signIn(t, DEMO_REVIEWER_EMAIL));
    const declared = await reviewer('/api/applications/app_rr_0/reviews/me', { method: 'PUT', body: { conflictOfInterest: true } });
    expect(declared.status).toBe(200);

    const res = await roundRobin(manager, { reviewerIds: REVIEWERS, perApplication: 1 });
    expect(await res.json()).toEqual({ added: 1, applications: 1, more: false });
    const [app] = await t.deps.store.applications.getMany(['app_rr_0']);
    expect(app?.conflictIds).toEqual(['demo-reviewer']);
    expect(app?.reviewerIds).toHaveLength(2);
  });

  it('refuses unknown or inactive reviewers and unknown programmes, writing nothing', async () => {
    const { t, manager } = await world();
    const unknown = await roundRobin(manager, { reviewerIds: ['demo-reviewer', 'usr_nobody'], perApplication: 1 });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('body.reviewerIds');
    await t.deps.store.users.update('usr_rr_b', { status: 'disabled' });
    expect((await roundRobin(manager, { reviewerIds: ['usr_rr_b'], perApplication: 1 })).status).toBe(400);
    expect((await roundRobin(manager, { reviewerIds: [], perApplication: 1 })).status).toBe(400);
    expect((await roundRobin(manager, { reviewerIds: ['demo-reviewer'], perApplication: 9 })).status).toBe(400);
    expect(
      (await manager('/api/programs/inconnu/assignments/round-robin', { method: 'POST', body: { reviewerIds: ['demo-reviewer'] } })).status,
    ).toBe(404);
    const apps = await t.deps.store.applications.getMany(Array.from({ length: 7 }, (_, i) => `app_rr_${i}`));
    expect(apps.every((a) => (a.reviewerIds ?? []).length === 0)).toBe(true);
  });

  it('assigns by hand all or nothing: one bad line refuses the whole list', async () => {
    const { t, manager } = await world();
    const assign = (assignments: unknown) => manager('/api/programs/amorcage-ess/assignments', { method: 'PUT', body: { assignments } });
    const draft = await assign([
      { applicationId: 'app_rr_0', reviewerIds: ['demo-reviewer'] },
      { applicationId: 'app_rr_6', reviewerIds: ['demo-reviewer'] },
    ]);
    expect(draft.status).toBe(409);
    const elsewhere = await assign([
      { applicationId: 'app_rr_0', reviewerIds: ['demo-reviewer'] },
      { applicationId: 'app_unknown', reviewerIds: ['demo-reviewer'] },
    ]);
    expect(elsewhere.status).toBe(400);
    expect(((await elsewhere.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      'body.assignments.1.applicationId',
    ]);
    const [app] = await t.deps.store.applications.getMany(['app_rr_0']);
    expect(app?.reviewerIds ?? []).toEqual([]);

    expect(await (await assign([{ applicationId: 'app_rr_0', reviewerIds: ['demo-reviewer', 'usr_rr_b'] }])).json()).toEqual({ added: 2 });
  });

  it('is for managers only', async () => {
    const { t } = await world();
    const reviewer = as(t, await signIn(t, DEMO_REVIEWER_EMAIL));
    expect((await roundRobin(reviewer, { reviewerIds: REVIEWERS, perApplication: 1 })).status).toBe(403);
  });
});

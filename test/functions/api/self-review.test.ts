/**
 * Nobody reviews their own file: the owner, or anyone the application names (the
 * contact's email, the contact or the signatory by name), is refused when assigned
 * by hand (400 naming the reviewer's place in the body) and skipped by round-robin.
 */
import { describe, expect, it } from 'vitest';
import { emptySections, type Application } from '../../../functions/src/domain/application';
import { DEMO_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import { createTestContext, type TestContext } from '../../support/deps';
import { as, signIn } from '../../support/session';
import { expectProblem } from '../security/support';

const NOW = new Date('2026-11-28T10:00:00.000Z');

async function submitted(t: TestContext, id: string, fields: Partial<Application>) {
  const at = NOW.toISOString();
  const app: Application = {
    id,
    programId: 'amorcage-ess',
    ownerId: 'usr_lea',
    status: 'submitted',
    version: 2,
    reference: `ESS-2026-${id}`,
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
    ...emptySections(),
    ...fields,
  };
  await t.deps.store.applications.create(app, {
    id: `evt_${id}`,
    applicationId: id,
    type: 'submitted',
    at,
    actorId: app.ownerId,
    actorRole: 'applicant',
    from: 'draft',
    to: 'submitted',
    message: null,
    visibility: 'all',
  });
}

async function world() {
  const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
  await seedDemoData(t.deps.store, NOW);
  await t.deps.store.users.createIfAbsent({
    id: 'usr_other',
    email: 'autre@demo.example.org',
    displayName: 'Paul Autre',
    role: 'reviewer',
    status: 'active',
    locale: 'fr',
    createdAt: NOW.toISOString(),
  });
  await submitted(t, 'app_own', { ownerId: 'demo-reviewer' });
  await submitted(t, 'app_contact', { organisation: { name: 'Atelier', contactEmail: ` ${DEMO_REVIEWER_EMAIL.toUpperCase()} ` } });
  await submitted(t, 'app_signatory', { declaration: { accepted: true, signatoryName: 'inès  bernard', signatoryRole: 'Trésorière' } });
  await submitted(t, 'app_clean', { organisation: { name: 'Sans lien' } });
  const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
  return { t, manager };
}

describe('no self-review', () => {
  it.each(['app_own', 'app_contact', 'app_signatory'])(
    'refuses to assign %s to a reviewer it names, with the reviewer’s path',
    async (id) => {
      const { t, manager } = await world();
      const res = await manager('/api/programs/amorcage-ess/assignments', {
        method: 'PUT',
        body: {
          assignments: [
            { applicationId: 'app_clean', reviewerIds: ['usr_other'] },
            { applicationId: id, reviewerIds: ['usr_other', 'demo-reviewer'] },
          ],
        },
      });
      const problem = await expectProblem(res, 400);
      expect(problem.errors?.map((e) => e.path)).toEqual(['body.assignments.1.reviewerIds.1']);
      // Nothing was written, not even the valid first item.
      expect((await t.deps.store.applications.get('app_clean'))?.reviewerIds ?? []).toEqual([]);
      expect((await t.deps.store.applications.get(id))?.reviewerIds ?? []).toEqual([]);
    },
  );

  it('round-robin skips a reviewer on the files that name them and still gives those files someone else', async () => {
    const { t, manager } = await world();
    const res = await manager('/api/programs/amorcage-ess/assignments/round-robin', {
      method: 'POST',
      body: { reviewerIds: ['demo-reviewer', 'usr_other'], perApplication: 2 },
    });
    expect(res.status).toBe(200);
    for (const id of ['app_own', 'app_contact', 'app_signatory']) {
      expect((await t.deps.store.applications.get(id))?.reviewerIds).toEqual(['usr_other']);
    }
    expect([...((await t.deps.store.applications.get('app_clean'))?.reviewerIds ?? [])].sort()).toEqual(['demo-reviewer', 'usr_other']);
  });
});

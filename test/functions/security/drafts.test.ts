/**
 * A draft is the applicant's alone until it is submitted: no staff list, count,
 * dashboard, export or read shows it, even once withdrawn without ever having been
 * sent in.
 */
import { describe, expect, it } from 'vitest';
import { filledDraft } from '../../support/applications';
import { createTestContext } from '../../support/deps';
import { seedDemoData } from '../../../functions/src/local/seed';
import { as, signIn } from '../../support/session';
import { DEMO_MANAGER_EMAIL, NOW, expectProblem } from './support';

async function world() {
  const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
  await seedDemoData(t.deps.store, NOW);
  const owner = as(t, await signIn(t, 'lea@example.org'));
  const draft = await filledDraft(t, owner);
  const other = await filledDraft(t, owner);
  const withdrawn = await owner(`/api/applications/${other.id}/transitions`, { method: 'POST', body: { event: 'withdraw' } });
  expect(withdrawn.status).toBe(200);
  const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
  return { t, owner, manager, draftId: draft.id, withdrawnId: other.id };
}

describe('unsubmitted drafts stay with their author', () => {
  it('the staff queue lists neither drafts nor drafts withdrawn before submission', async () => {
    const { manager, draftId, withdrawnId } = await world();
    for (const status of ['draft', 'withdrawn']) {
      for (const sort of ['date', 'score']) {
        const res = await manager(`/api/applications?programId=amorcage-ess&status=${status}&sort=${sort}`);
        expect(res.status).toBe(200);
        const text = await res.text();
        expect(text).not.toContain(draftId);
        expect(text).not.toContain(withdrawnId);
      }
    }
  });

  it('a manager reading a draft gets a 404, as for an unknown id', async () => {
    const { manager, owner, draftId, withdrawnId } = await world();
    for (const id of [draftId, withdrawnId]) {
      await expectProblem(await manager(`/api/applications/${id}`), 404);
      await expectProblem(await manager(`/api/applications/${id}/events`), 404);
      await expectProblem(await manager(`/api/applications/${id}/messages`), 404);
    }
    expect((await owner(`/api/applications/${draftId}`)).status).toBe(200);
  });

  it('the dashboard counts no draft and the export holds no draft row', async () => {
    const { manager } = await world();
    const dashboard = await manager('/api/programs/amorcage-ess/dashboard');
    expect(dashboard.status).toBe(200);
    const { counts } = (await dashboard.json()) as { counts: Record<string, number> };
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(0);
    const link = await manager('/api/programs/amorcage-ess/export.csv');
    const csv = await (await fetch(link.headers.get('location') ?? '')).text();
    // The header alone: nothing from Léa's drafts (VALID_SECTIONS names the organisation).
    expect(csv.trim().split('\r\n')).toHaveLength(1);
  });
});

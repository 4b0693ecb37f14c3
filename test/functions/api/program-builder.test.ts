/** The programme builder: drafts, publication, coherent rules, and frozen parts once applications exist. */
import { describe, expect, it } from 'vitest';
import type { Program } from '../../../functions/src/domain/program';
import { DEMO_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import { filledDraft } from '../../support/applications';
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

describe('programme builder', () => {
  it('creates a draft that only managers see, then publishes it', async () => {
    const { t, manager } = await world();
    const created = await manager('/api/programs', { method: 'POST', body: input({ status: 'published' }) });
    expect(created.status).toBe(201);
    const draft = (await created.json()) as Program;
    expect(draft).toMatchObject({ id: 'tiers-lieux-2027', status: 'draft', version: 1 });
    expect((await t.app.request('/api/programs/tiers-lieux-2027')).status).toBe(404);
    expect((await manager('/api/programs/tiers-lieux-2027')).status).toBe(200);
    const all = (await (await manager('/api/programs?scope=all')).json()) as { items: { id: string; status: string }[] };
    expect(all.items).toContainEqual(expect.objectContaining({ id: 'tiers-lieux-2027', status: 'draft' }));
    expect((await t.app.request('/api/programs?scope=all')).status).toBe(401);
    const applicant = as(t, await signIn(t, 'lea@example.org'));
    expect((await applicant('/api/programs?scope=all')).status).toBe(403);
    const reviewer = as(t, await signIn(t, DEMO_REVIEWER_EMAIL));
    const visible = (await (await reviewer('/api/programs?scope=all')).json()) as { items: { id: string; status: string }[] };
    expect(visible.items.map((p) => p.status)).not.toContain('draft');

    const published = await manager('/api/programs/tiers-lieux-2027', {
      method: 'PUT',
      body: { ...input({ status: 'published' }), version: 1 },
    });
    expect(published.status).toBe(200);
    const open = (await (await t.app.request('/api/programs')).json()) as { items: { id: string }[] };
    expect(open.items.map((p) => p.id)).toContain('tiers-lieux-2027');
    expect((await manager('/api/programs', { method: 'POST', body: input() })).status).toBe(409);
  });

  it('refuses incoherent rules with field paths', async () => {
    const { manager } = await world();
    const base = input();
    const res = await manager('/api/programs', {
      method: 'POST',
      body: {
        ...base,
        closesAt: base.opensAt,
        rules: { ...base.rules, minAmountCents: base.rules.maxAmountCents + 1, organisationAgeMonths: { min: 36, max: 12 } },
        questions: [...base.questions, ...base.questions],
      },
    });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.closesAt', 'body.rules.minAmountCents', 'body.rules.organisationAgeMonths.min', 'body.questions']),
    );
  });

  it('freezes what applications depend on once they exist, and keeps the envelope above what is awarded', async () => {
    const { t, manager } = await world();
    const applicant = as(t, await signIn(t, 'lea@example.org'));
    await filledDraft(t, applicant, 'amorcage-ess');
    const current = (await (await manager('/api/programs/amorcage-ess')).json()) as Program;
    const { version, createdAt: _c, updatedAt: _u, ...fields } = current;

    const frozen = await manager('/api/programs/amorcage-ess', {
      method: 'PUT',
      body: { ...fields, version, questions: fields.questions.map((q) => ({ ...q, required: true })) },
    });
    expect(frozen.status).toBe(409);
    expect(((await frozen.json()) as { detail: string }).detail).toMatch(/ne peuvent plus changer \(questions\)/);

    const extended = await manager('/api/programs/amorcage-ess', {
      method: 'PUT',
      body: { ...fields, version, closesAt: '2027-06-30T22:00:00.000Z', envelopeCents: fields.envelopeCents + 50_000_00 },
    });
    expect(extended.status).toBe(200);
    expect(await t.deps.store.programs.remainingCents('amorcage-ess')).toBe(350_000_00);

    const stale = await manager('/api/programs/amorcage-ess', { method: 'PUT', body: { ...fields, version } });
    expect(stale.status).toBe(409);

    await t.deps.store.programs.replace({ ...current, version: current.version + 1 }, current.version + 1, -340_000_00);
    const latest = (await (await manager('/api/programs/amorcage-ess')).json()) as Program;
    const { version: v2, createdAt: _c2, updatedAt: _u2, ...now } = latest;
    const shrink = await manager('/api/programs/amorcage-ess', { method: 'PUT', body: { ...now, version: v2, envelopeCents: 40_000_00 } });
    expect(shrink.status).toBe(409);
    expect(((await shrink.json()) as { detail: string }).detail).toMatch(/sous le montant déjà accordé/);
  });

  it('is for managers only', async () => {
    const { t } = await world();
    const reviewer = as(t, await signIn(t, DEMO_REVIEWER_EMAIL));
    expect((await reviewer('/api/programs', { method: 'POST', body: input() })).status).toBe(403);
    expect((await reviewer('/api/programs/amorcage-ess', { method: 'PUT', body: { ...input(), version: 1 } })).status).toBe(403);
  });
});

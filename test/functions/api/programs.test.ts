import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Program, ProgramSummary } from '../../../functions/src/domain/program';
import { createTestContext, type TestContext } from '../../support/deps';
import { programFixture } from '../../support/programs';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const iso = (s: string) => new Date(s).toISOString();

describe('GET /api/programs', () => {
  let t: TestContext;

  beforeAll(async () => {
    t = await createTestContext({ now: NOW });
    const programs: Program[] = [
      programFixture(NOW, { id: 'open-late', closesAt: iso('2027-03-01T23:00:00Z') }),
      programFixture(NOW, { id: 'open-soon', closesAt: iso('2026-12-15T23:00:00+01:00') }),
      programFixture(NOW, { id: 'not-yet-open', opensAt: iso('2026-12-01T00:00:00Z'), closesAt: iso('2027-01-01T00:00:00Z') }),
      programFixture(NOW, { id: 'deadline-passed', opensAt: iso('2026-01-01T00:00:00Z'), closesAt: iso('2026-11-01T00:00:00Z') }),
      programFixture(NOW, { id: 'still-draft', status: 'draft' }),
      programFixture(NOW, { id: 'closed-early', status: 'closed' }),
    ];
    for (const p of programs) expect(await t.deps.store.programs.createIfAbsent(p)).toBe(true);
  });

  it('lists only programmes open now, soonest deadline first, with amounts for the cards', async () => {
    const res = await t.app.request('/api/programs');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: ProgramSummary[] };
    expect(body.items.map((p) => p.id)).toEqual(['open-soon', 'open-late']);
    expect(body.items[0]).toMatchObject({
      title: { fr: "Fonds d'amorçage ESS" },
      minAmountCents: 100_000,
      maxAmountCents: 3_000_000,
      maxShareOfBudgetPercent: 50,
      territoryName: "Communauté urbaine d'Arras",
    });
    expect(body.items[0]).not.toHaveProperty('rules');
  });

  it('follows the clock: a programme drops off the list once its deadline passes', async () => {
    t.setNow(new Date('2026-12-20T00:00:00Z'));
    try {
      const body = (await (await t.app.request('/api/programs')).json()) as { items: ProgramSummary[] };
      expect(body.items.map((p) => p.id)).toEqual(['not-yet-open', 'open-late']);
    } finally {
      t.setNow(NOW);
    }
  });

  it('returns one programme with its rules, questions, documents and rubric', async () => {
    const res = await t.app.request('/api/programs/open-late');
    expect(res.status).toBe(200);
    const program = (await res.json()) as Program;
    expect(program.rules.territory.communes).toContainEqual({ insee: '62041', postcode: '62000', name: 'Arras' });
    expect(program.documents.filter((d) => d.required).map((d) => d.type)).toEqual([
      'statuts',
      'avis_sirene',
      'rib',
      'budget_previsionnel',
    ]);
    expect(program.rubric.reduce((sum, c) => sum + c.weight, 0)).toBe(10);
  });

  it('shows closed programmes but hides drafts and unknown ids behind the same 404', async () => {
    expect((await t.app.request('/api/programs/closed-early')).status).toBe(200);
    for (const id of ['still-draft', 'does-not-exist']) {
      const res = await t.app.request(`/api/programs/${id}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await res.json()) as { status: number; detail: string; detailI18n: { en: string } };
      expect(problem.status).toBe(404);
      expect(problem.detail).toMatch(/n'existe pas/);
      expect(problem.detailI18n.en).toMatch(/does not exist/);
    }
  });

  it('answers an over-long id with a 400 naming the parameter', async () => {
    const res = await t.app.request(`/api/programs/${'x'.repeat(65)}`);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toEqual(['param.programId']);
  });

  it('never writes on a read: the stored programme is untouched', async () => {
    await t.app.request('/api/programs/open-late');
    const { Item } = await t.db.send(new GetCommand({ TableName: t.config.tableName, Key: { pk: 'PROGRAM#open-late', sk: 'PROGRAM' } }));
    expect(Item?.version).toBe(1);
  });
});

/**
 * Each audience reads its own application: every application-bearing route is
 * walked as the owner, an assigned reviewer, a reviewer not assigned and a manager,
 * and the whole JSON body is searched, at any depth, for keys that audience must
 * never receive. Then the scores: a reviewer sees others' only after transmitting
 * their own, in the application, in the queue and in the timeline.
 */
import { describe, expect, it } from 'vitest';
import { VALID_SECTIONS } from '../../support/applications';
import { as, signIn } from '../../support/session';
import { createTestContext, type TestContext } from '../../support/deps';
import { seedDemoData } from '../../../functions/src/local/seed';
import { DEMO_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL, NOW, type Req } from './support';

const INTERNAL = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'entity', 'remainingCents', 'applicationCount'];
const REVIEW_DATA = [
  'score',
  'disagreement',
  'reviewerIds',
  'conflictIds',
  'reviews',
  'eligibilityAtSubmission',
  'weightedScore',
  'scores',
  'reviewerCount',
  'conflictCount',
];
const FORBIDDEN = {
  applicant: [...INTERNAL, ...REVIEW_DATA],
  reviewer: [...INTERNAL, 'reviewerIds', 'conflictIds', 'reviews'],
  outsider: [...INTERNAL, ...REVIEW_DATA, 'organisation', 'project', 'budget', 'answers', 'declaration', 'ownerId'],
  manager: INTERNAL,
} as const;

/** Every key of `body`, at any depth, with its path. */
function keysOf(body: unknown, path = '$'): { key: string; path: string }[] {
  if (Array.isArray(body)) return body.flatMap((v, i) => keysOf(v, `${path}[${i}]`));
  if (body && typeof body === 'object') {
    return Object.entries(body).flatMap(([k, v]) => [{ key: k, path: `${path}.${k}` }, ...keysOf(v, `${path}.${k}`)]);
  }
  return [];
}

async function world() {
  const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
  await seedDemoData(t.deps.store, NOW);
  await t.deps.store.users.createIfAbsent({
    id: 'usr_rev2',
    email: 'deuxieme@demo.example.org',
    displayName: 'Hugo Petit',
    role: 'reviewer',
    status: 'active',
    locale: 'fr',
    createdAt: NOW.toISOString(),
  });
  await t.deps.store.users.createIfAbsent({
    id: 'usr_rev3',
    email: 'troisieme@demo.example.org',
    displayName: 'Nina Roux',
    role: 'reviewer',
    status: 'active',
    locale: 'fr',
    createdAt: NOW.toISOString(),
  });
  const owner = as(t, await signIn(t, 'lea@example.org'));
  const lea = await t.deps.store.users.findByEmail('lea@example.org');
  const at = NOW.toISOString();
  const id = 'app_audience';
  await t.deps.store.applications.create(
    {
      id,
      programId: 'amorcage-ess',
      ownerId: lea?.id ?? '',
      status: 'submitted',
      version: 2,
      reference: 'ESS-2026-000001',
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      ...VALID_SECTIONS,
    },
    {
      id: 'evt_audience',
      applicationId: id,
      type: 'submitted',
      at,
      actorId: lea?.id ?? '',
      actorRole: 'applicant',
      from: 'draft',
      to: 'submitted',
      message: null,
      visibility: 'all',
    },
  );
  const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
  const assigned = await manager('/api/programs/amorcage-ess/assignments', {
    method: 'PUT',
    body: { assignments: [{ applicationId: id, reviewerIds: ['demo-reviewer', 'usr_rev2'] }] },
  });
  expect(assigned.status).toBe(200);
  const reviewer = as(t, await signIn(t, DEMO_REVIEWER_EMAIL));
  const second = as(t, await signIn(t, 'deuxieme@demo.example.org'));
  const outsider = as(t, await signIn(t, 'troisieme@demo.example.org'));
  const rubric = (await t.deps.store.programs.get('amorcage-ess'))?.rubric ?? [];
  const review = (score: number) => ({
    conflictOfInterest: false,
    scores: Object.fromEntries(rubric.map((c) => [c.id, { score, comment: '' }])),
    comment: 'Vu.',
    submitted: true,
  });
  // Both declare no conflict; the second reviewer transmits a 5/5 review, the first not yet.
  for (const r of [reviewer, second]) {
    expect((await r(`/api/applications/${id}/reviews/me`, { method: 'PUT', body: { conflictOfInterest: false } })).status).toBe(200);
  }
  expect((await second(`/api/applications/${id}/reviews/me`, { method: 'PUT', body: review(5) })).status).toBe(200);
  return { t, id, owner, manager, reviewer, outsider, review };
}

function routes(id: string, role: 'applicant' | 'staff') {
  const list = role === 'applicant' ? '/api/applications' : '/api/applications?programId=amorcage-ess&status=submitted';
  return [
    { method: 'GET', path: list },
    { method: 'GET', path: `/api/applications/${id}` },
    { method: 'PATCH', path: `/api/applications/${id}`, body: { version: 2, project: { title: 'Changé' } } },
    { method: 'POST', path: `/api/applications/${id}/transitions`, body: { event: 'submit' } },
    { method: 'GET', path: `/api/applications/${id}/events` },
    { method: 'GET', path: `/api/applications/${id}/messages` },
    { method: 'POST', path: `/api/applications/${id}/messages`, body: { body: 'Une question.' } },
    {
      method: 'POST',
      path: `/api/applications/${id}/documents`,
      body: { type: 'rib', filename: 'rib.pdf', contentType: 'application/pdf', size: 1000 },
    },
    { method: 'GET', path: `/api/applications/${id}/reviews/me` },
    { method: 'GET', path: `/api/applications/${id}/reviews` },
  ];
}

async function walk(req: Req, id: string, role: 'applicant' | 'staff', forbidden: readonly string[]) {
  const leaks: string[] = [];
  let answered = 0;
  for (const route of routes(id, role)) {
    const res = await req(route.path, { method: route.method, body: route.body });
    expect(res.status, `${route.method} ${route.path}`).toBeLessThan(500);
    const text = await res.text();
    if (!text) continue;
    answered += 1;
    for (const { key, path } of keysOf(JSON.parse(text))) {
      if (forbidden.includes(key)) leaks.push(`${route.method} ${route.path} → ${path}`);
    }
  }
  expect(answered).toBeGreaterThan(5);
  return leaks;
}

describe('each audience reads only its own fields', () => {
  it('the owner never receives review data or internal keys, on any route', async () => {
    const { id, owner } = await world();
    expect(await walk(owner, id, 'applicant', FORBIDDEN.applicant)).toEqual([]);
  });

  it('an assigned reviewer never receives assignments, conflicts or others’ reviews', async () => {
    const { id, reviewer } = await world();
    expect(await walk(reviewer, id, 'staff', FORBIDDEN.reviewer)).toEqual([]);
  });

  it('a reviewer not assigned receives nothing of the file', async () => {
    const { id, outsider } = await world();
    expect(await walk(outsider, id, 'staff', FORBIDDEN.outsider)).toEqual([]);
  });

  it('a manager receives no internal key, and does receive the review data', async () => {
    const { id, manager } = await world();
    expect(await walk(manager, id, 'staff', FORBIDDEN.manager)).toEqual([]);
    const { application } = (await (await manager(`/api/applications/${id}`)).json()) as { application: Record<string, unknown> };
    expect(application).toMatchObject({ score: 100, reviewerIds: ['demo-reviewer', 'usr_rev2'] });
  });
});

describe('scores stay hidden from a reviewer until theirs is transmitted', () => {
  async function seen(t: TestContext, reviewer: Req, id: string) {
    void t;
    const { application } = (await (await reviewer(`/api/applications/${id}`)).json()) as {
      application: { score: number | null; disagreement: string[] };
    };
    const queue = (await (await reviewer('/api/applications?programId=amorcage-ess&status=submitted&sort=score')).json()) as {
      items: { id: string; score: number | null; disagreement: boolean }[];
    };
    const events = (await (await reviewer(`/api/applications/${id}/events`)).json()) as {
      items: { type: string; actorId: string; message: string | null }[];
    };
    return {
      application: { score: application.score, disagreement: application.disagreement },
      queue: queue.items.filter((i) => i.id === id).map((i) => ({ score: i.score, disagreement: i.disagreement })),
      others: events.items.filter((e) => e.type === 'review_submitted' && e.actorId === 'usr_rev2').map((e) => e.message),
    };
  }

  it('in the application, the queue and the timeline; then all three once the review is in', async () => {
    const { t, id, reviewer, review } = await world();
    expect(await seen(t, reviewer, id)).toEqual({
      application: { score: null, disagreement: [] },
      queue: [{ score: null, disagreement: false }],
      others: [null],
    });
    expect((await reviewer(`/api/applications/${id}/reviews/me`, { method: 'PUT', body: review(1) })).status).toBe(200);
    const after = await seen(t, reviewer, id);
    expect(after.application.score).toBe(60); // (100 + 20) / 2
    expect(after.application.disagreement.length).toBeGreaterThan(0);
    expect(after.queue).toEqual([{ score: 60, disagreement: true }]);
    expect(after.others).toEqual(['100']);
  });
});

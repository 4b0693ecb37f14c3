/**
 * The staff queue over many applications: cursor pages cross the whole set in
 * order, by date or by score, for a manager and for a reviewer, and no request
 * ever scans the table (the DynamoDB client here fails any ScanCommand).
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptySections, type Application } from '../../../functions/src/domain/application';
import { DEMO_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import type { QueueItem } from '../../../functions/src/services/applications';
import { createDynamoClient } from '../../../functions/src/store/clients';
import { createTestContext, forbidScans, type TestContext } from '../../support/deps';
import { as, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const COUNT = 130;
let t: TestContext;
let manager: ReturnType<typeof as>;
let reviewer: ReturnType<typeof as>;

async function pages(req: ReturnType<typeof as>, query: string, limit: number) {
  const items: QueueItem[] = [];
  let cursor: string | null = null;
  let count = 0;
  do {
    const res = await req(`/api/applications?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as { items: QueueItem[]; cursor: string | null };
    items.push(...page.items);
    cursor = page.cursor;
    count += 1;
  } while (cursor && count < 20);
  return { items, pages: count };
}

beforeAll(async () => {
  t = await createTestContext({ now: NOW, forbidScans: true, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
  await seedDemoData(t.deps.store, NOW);
  for (let i = 0; i < COUNT; i++) {
    const at = new Date(NOW.getTime() - (COUNT - i) * 60_000).toISOString();
    const application: Application = {
      id: `app_${String(i).padStart(4, '0')}`,
      programId: 'amorcage-ess',
      ownerId: `usr_${i}`,
      status: 'submitted',
      version: 2,
      reference: `ESS-2026-${String(i + 1).padStart(6, '0')}`,
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      ...emptySections(),
      organisation: { name: `Association ${i}` },
    };
    await t.deps.store.applications.create(application, {
      id: `evt_${i}`,
      applicationId: application.id,
      type: 'submitted',
      at,
      actorId: application.ownerId,
      actorRole: 'applicant',
      from: 'draft',
      to: 'submitted',
      message: null,
      visibility: 'all',
    });
    if (i % 3 === 0) await t.deps.store.reviews.setScore(application.id, (i * 7) % 101, []);
  }
  manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
  reviewer = as(t, await signIn(t, DEMO_REVIEWER_EMAIL));
}, 180_000);

describe('staff queue', () => {
  it('crosses every submitted application over several pages, oldest first', async () => {
    const { items, pages: count } = await pages(manager, 'programId=amorcage-ess&status=submitted&sort=date', 50);
    expect(count).toBe(3);
    expect(items).toHaveLength(COUNT);
    expect(items.map((i) => i.id)).toEqual(Array.from({ length: COUNT }, (_, i) => `app_${String(i).padStart(4, '0')}`));
    expect(items[0]).toMatchObject({ organisationName: 'Association 0', reviewerCount: 0, status: 'submitted' });
  });

  it('sorts by score, best first, unscored last', async () => {
    const { items } = await pages(manager, 'programId=amorcage-ess&status=submitted&sort=score', 40);
    expect(items).toHaveLength(COUNT);
    const scores = items.map((i) => i.score);
    const scored = scores.filter((s): s is number => s !== null);
    expect(scored).toEqual([...scored].sort((a, b) => b - a));
    expect(scores.slice(scored.length).every((s) => s === null)).toBe(true);
  });

  it('shows a reviewer only their assignments, minus a declared conflict', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `app_${String(i * 2).padStart(4, '0')}`);
    for (let i = 0; i < ids.length; i += 20) {
      const res = await manager('/api/programs/amorcage-ess/assignments', {
        method: 'PUT',
        body: { assignments: ids.slice(i, i + 20).map((applicationId) => ({ applicationId, reviewerIds: ['demo-reviewer'] })) },
      });
      expect(res.status).toBe(200);
    }
    const before = await pages(reviewer, 'programId=amorcage-ess&status=submitted', 25);
    expect(before.items).toHaveLength(60);
    expect(before.items.every((i) => i.conflict === 'pending')).toBe(true);

    await reviewer(`/api/applications/${ids[0]}/reviews/me`, { method: 'PUT', body: { conflictOfInterest: true } });
    const after = await pages(reviewer, 'programId=amorcage-ess&status=submitted', 25);
    expect(after.items.map((i) => i.id)).not.toContain(ids[0]);
    expect(after.items).toHaveLength(59);

    const managerView = await pages(manager, 'programId=amorcage-ess&status=submitted&sort=date', 100);
    expect(managerView.items.filter((i) => i.reviewerCount === 1)).toHaveLength(60);
  }, 120_000);

  it('refuses queue filters to applicants and asks staff for a programme', async () => {
    const applicant = as(t, await signIn(t, 'lea@example.org'));
    expect((await applicant('/api/applications?programId=amorcage-ess')).status).toBe(400);
    expect((await manager('/api/applications')).status).toBe(400);
  });

  it('runs against a client that really refuses scans', async () => {
    const guarded = forbidScans(createDynamoClient(t.config));
    await expect(guarded.send(new ScanCommand({ TableName: t.config.tableName, Limit: 1 }))).rejects.toThrow(/Scan is forbidden/);
  });
});

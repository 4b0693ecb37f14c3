/**
 * Promise guarded: an applicant edits their answers, never the file's
 * bookkeeping. Status, owner, reference, version, programme, dates and any
 * future score are set by the server alone: a request that tries to set one is
 * refused with a 400 naming the offending field, and the stored application is
 * left byte-for-byte as it was. Lifecycle events reserved to staff (or unknown)
 * never move the application.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationView } from '../../../functions/src/services/applications';
import { VALID_SECTIONS } from '../../support/applications';
import { JSON_HEADERS } from '../../support/session';
import { expectProblem, ownerWorld, storedApplication, storedPartition, type OwnerWorld } from './support';

let w: OwnerWorld;
let id: string;

beforeAll(async () => {
  w = await ownerWorld('lea@example.org');
  id = w.applicationId;
});

const stored = () => storedApplication(w.t, id);

async function currentVersion(): Promise<number> {
  const item = await stored();
  return Number(item?.version);
}

/** Sends a raw JSON text (so `__proto__` and `constructor` stay real keys) as the owner. */
function rawAsOwner(path: string, method: string, body: string) {
  return w.t.app.request(path, { method, headers: { ...JSON_HEADERS, Cookie: w.owner.cookie }, body });
}

/** Runs `act`, expects a 400 whose field errors name `paths`, and checks the stored item did not move. */
async function expectRefusedAndUnchanged(act: () => Response | Promise<Response>, paths: string[]) {
  const before = await stored();
  expect(before?.status).toBe('draft');
  const res = await act();
  const problem = await expectProblem(res, 400);
  expect(await stored()).toEqual(before);
  // Last, so a failure here still proves the refusal and the untouched item above.
  expect(problem.errors?.map((e) => e.path) ?? [], 'the field errors name the offending field').toEqual(expect.arrayContaining(paths));
}

describe('PATCH /api/applications/:id refuses server-owned top-level fields', () => {
  const attempts: { field: string; value: unknown }[] = [
    { field: 'status', value: 'approved' },
    { field: 'ownerId', value: 'usr_someone-else' },
    { field: 'reference', value: 'ESS-2026-000001' },
    { field: 'score', value: 20 },
    { field: 'scores', value: [{ reviewerId: 'demo-reviewer', total: 20 }] },
    { field: 'programId', value: 'innovation-sociale' },
    { field: 'id', value: 'app_other' },
    { field: 'submittedAt', value: '2026-11-01T00:00:00.000Z' },
    { field: 'createdAt', value: '2020-01-01T00:00:00.000Z' },
    { field: 'updatedAt', value: '2020-01-01T00:00:00.000Z' },
    { field: 'amountAwardedCents', value: 1_200_000 },
    { field: 'pk', value: 'APP#other' },
    { field: 'gsi1pk', value: 'OWNER#someone-else' },
  ];

  it.each(attempts.map((a) => [a.field, a] as const))('`%s` → 400 naming it, item unchanged', async (_title, { field, value }) => {
    const version = await currentVersion();
    await expectRefusedAndUnchanged(
      () => w.owner.req(`/api/applications/${id}`, { method: 'PATCH', body: { version, ...VALID_SECTIONS, [field]: value } }),
      [`body.${field}`],
    );
  });

  it('refuses a status slipped in through __proto__ or constructor.prototype', async () => {
    const version = await currentVersion();
    await expectRefusedAndUnchanged(
      () => rawAsOwner(`/api/applications/${id}`, 'PATCH', `{"version":${version},"__proto__":{"status":"approved","ownerId":"x"}}`),
      ['body.__proto__'],
    );
    await expectRefusedAndUnchanged(
      () => rawAsOwner(`/api/applications/${id}`, 'PATCH', `{"version":${version},"constructor":{"prototype":{"status":"approved"}}}`),
      ['body.constructor'],
    );
    expect(({} as Record<string, unknown>).status).toBeUndefined();
  });
});

describe('PATCH /api/applications/:id refuses unknown keys inside sections', () => {
  const attempts: { section: string; field: string; value: unknown }[] = [
    { section: 'organisation', field: 'status', value: 'approved' },
    { section: 'organisation', field: 'ownerId', value: 'usr_someone-else' },
    { section: 'project', field: 'reference', value: 'ESS-2026-000001' },
    { section: 'project', field: 'score', value: 20 },
    { section: 'budget', field: 'approved', value: true },
    { section: 'budget', field: 'amountAwardedCents', value: 1_200_000 },
    { section: 'declaration', field: 'submittedAt', value: '2026-11-01T00:00:00.000Z' },
  ];

  it.each(attempts.map((a) => [`${a.section}.${a.field}`, a] as const))(
    '%s → 400 naming it, item unchanged',
    async (_title, { section, field, value }) => {
      const version = await currentVersion();
      const sectionValue = { ...(VALID_SECTIONS as unknown as Record<string, Record<string, unknown>>)[section], [field]: value };
      await expectRefusedAndUnchanged(
        () => w.owner.req(`/api/applications/${id}`, { method: 'PATCH', body: { version, [section]: sectionValue } }),
        [`body.${section}.${field}`],
      );
    },
  );

  it('refuses an unknown key on a budget line, naming its index', async () => {
    const version = await currentVersion();
    const expenses = [{ label: 'Outillage', amountCents: 100, approved: true }];
    await expectRefusedAndUnchanged(
      () => w.owner.req(`/api/applications/${id}`, { method: 'PATCH', body: { version, budget: { expenses } } }),
      ['body.budget.expenses.0.approved'],
    );
  });

  it('keeps a programme answer named like a protected field inside `answers`', async () => {
    const version = await currentVersion();
    const before = await stored();
    const res = await w.owner.req(`/api/applications/${id}`, {
      method: 'PATCH',
      body: { version, answers: { ...VALID_SECTIONS.answers, status: 'approved', reference: 'ESS-2026-000001' } },
    });
    expect(res.status).toBe(200);
    const after = await stored();
    expect(after).toMatchObject({
      status: 'draft',
      reference: null,
      ownerId: before?.ownerId,
      programId: before?.programId,
      submittedAt: null,
      createdAt: before?.createdAt,
      version: version + 1,
    });
    expect((after!.answers as Record<string, unknown>).status).toBe('approved');
  });
});

describe('the version is the server’s', () => {
  it.each([
    ['a future version', (v: number) => v + 10, 409],
    ['a past version', (v: number) => v - 1, 409],
    ['a fractional version', (v: number) => v + 0.5, 400],
    ['a negative version', () => -1, 400],
    ['a version as a string', (v: number) => String(v), 400],
    ['a huge version', () => 1e308, 400],
  ] as const)('%s is refused, and the item does not move', async (_label, make, status) => {
    const version = await currentVersion();
    const before = await stored();
    const res = await w.owner.req(`/api/applications/${id}`, {
      method: 'PATCH',
      body: { version: make(version), organisation: { name: 'Nouveau nom' } },
    });
    const problem = await expectProblem(res, status);
    if (status === 409) expect(problem.currentVersion).toBe(version);
    expect(await stored()).toEqual(before);
  });

  it('a save moves the version by exactly one, whatever the client would like', async () => {
    const version = await currentVersion();
    const res = await w.owner.req(`/api/applications/${id}`, {
      method: 'PATCH',
      body: { version, organisation: VALID_SECTIONS.organisation },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as ApplicationView).application.version).toBe(version + 1);
    expect(await currentVersion()).toBe(version + 1);
  });
});

describe('POST /api/applications refuses server-owned fields', () => {
  it.each([
    ['ownerId', 'usr_someone-else'],
    ['status', 'submitted'],
    ['reference', 'ESS-2026-000001'],
    ['version', 99],
    ['id', 'app_chosen'],
  ] as const)('`%s` → 400 naming it, and no draft is created', async (field, value) => {
    const list = async () =>
      ((await (await w.owner.req('/api/applications')).json()) as { items: { id: string }[] }).items.map((i) => i.id);
    const before = await list();
    const res = await w.owner.req('/api/applications', { method: 'POST', body: { programId: 'amorcage-ess', [field]: value } });
    const problem = await expectProblem(res, 400);
    expect(await list()).toEqual(before);
    expect(problem.errors?.map((e) => e.path) ?? []).toContain(`body.${field}`);
  });
});

describe('transitions an applicant may not fire', () => {
  it.each([
    [{ event: 'approve' }],
    [{ event: 'approve', amountAwardedCents: 1_200_000 }],
    [{ event: 'reject', reason: 'non' }],
    [{ event: 'start_review' }],
    [{ event: 'request_changes', message: 'Merci de compléter.' }],
    [{ event: 'publish' }],
    [{ event: 'SUBMIT' }],
    [{ event: '' }],
    [{ event: null }],
    [{ event: ['submit'] }],
    [{ event: { type: 'approve' } }],
    [{ event: 'submit', status: 'approved' }],
    [{ event: 'withdraw', to: 'approved' }],
    [{ status: 'approved' }],
    [{}],
  ])('%j → 400 or 409, and the application does not move', async (body) => {
    const before = await storedPartition(w.t, id);
    const res = await w.owner.req(`/api/applications/${id}/transitions`, { method: 'POST', body });
    expect([400, 409]).toContain(res.status);
    await expectProblem(res);
    expect(await storedPartition(w.t, id)).toEqual(before);
  });

  it('a submit that cannot go through (documents missing) changes nothing either', async () => {
    const before = await storedPartition(w.t, id);
    const res = await w.owner.req(`/api/applications/${id}/transitions`, { method: 'POST', body: { event: 'submit' } });
    await expectProblem(res, 400);
    expect(await storedPartition(w.t, id)).toEqual(before);
  });
});

describe('other routes cannot carry server-owned fields either', () => {
  it('a message with extra keys is refused and the thread is unchanged', async () => {
    const before = await storedPartition(w.t, id);
    const res = await w.owner.req(`/api/applications/${id}/messages`, {
      method: 'POST',
      body: { body: 'Bonjour', status: 'approved', authorRole: 'manager' },
    });
    await expectProblem(res, 400);
    expect(await storedPartition(w.t, id)).toEqual(before);
  });

  it('an upload declaration with extra keys is refused and no document is added', async () => {
    const before = await storedPartition(w.t, id);
    const res = await w.owner.req(`/api/applications/${id}/documents`, {
      method: 'POST',
      body: {
        type: 'rib',
        filename: 'rib.pdf',
        contentType: 'application/pdf',
        size: 1000,
        status: 'verified',
        applicationId: 'app_other',
      },
    });
    await expectProblem(res, 400);
    expect(await storedPartition(w.t, id)).toEqual(before);
  });

  it('after all of it the application is still a draft owned by its applicant, without a reference', async () => {
    const res = await w.owner.req(`/api/applications/${id}`);
    expect(res.status).toBe(200);
    const { application } = (await res.json()) as ApplicationView;
    const item = await stored();
    expect(application).toMatchObject({ id, status: 'draft', reference: null, submittedAt: null, programId: 'amorcage-ess' });
    expect(item).toMatchObject({ status: 'draft', reference: null, ownerId: application.ownerId, gsi1pk: `OWNER#${application.ownerId}` });
  });
});

/**
 * Promise guarded: an applicant's file is theirs alone. Another applicant, a
 * signed-out visitor or a reviewer who is not assigned cannot read, change,
 * submit, withdraw, upload to, download from or write in someone else's
 * application — and cannot even learn that it exists (404, never 403 or 200).
 * Whatever they try, the owner's application stays exactly as it was.
 */
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLE_TABLE } from '../../../functions/src/auth/route-roles';
import { verifiedObjectKey } from '../../../functions/src/services/documents';
import type { ApplicationView } from '../../../functions/src/services/applications';
import { VALID_SECTIONS } from '../../support/applications';
import { JSON_HEADERS, as, signIn } from '../../support/session';
import { DEMO_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL, expectProblem, ownerWorld, storedPartition, type OwnerWorld, type Req } from './support';

type Attempt = { name: string; route: string; method: string; path: string; body?: unknown };

/** One name per attempt below (it.each needs them before beforeAll has built the attempts). */
const ATTEMPT_NAMES = [
  'read the application',
  'autosave over it with its current version',
  'declare an upload on it',
  'complete its document',
  'download its document',
  'delete its document',
  'submit it',
  'withdraw it',
  'read its timeline',
  'read its messages',
  'write in its thread',
  'download its deposit receipt',
  'put a wallet document into it',
];

let w: OwnerWorld;
let intruder: Req;
let reviewer: Req;
let manager: Req;
let before: Record<string, unknown>[];
let ownerView: ApplicationView;
let ownerMessages: unknown[];
let ownerEvents: unknown[];
let attempts: Attempt[];

beforeAll(async () => {
  w = await ownerWorld('lea@example.org');
  intruder = as(w.t, await signIn(w.t, 'mallory@example.org'));
  reviewer = as(w.t, await signIn(w.t, DEMO_REVIEWER_EMAIL));
  manager = as(w.t, await signIn(w.t, DEMO_MANAGER_EMAIL));

  const view = await w.owner.req(`/api/applications/${w.applicationId}`);
  expect(view.status).toBe(200);
  ownerView = (await view.json()) as ApplicationView;
  ownerMessages = ((await (await w.owner.req(`/api/applications/${w.applicationId}/messages`)).json()) as { items: unknown[] }).items;
  ownerEvents = ((await (await w.owner.req(`/api/applications/${w.applicationId}/events`)).json()) as { items: unknown[] }).items;
  before = await storedPartition(w.t, w.applicationId);

  const app = `/api/applications/${w.applicationId}`;
  const doc = `${app}/documents/${w.documentId}`;
  attempts = [
    { name: 'read the application', route: 'GET /api/applications/:id', method: 'GET', path: app },
    {
      name: 'autosave over it with its current version',
      route: 'PATCH /api/applications/:id',
      method: 'PATCH',
      path: app,
      body: { version: ownerView.application.version, organisation: { ...VALID_SECTIONS.organisation, name: 'Détournement SARL' } },
    },
    {
      name: 'declare an upload on it',
      route: 'POST /api/applications/:id/documents',
      method: 'POST',
      path: `${app}/documents`,
      body: { type: 'rib', filename: 'rib.pdf', contentType: 'application/pdf', size: 1000 },
    },
    {
      name: 'complete its document',
      route: 'POST /api/applications/:id/documents/:documentId/complete',
      method: 'POST',
      path: `${doc}/complete`,
    },
    {
      name: 'download its document',
      route: 'GET /api/applications/:id/documents/:documentId/download',
      method: 'GET',
      path: `${doc}/download`,
    },
    { name: 'delete its document', route: 'DELETE /api/applications/:id/documents/:documentId', method: 'DELETE', path: doc },
    {
      name: 'submit it',
      route: 'POST /api/applications/:id/transitions',
      method: 'POST',
      path: `${app}/transitions`,
      body: { event: 'submit' },
    },
    {
      name: 'withdraw it',
      route: 'POST /api/applications/:id/transitions',
      method: 'POST',
      path: `${app}/transitions`,
      body: { event: 'withdraw' },
    },
    { name: 'read its timeline', route: 'GET /api/applications/:id/events', method: 'GET', path: `${app}/events` },
    { name: 'read its messages', route: 'GET /api/applications/:id/messages', method: 'GET', path: `${app}/messages` },
    {
      name: 'write in its thread',
      route: 'POST /api/applications/:id/messages',
      method: 'POST',
      path: `${app}/messages`,
      body: { body: 'Bonjour, je reprends ce dossier.' },
    },
    { name: 'download its deposit receipt', route: 'GET /api/applications/:id/receipt.pdf', method: 'GET', path: `${app}/receipt.pdf` },
    {
      name: 'put a wallet document into it',
      route: 'POST /api/applications/:id/documents/from-wallet',
      method: 'POST',
      path: `${app}/documents/from-wallet`,
      body: { walletId: 'doc_01JZZZZZZZZZZZZZZZZZZZZZZZ' },
    },
  ];
});

function send(req: Req, attempt: Attempt) {
  return req(attempt.path, { method: attempt.method, ...(attempt.body === undefined ? {} : { body: attempt.body }) });
}

/** Nothing the owner typed may appear in a refusal. */
function expectNoLeak(problem: unknown) {
  const text = JSON.stringify(problem);
  for (const secret of [VALID_SECTIONS.organisation.name ?? '', 'plan de financement', ownerView.application.ownerId, 'statuts.pdf']) {
    expect(text).not.toContain(secret);
  }
}

async function expectUntouched() {
  expect(await storedPartition(w.t, w.applicationId)).toEqual(before);
}

describe("another applicant, on someone else's application", () => {
  it('is exercised on every route under /api/applications/:id in the role table', () => {
    // Routes an applicant may call at all; staff-only ones answer 403 by role before any object is read.
    const underApplication = Object.entries(ROLE_TABLE)
      .filter(
        ([key, access]) => key.split(' ')[1]?.startsWith('/api/applications/:id') && (access === 'public' || access.includes('applicant')),
      )
      .map(([key]) => key);
    expect(underApplication.length).toBeGreaterThan(0);
    expect(new Set(attempts.map((a) => a.route))).toEqual(new Set(underApplication));
    expect(attempts.map((a) => a.name)).toEqual(ATTEMPT_NAMES);
  });

  it.each(ATTEMPT_NAMES)('gets a 404 problem when trying to %s, and nothing changes', async (name) => {
    const attempt = attempts.find((a) => a.name === name);
    if (!attempt) throw new Error(`no attempt named ${name}`);
    const res = await send(intruder, attempt);
    expectNoLeak(await expectProblem(res, 404));
    await expectUntouched();
  });

  it('does not see it in their own list', async () => {
    const res = await intruder('/api/applications');
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: { id: string }[] };
    expect(items.map((i) => i.id)).not.toContain(w.applicationId);
    expect(items).toEqual([]);
  });

  it("cannot reach the owner's document through an application of their own", async () => {
    const created = await intruder('/api/applications', { method: 'POST', body: { programId: 'amorcage-ess' } });
    expect(created.status).toBe(201);
    const own = ((await created.json()) as ApplicationView).application.id;
    const doc = `/api/applications/${own}/documents/${w.documentId}`;
    await expectProblem(await intruder(`${doc}/download`), 404);
    await expectProblem(await intruder(`${doc}/complete`, { method: 'POST' }), 404);
    await expectProblem(await intruder(doc, { method: 'DELETE' }), 404);
    await expectUntouched();
  });
});

describe('a signed-out visitor', () => {
  it.each(ATTEMPT_NAMES)('gets a 401 problem when trying to %s', async (name) => {
    const attempt = attempts.find((a) => a.name === name);
    if (!attempt) throw new Error(`no attempt named ${name}`);
    const res = await w.t.app.request(attempt.path, {
      method: attempt.method,
      headers: JSON_HEADERS,
      ...(attempt.body === undefined ? {} : { body: JSON.stringify(attempt.body) }),
    });
    expectNoLeak(await expectProblem(res, 401));
    await expectUntouched();
  });

  it('gets a 401 on the list of applications too', async () => {
    await expectProblem(await w.t.app.request('/api/applications'), 401);
  });
});

describe('a reviewer who is not assigned', () => {
  // Where the role table lets reviewers in, the object check must hide the file (404);
  // where it does not, the role check refuses first (403). Never a 200.
  it.each(ATTEMPT_NAMES)('cannot %s: 404 on routes open to reviewers, 403 on the others', async (name) => {
    const attempt = attempts.find((a) => a.name === name);
    if (!attempt) throw new Error(`no attempt named ${name}`);
    const access = ROLE_TABLE[attempt.route];
    const expected = access !== 'public' && access?.includes('reviewer') ? 404 : 403;
    expectNoLeak(await expectProblem(await send(reviewer, attempt), expected));
    await expectUntouched();
  });

  it('gets 404 on the application content itself (it is open to reviewers by role)', async () => {
    expect(ROLE_TABLE['GET /api/applications/:id']).toContain('reviewer');
    await expectProblem(await reviewer(`/api/applications/${w.applicationId}`), 404);
    await expectProblem(await reviewer(`/api/applications/${w.applicationId}/messages`), 404);
    await expectProblem(await reviewer(`/api/applications/${w.applicationId}/events`), 404);
    await expectProblem(await reviewer(`/api/applications/${w.applicationId}/documents/${w.documentId}/download`), 404);
  });

  it('gets 404 on the review routes of an application not assigned to them, and declares nothing', async () => {
    await expectProblem(await reviewer(`/api/applications/${w.applicationId}/reviews/me`), 404);
    const put = await reviewer(`/api/applications/${w.applicationId}/reviews/me`, {
      method: 'PUT',
      body: { conflictOfInterest: false, scores: {}, comment: '', submitted: false },
    });
    await expectProblem(put, 404);
    await expectUntouched();
  });
});

describe('after every attempt', () => {
  it("leaves the owner's application exactly as it was: version, status, documents, messages, timeline and stored object", async () => {
    await expectUntouched();

    const res = await w.owner.req(`/api/applications/${w.applicationId}`);
    expect(res.status).toBe(200);
    const view = (await res.json()) as ApplicationView;
    expect(view.application.status).toBe('draft');
    expect(view.application.version).toBe(ownerView.application.version);
    expect(view.application.organisation).toEqual(ownerView.application.organisation);
    expect(view.documents).toEqual(ownerView.documents);
    expect(view.documents.map((d) => [d.id, d.status])).toEqual([[w.documentId, 'verified']]);

    const messages = (await (await w.owner.req(`/api/applications/${w.applicationId}/messages`)).json()) as { items: { id: string }[] };
    expect(messages.items).toEqual(ownerMessages);
    expect(messages.items.map((m) => m.id)).toEqual([w.messageId]);
    const events = (await (await w.owner.req(`/api/applications/${w.applicationId}/events`)).json()) as { items: unknown[] };
    expect(events.items).toEqual(ownerEvents);

    const sha256 = (await w.t.deps.store.applications.getDocument(w.applicationId, w.documentId))?.sha256 ?? 'none';
    const head = await w.t.s3.send(
      new HeadObjectCommand({ Bucket: w.t.config.documentsBucket, Key: verifiedObjectKey(w.applicationId, w.documentId, sha256) }),
    );
    expect(head.ContentLength).toBeGreaterThan(0);

    // Positive control: the 404s above are about ownership, not a broken route.
    expect((await w.owner.req(`/api/applications/${w.applicationId}/documents/${w.documentId}/download`)).status).toBe(200);
    expect((await w.owner.req(`/api/applications/${w.applicationId}`)).status).toBe(200);
    // A draft is the applicant's alone until submitted: staff do not see it either.
    expect((await manager(`/api/applications/${w.applicationId}`)).status).toBe(404);
  });
});

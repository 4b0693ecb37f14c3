/**
 * Journeys 5 and 6 on the API: assignment, conflict declarations, change requests,
 * scoring, and decisions that never over-commit the programme's envelope.
 */
import { describe, expect, it } from 'vitest';
import type { ApplicationView } from '../../../functions/src/services/applications';
import { DEMO_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import { REQUIRED_DOCUMENTS, VALID_SECTIONS, filledDraft, uploadDocument } from '../../support/applications';
import { createTestContext, type TestContext } from '../../support/deps';
import { samplePdf } from '../../support/files';
import { as, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');
type Req = ReturnType<typeof as>;

const SCORES = {
  utilite_sociale: { score: 4, comment: 'Besoin avéré.' },
  viabilite: { score: 3, comment: '' },
  gouvernance: { score: 2, comment: '' },
  ancrage: { score: 5, comment: '' },
};

async function submitted(t: TestContext, req: Req, amountRequestedCents = 1_200_000) {
  const draft = await filledDraft(t, req);
  const expenses = [{ label: 'Projet', amountCents: amountRequestedCents * 2 }];
  const funding = [{ label: 'Fonds propres', kind: 'own', amountCents: amountRequestedCents }];
  await req(`/api/applications/${draft.id}`, {
    method: 'PATCH',
    body: { version: draft.version, budget: { expenses, funding, amountRequestedCents } },
  });
  for (const type of REQUIRED_DOCUMENTS) {
    await uploadDocument(req, draft.id, { type, filename: `${type}.pdf`, contentType: 'application/pdf', bytes: samplePdf() });
  }
  const res = await req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
  expect(res.status).toBe(200);
  return draft.id;
}

async function world() {
  const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
  await seedDemoData(t.deps.store, NOW);
  const applicant = as(t, await signIn(t, 'lea@example.org'));
  const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
  const reviewer = as(t, await signIn(t, DEMO_REVIEWER_EMAIL));
  const second = await t.deps.store.users.createIfAbsent({
    id: 'usr_second_reviewer',
    email: 'second@demo.example.org',
    displayName: 'Paul Petit',
    role: 'reviewer',
    status: 'active',
    locale: 'fr',
    createdAt: NOW.toISOString(),
  });
  const conflicted = as(t, await signIn(t, second.email));
  return { t, applicant, manager, reviewer, conflicted, reviewerId: 'demo-reviewer', secondId: second.id };
}

const transition = (req: Req, id: string, body: Record<string, unknown>) =>
  req(`/api/applications/${id}/transitions`, { method: 'POST', body });

describe('review round', () => {
  it('runs assignment, conflict, change request, resubmission, scoring and approval', async () => {
    const w = await world();
    const id = await submitted(w.t, w.applicant);

    const assigned = await w.manager('/api/programs/amorcage-ess/assignments', {
      method: 'PUT',
      body: { assignments: [{ applicationId: id, reviewerIds: [w.reviewerId, w.secondId] }] },
    });
    expect(assigned.status).toBe(200);
    expect(await assigned.json()).toEqual({ added: 2 });

    // Before declaring, a reviewer cannot read the content.
    expect((await w.reviewer(`/api/applications/${id}`)).status).toBe(404);
    expect(await (await w.reviewer(`/api/applications/${id}/reviews/me`)).json()).toMatchObject({
      state: 'review',
      assignment: { conflict: 'pending' },
    });

    // The second reviewer declares a conflict: the file is closed to them for good.
    const declared = await w.conflicted(`/api/applications/${id}/reviews/me`, { method: 'PUT', body: { conflictOfInterest: true } });
    // What a reviewer may know to recognise a conflict: who and what, not the content.
    expect(await declared.json()).toEqual({
      state: 'conflict_declared',
      subject: {
        id,
        programId: 'amorcage-ess',
        status: 'submitted',
        reference: 'ESS-2026-000001',
        organisationName: VALID_SECTIONS.organisation.name,
        projectTitle: VALID_SECTIONS.project.title,
        amountRequestedCents: expect.any(Number),
      },
    });
    expect((await w.conflicted(`/api/applications/${id}`)).status).toBe(404);
    expect((await w.conflicted(`/api/applications/${id}/reviews/me`, { method: 'PUT', body: { conflictOfInterest: false } })).status).toBe(
      404,
    );

    // The manager sees the conflict flagged, in the queue and on the file.
    const queue = (await (await w.manager('/api/applications?programId=amorcage-ess&status=submitted')).json()) as {
      items: { id: string; reviewerCount: number; conflictCount: number }[];
    };
    expect(queue.items.find((item) => item.id === id)).toMatchObject({ reviewerCount: 2, conflictCount: 1 });
    const overview = await w.manager(`/api/applications/${id}/reviews`);
    expect(overview.status).toBe(200);
    expect(((await overview.json()) as { assignments: { reviewerId: string; conflict: string }[] }).assignments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reviewerId: w.secondId, conflict: 'declared' }),
        expect.objectContaining({ reviewerId: w.reviewerId, conflict: 'pending' }),
      ]),
    );
    expect((await w.reviewer(`/api/applications/${id}/reviews`)).status).toBe(403);
    // A manager not among the reviewers has no review of their own here.
    expect((await w.manager(`/api/applications/${id}/reviews/me`)).status).toBe(404);

    // The first declares none and reads the file, with the eligibility verdict of the submission.
    await w.reviewer(`/api/applications/${id}/reviews/me`, { method: 'PUT', body: { conflictOfInterest: false } });
    const opened = await w.reviewer(`/api/applications/${id}`);
    expect(opened.status).toBe(200);
    expect(((await opened.json()) as ApplicationView).application.eligibilityAtSubmission).toMatchObject({
      eligible: true,
      criteria: expect.arrayContaining([expect.objectContaining({ id: 'territory', passed: true })]),
    });

    // A change request needs a message; it reaches the applicant by email and in the thread.
    expect((await transition(w.reviewer, id, { event: 'request_changes', message: '' })).status).toBe(400);
    const changes = await transition(w.reviewer, id, { event: 'request_changes', message: 'Merci de joindre un RIB à jour.' });
    expect(changes.status).toBe(200);
    expect(w.t.deps.outbox?.list()[0]).toMatchObject({ to: 'lea@example.org', subject: expect.stringMatching(/^Modifications demandées/) });
    const thread = (await (await w.applicant(`/api/applications/${id}/messages`)).json()) as { items: { body: string }[] };
    expect(thread.items.map((m) => m.body)).toContain('Merci de joindre un RIB à jour.');

    // The applicant edits and resubmits: back in the queue with the same reference.
    const view = (await (await w.applicant(`/api/applications/${id}`)).json()) as ApplicationView;
    expect(view.editable).toBe(true);
    await w.applicant(`/api/applications/${id}`, {
      method: 'PATCH',
      body: {
        version: view.application.version,
        project: { ...VALID_SECTIONS.project, title: 'Atelier de réparation (v2)' },
        // The change request unticked the sworn statement: it is made again for the new version.
        declaration: VALID_SECTIONS.declaration,
      },
    });
    const resubmitted = (await (await transition(w.applicant, id, { event: 'submit' })).json()) as ApplicationView;
    expect(resubmitted.application).toMatchObject({ status: 'submitted', reference: 'ESS-2026-000001' });

    // Review: start, score, submit (locks).
    expect((await transition(w.reviewer, id, { event: 'start_review' })).status).toBe(200);
    const partial = await w.reviewer(`/api/applications/${id}/reviews/me`, {
      method: 'PUT',
      body: { conflictOfInterest: false, scores: { viabilite: SCORES.viabilite }, submitted: true },
    });
    expect(partial.status).toBe(400);
    const scored = await w.reviewer(`/api/applications/${id}/reviews/me`, {
      method: 'PUT',
      body: { conflictOfInterest: false, scores: SCORES, comment: 'Projet solide.', submitted: true },
    });
    expect(scored.status).toBe(200);
    expect(await scored.json()).toMatchObject({ review: { weightedScore: 70, submitted: true } });
    const locked = await w.reviewer(`/api/applications/${id}/reviews/me`, {
      method: 'PUT',
      body: { conflictOfInterest: false, scores: { ...SCORES, viabilite: { score: 5, comment: '' } }, submitted: true },
    });
    expect(locked.status).toBe(409);
    const staffView = (await (await w.manager(`/api/applications/${id}`)).json()) as ApplicationView;
    expect(staffView.application.score).toBe(70);
    // The manager reads submitted reviews; a draft would stay with its author.
    const afterReview = (await (await w.manager(`/api/applications/${id}/reviews`)).json()) as {
      reviews: { reviewerId: string; weightedScore: number }[];
      score: number;
    };
    expect(afterReview).toMatchObject({ score: 70, reviews: [{ reviewerId: w.reviewerId, weightedScore: 70 }] });

    // Decisions are the manager's: a reviewer cannot approve, and the amount is capped by the request.
    expect((await transition(w.reviewer, id, { event: 'approve', amountAwardedCents: 1_000_000 })).status).toBe(409);
    expect((await transition(w.manager, id, { event: 'approve', amountAwardedCents: 1_200_001 })).status).toBe(400);
    const approved = await transition(w.manager, id, { event: 'approve', amountAwardedCents: 1_000_000 });
    expect(approved.status).toBe(200);
    expect(((await approved.json()) as ApplicationView).application).toMatchObject({ status: 'approved', amountAwardedCents: 1_000_000 });
    expect(await w.t.deps.store.programs.remainingCents('amorcage-ess')).toBe(300_000_00 - 1_000_000);
    expect(w.t.deps.outbox?.list()[0]?.text).toMatch(/acceptée pour un montant de 10\s000\s€/);

    // Re-opening restores the envelope and is recorded.
    expect((await transition(w.manager, id, { event: 'reopen', reason: '' })).status).toBe(400);
    expect((await transition(w.manager, id, { event: 'reopen', reason: 'Montant à revoir.' })).status).toBe(200);
    expect(await w.t.deps.store.programs.remainingCents('amorcage-ess')).toBe(300_000_00);

    const events = (await (await w.manager(`/api/applications/${id}/events`)).json()) as { items: { type: string; visibility: string }[] };
    expect(events.items.map((e) => e.type)).toEqual([
      'created',
      'submitted',
      'assigned',
      'assigned',
      'conflict_declared',
      'no_conflict_declared',
      'changes_requested',
      'resubmitted',
      'review_started',
      'review_submitted',
      'approved',
      'reopened',
    ]);
    const applicantEvents = (await (await w.applicant(`/api/applications/${id}/events`)).json()) as { items: { type: string }[] };
    expect(applicantEvents.items.map((e) => e.type)).not.toContain('conflict_declared');
  }, 120_000);

  it('requires a reason to reject, and emails it', async () => {
    const w = await world();
    const id = await submitted(w.t, w.applicant);
    expect((await transition(w.manager, id, { event: 'reject', reason: '   ' })).status).toBe(400);
    const res = await transition(w.manager, id, { event: 'reject', reason: 'Projet hors du champ de l’ESS.' });
    expect(res.status).toBe(200);
    expect(w.t.deps.outbox?.list()[0]).toMatchObject({ subject: 'Décision sur votre demande ESS-2026-000001' });
    expect(w.t.deps.outbox?.list()[0]?.text).toMatch(/Motif : Projet hors du champ de l’ESS\./);
  }, 120_000);
});

describe('the envelope', () => {
  it('lets concurrent approvals succeed exactly while they fit, and answers the rest with a clear 409', async () => {
    const w = await world();
    // Shrink the envelope so that three 10 000 € awards fit and two do not.
    await w.t.db.send(
      new (await import('@aws-sdk/lib-dynamodb')).UpdateCommand({
        TableName: w.t.config.tableName,
        Key: { pk: 'PROGRAM#amorcage-ess', sk: 'PROGRAM' },
        UpdateExpression: 'SET remainingCents = :r',
        ExpressionAttributeValues: { ':r': 3_500_000 },
      }),
    );
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = await submitted(w.t, w.applicant);
      expect((await transition(w.manager, id, { event: 'start_review' })).status).toBe(200);
      ids.push(id);
    }
    const results = await Promise.all(ids.map((id) => transition(w.manager, id, { event: 'approve', amountAwardedCents: 1_000_000 })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 409, 409]);
    const refused = results.find((r) => r.status === 409);
    expect(((await refused!.json()) as { detail: string }).detail).toMatch(/enveloppe du programme ne suffit plus : il reste 5\s000\s€/);
    expect(await w.t.deps.store.programs.remainingCents('amorcage-ess')).toBe(500_000);
  }, 180_000);
});

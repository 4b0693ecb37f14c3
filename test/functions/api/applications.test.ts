import { describe, expect, it } from 'vitest';
import type { ApplicationView } from '../../../functions/src/services/applications';
import { seedDemoData } from '../../../functions/src/local/seed';
import { REQUIRED_DOCUMENTS, VALID_SECTIONS, filledDraft, uploadDocument } from '../../support/applications';
import { createTestContext, type TestContext } from '../../support/deps';
import { samplePdf } from '../../support/files';
import { as, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');
type Req = ReturnType<typeof as>;

async function setup(): Promise<{ t: TestContext; req: Req }> {
  const t = await createTestContext({ now: NOW });
  await seedDemoData(t.deps.store, NOW);
  return { t, req: as(t, await signIn(t, 'lea@example.org')) };
}

async function uploadAllRequired(req: Req, applicationId: string) {
  for (const type of REQUIRED_DOCUMENTS) {
    const { completed } = await uploadDocument(req, applicationId, {
      type,
      filename: `${type}.pdf`,
      contentType: 'application/pdf',
      bytes: samplePdf(),
    });
    expect(((await completed.json()) as { status: string }).status).toBe('verified');
  }
}

async function readyToSubmit(t: TestContext, req: Req) {
  const draft = await filledDraft(t, req);
  await uploadAllRequired(req, draft.id);
  return draft;
}

describe('drafts', () => {
  it('creates a draft pre-filled from the eligibility answers, with a created event', async () => {
    const { req } = await setup();
    const res = await req('/api/applications', {
      method: 'POST',
      body: {
        programId: 'amorcage-ess',
        eligibility: {
          legalForm: 'scic',
          communeInsee: '62041',
          stage: 'creation',
          amountRequestedCents: 1_500_000,
          totalBudgetCents: 4_000_000,
          siret: '732 829 320 00074',
          creationDate: '2025-06-01',
        },
      },
    });
    expect(res.status).toBe(201);
    const view = (await res.json()) as ApplicationView;
    expect(view.application).toMatchObject({
      status: 'draft',
      version: 1,
      reference: null,
      organisation: { legalForm: 'scic', siret: '73282932000074', creationDate: '2025-06-01' },
      project: { stage: 'creation', communeInsee: '62041' },
      budget: { amountRequestedCents: 1_500_000 },
    });
    expect(view.steps.organisation.complete).toBe(false);
    const events = (await (await req(`/api/applications/${view.application.id}/events`)).json()) as { items: { type: string }[] };
    expect(events.items.map((e) => e.type)).toEqual(['created']);
  });

  it('refuses a draft for an unknown programme (404) and for a closed one (409)', async () => {
    const { t, req } = await setup();
    expect((await req('/api/applications', { method: 'POST', body: { programId: 'inconnu' } })).status).toBe(404);
    t.setNow(new Date('2027-12-01T00:00:00Z'));
    const later = as(t, await signIn(t, 'lea@example.org'));
    const closed = await later('/api/applications', { method: 'POST', body: { programId: 'amorcage-ess' } });
    expect(closed.status).toBe(409);
  });

  it('autosaves sections with the version, and refuses a stale version with the current one', async () => {
    const { t, req } = await setup();
    const draft = await filledDraft(t, req);
    expect(draft.version).toBe(2);
    const ok = await req(`/api/applications/${draft.id}`, {
      method: 'PATCH',
      body: { version: 2, project: { ...VALID_SECTIONS.project, title: 'Nouveau titre' } },
    });
    expect(ok.status).toBe(200);
    const saved = (await ok.json()) as ApplicationView;
    expect(saved.application).toMatchObject({
      version: 3,
      project: { title: 'Nouveau titre' },
      organisation: { name: 'La Ressourcerie du Val' },
    });

    const stale = await req(`/api/applications/${draft.id}`, { method: 'PATCH', body: { version: 2, project: { title: 'Écrasé ?' } } });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ status: 409, currentVersion: 3 });
    const current = (await (await req(`/api/applications/${draft.id}`)).json()) as ApplicationView;
    expect(current.application.project.title).toBe('Nouveau titre');
  });

  it('lets exactly one of two tabs autosaving the same version win', async () => {
    const { t, req } = await setup();
    const draft = await filledDraft(t, req);
    const [a, b] = await Promise.all([
      req(`/api/applications/${draft.id}`, { method: 'PATCH', body: { version: draft.version, project: { title: 'Onglet A' } } }),
      req(`/api/applications/${draft.id}`, { method: 'PATCH', body: { version: draft.version, project: { title: 'Onglet B' } } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? 'Onglet A' : 'Onglet B';
    const current = (await (await req(`/api/applications/${draft.id}`)).json()) as ApplicationView;
    expect(current.application).toMatchObject({ version: draft.version + 1, project: { title: winner } });
  });

  it('keeps what was saved for another device: a new session reads the same draft', async () => {
    const { t, req } = await setup();
    const draft = await filledDraft(t, req);
    const otherDevice = as(t, await signIn(t, 'lea@example.org'));
    const view = (await (await otherDevice(`/api/applications/${draft.id}`)).json()) as ApplicationView;
    expect(view.application.organisation).toEqual({ ...VALID_SECTIONS.organisation, siret: '732 829 320 00074' });
    expect(view.application.budget).toEqual(VALID_SECTIONS.budget);
  });

  it('names the invalid fields of a save in problem+json and writes nothing', async () => {
    const { t, req } = await setup();
    const draft = await filledDraft(t, req);
    const res = await req(`/api/applications/${draft.id}`, {
      method: 'PATCH',
      body: { version: draft.version, budget: { expenses: [{ label: 'x', amountCents: -5 }] }, project: { jobsCreated: 'deux' } },
    });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { path: string; message: { fr: string; en: string } }[] };
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['body.budget.expenses.0.amountCents', 'body.project.jobsCreated']);
    expect(problem.errors.every((e) => e.message.fr.length > 0 && e.message.en.length > 0)).toBe(true);
    const current = (await (await req(`/api/applications/${draft.id}`)).json()) as ApplicationView;
    expect(current.application.version).toBe(draft.version);
  });

  it('pages through my applications with a cursor, newest first, and refuses a forged cursor', async () => {
    const { req } = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await req('/api/applications', { method: 'POST', body: { programId: i % 2 ? 'amorcage-ess' : 'innovation-sociale' } });
      ids.push(((await res.json()) as ApplicationView).application.id);
    }
    const first = (await (await req('/api/applications?limit=3')).json()) as {
      items: { id: string; programTitle: { fr: string } }[];
      cursor: string;
    };
    expect(first.items).toHaveLength(3);
    expect(first.cursor).toBeTruthy();
    const second = (await (await req(`/api/applications?limit=3&cursor=${first.cursor}`)).json()) as {
      items: { id: string }[];
      cursor: string | null;
    };
    expect([...first.items, ...second.items].map((a) => a.id)).toEqual([...ids].reverse());
    expect(second.cursor).toBeNull();
    expect(first.items[0]?.programTitle.fr).toBe('Appel à projets Innovation sociale');

    const forged = Buffer.from(JSON.stringify({ pk: 'APP#x', sk: 'APP', gsi1pk: 'OWNER#someone-else', gsi1sk: 'x' })).toString('base64url');
    const res = await req(`/api/applications?cursor=${forged}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('query.cursor');
  });
});

describe('submission', () => {
  it('refuses to submit an incomplete draft, listing everything missing', async () => {
    const { req } = await setup();
    const created = (await (
      await req('/api/applications', { method: 'POST', body: { programId: 'amorcage-ess' } })
    ).json()) as ApplicationView;
    const res = await req(`/api/applications/${created.application.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['organisation.name', 'project.title', 'documents.statuts', 'documents.rib', 'declaration.accepted']),
    );
    const view = (await (await req(`/api/applications/${created.application.id}`)).json()) as ApplicationView;
    expect(view.application.status).toBe('draft');
  });

  it('re-runs the eligibility engine: a project outside the territory cannot be submitted', async () => {
    const { t, req } = await setup();
    const draft = await readyToSubmit(t, req);
    await req(`/api/applications/${draft.id}`, {
      method: 'PATCH',
      body: { version: draft.version, project: { ...VALID_SECTIONS.project, communeInsee: '62498' } },
    });
    const res = await req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { path: string; message: { fr: string } }[] };
    const territory = problem.errors.find((e) => e.path === 'eligibility.territory');
    expect(territory?.message.fr).toMatch(/n'est pas dans le territoire du programme/);
  });

  it('checks the programme rules on the budget: balance, cap and share', async () => {
    const { t, req } = await setup();
    const draft = await readyToSubmit(t, req);
    await req(`/api/applications/${draft.id}`, {
      method: 'PATCH',
      body: {
        version: draft.version,
        budget: { ...VALID_SECTIONS.budget, amountRequestedCents: 2_000_000 },
      },
    });
    const res = await req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
    const problem = (await res.json()) as { errors: { path: string; message: { fr: string } }[] };
    const messages = problem.errors.filter((e) => e.path.startsWith('budget')).map((e) => e.message.fr);
    expect(messages.join('\n')).toMatch(/n'est pas équilibré/);
    expect(messages.join('\n')).toMatch(/au plus 50 %/);
  });

  it('submits: one transaction gives the reference, the timeline event and the acknowledgement email', async () => {
    const { t, req } = await setup();
    const draft = await readyToSubmit(t, req);
    const res = await req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
    expect(res.status).toBe(200);
    const view = (await res.json()) as ApplicationView;
    expect(view.application).toMatchObject({ status: 'submitted', reference: 'ESS-2026-000001' });
    expect(Date.parse(view.application.submittedAt ?? '') - NOW.getTime()).toBeLessThan(60_000);
    expect(view.editable).toBe(false);
    const events = (await (await req(`/api/applications/${draft.id}/events`)).json()) as {
      items: { type: string; from: string; to: string }[];
    };
    expect(events.items.map((e) => e.type)).toEqual(['created', 'submitted']);
    const mails = t.deps.outbox?.list().filter((m) => m.subject.includes('ESS-2026-000001')) ?? [];
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: 'lea@example.org', subject: 'Accusé de réception : ESS-2026-000001' });

    const edit = await req(`/api/applications/${draft.id}`, {
      method: 'PATCH',
      body: { version: view.application.version, project: { title: 'Trop tard' } },
    });
    expect(edit.status).toBe(409);
  });

  it('is idempotent: ten concurrent submits of one application make one submission, one event, one email', async () => {
    const { t, req } = await setup();
    const draft = await readyToSubmit(t, req);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    const refs = new Set(await Promise.all(results.map(async (r) => ((await r.json()) as ApplicationView).application.reference)));
    expect([...refs]).toEqual(['ESS-2026-000001']);
    const events = (await (await req(`/api/applications/${draft.id}/events`)).json()) as { items: { type: string }[] };
    expect(events.items.filter((e) => e.type === 'submitted')).toHaveLength(1);
    expect(t.deps.outbox?.list().filter((m) => m.subject.startsWith('Accusé de réception'))).toHaveLength(1);
  });

  it('numbers concurrent submissions of different applications without duplicates or gaps', async () => {
    const { t, req } = await setup();
    const drafts = [];
    for (let i = 0; i < 10; i++) drafts.push(await readyToSubmit(t, req));
    const results = await Promise.all(
      drafts.map((d) => req(`/api/applications/${d.id}/transitions`, { method: 'POST', body: { event: 'submit' } })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    const refs = await Promise.all(results.map(async (r) => ((await r.json()) as ApplicationView).application.reference));
    expect([...refs].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `ESS-2026-${String(i + 1).padStart(6, '0')}`));
  }, 120_000);

  it('withdraws with an email, after which nothing can be submitted or edited', async () => {
    const { t, req } = await setup();
    const draft = await readyToSubmit(t, req);
    await req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
    const res = await req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'withdraw' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as ApplicationView).application.status).toBe('withdrawn');
    expect(t.deps.outbox?.list()[0]).toMatchObject({ subject: 'Demande retirée : ESS-2026-000001' });
    const again = await req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
    expect(again.status).toBe(409);
    const events = (await (await req(`/api/applications/${draft.id}/events`)).json()) as { items: { type: string }[] };
    expect(events.items.map((e) => e.type)).toEqual(['created', 'submitted', 'withdrawn']);
  });
});

describe('messages', () => {
  it('keeps a thread the applicant can write in', async () => {
    const { t, req } = await setup();
    const draft = await filledDraft(t, req);
    const posted = await req(`/api/applications/${draft.id}/messages`, {
      method: 'POST',
      body: { body: '  Bonjour, une question sur le RIB.  ' },
    });
    expect(posted.status).toBe(201);
    const empty = await req(`/api/applications/${draft.id}/messages`, { method: 'POST', body: { body: '   ' } });
    expect(empty.status).toBe(400);
    const list = (await (await req(`/api/applications/${draft.id}/messages`)).json()) as { items: { body: string; authorRole: string }[] };
    expect(list.items).toEqual([expect.objectContaining({ body: 'Bonjour, une question sur le RIB.', authorRole: 'applicant' })]);
  });
});

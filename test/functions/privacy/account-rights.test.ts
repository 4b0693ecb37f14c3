/**
 * The person's rights over their data: GET /api/me/export gives everything held about
 * them (and nothing staff-only), DELETE /api/me closes the account: drafts erased with
 * their documents, submitted files kept but pseudonymised, sessions ended, the address
 * free for a new account. Staff cannot close their own account.
 */
import { describe, expect, it } from 'vitest';
import { samplePdf } from '../../support/files';
import { as, signIn } from '../../support/session';
import { DEMO_MANAGER_EMAIL, NOW, expectProblem, ownerWorld, storedPartition } from '../security/support';
import { storedItem, storedObjects, submittedApplication } from './support';

const STAFF_ONLY_KEYS = [
  'score',
  'reviewerIds',
  'conflictIds',
  'disagreement',
  'eligibilityAtSubmission',
  'retentionWarnedAt',
  'gsi1pk',
  'pk',
];

/** Every key of every object in a JSON value. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

describe('GET /api/me/export', () => {
  it('holds the account, the sessions, each application with its answers, messages, timeline and working links to the verified documents', async () => {
    const { owner, applicationId, documentId } = await ownerWorld();
    const res = await owner.req('/api/me/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="guichet-mes-donnees-${NOW.toISOString().slice(0, 10)}.json"`,
    );
    const body = (await res.json()) as {
      account: { email: string; role: string };
      sessions: { createdAt: string }[];
      applications: {
        application: { id: string; organisation: { contactPhone: string }; declaration: { signatoryName: string } };
        programTitle: { fr: string } | null;
        documents: { id: string; downloadUrl: string | null; sha256: string }[];
        events: { type: string }[];
        messages: { body: string }[];
      }[];
    };
    expect(body.account).toMatchObject({ email: owner.email, role: 'applicant' });
    expect(body.sessions).toHaveLength(1);
    expect(body.applications).toHaveLength(1);
    const [exported] = body.applications;
    expect(exported?.application.id).toBe(applicationId);
    expect(exported?.application.organisation.contactPhone).toBe('+33 6 12 34 56 78');
    expect(exported?.application.declaration.signatoryName).toBe('Léa Dupont');
    expect(exported?.programTitle?.fr).toBeTruthy();
    expect(exported?.messages.map((m) => m.body)).toEqual(['Bonjour, une question sur le plan de financement.']);
    expect(exported?.events.map((e) => e.type)).toContain('created');
    const document = exported?.documents.find((d) => d.id === documentId);
    expect(document?.downloadUrl).toBeTruthy();
    // The link serves the verified bytes themselves.
    const downloaded = new Uint8Array(await (await fetch(document?.downloadUrl ?? '')).arrayBuffer());
    expect(Buffer.from(downloaded).equals(Buffer.from(samplePdf('Statuts')))).toBe(true);
    // Nothing staff-only, nothing of the storage layout.
    const keys = keysOf(body);
    for (const forbidden of STAFF_ONLY_KEYS) expect(keys.has(forbidden), forbidden).toBe(false);
  }, 60_000);

  it('needs a session', async () => {
    const { t } = await ownerWorld();
    await expectProblem(await t.app.request('/api/me/export'), 401);
  }, 60_000);
});

describe('DELETE /api/me', () => {
  it('erases drafts and every stored object of theirs, pseudonymises the submitted file, ends the sessions and frees the address', async () => {
    const { t, owner, applicationId: draftId } = await ownerWorld();
    const submittedId = await submittedApplication(t, owner.req);
    const secondTab = as(t, await signIn(t, owner.email));
    expect(await storedObjects(t, draftId)).not.toHaveLength(0);
    const user = (await (await owner.req('/api/me')).json()) as { id: string };

    const refused = await expectProblem(await owner.req('/api/me', { method: 'DELETE', body: { confirmEmail: 'autre@example.org' } }), 400);
    expect(refused.errors?.map((e) => e.path)).toEqual(['body.confirmEmail']);
    expect((await owner.req(`/api/applications/${draftId}`)).status).toBe(200);

    const res = await owner.req('/api/me', { method: 'DELETE', body: { confirmEmail: ' LEA@example.org ' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ erasedDrafts: 1, pseudonymisedApplications: 1 });
    expect(res.headers.get('set-cookie')).toMatch(/Max-Age=0/);

    // Every session ended, not only this one.
    await expectProblem(await owner.req('/api/me'), 401);
    await expectProblem(await secondTab('/api/me'), 401);

    // The draft is gone: every item and every object.
    expect(await storedPartition(t, draftId)).toEqual([]);
    expect(await storedObjects(t, draftId)).toEqual([]);

    // The submitted file stays for the authority, without the person in it.
    const kept = (await storedItem(t, `APP#${submittedId}`, 'APP')) as {
      organisation: Record<string, string>;
      declaration: Record<string, string>;
    };
    expect(kept.organisation).toMatchObject({
      name: 'La Ressourcerie du Val',
      contactName: 'Compte supprimé',
      contactEmail: 'compte-supprime@example.invalid',
      contactPhone: '',
    });
    expect(kept.declaration).toMatchObject({ accepted: true, signatoryName: 'Compte supprimé', signatoryRole: 'Compte supprimé' });
    expect(await storedObjects(t, submittedId)).not.toHaveLength(0);
    const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
    const seen = await manager(`/api/applications/${submittedId}`);
    expect(seen.status).toBe(200);
    expect(await seen.text()).not.toMatch(/Léa Dupont|lea\.dupont@example\.org|12 34 56 78/);

    // The account keeps its id for the kept file, and nothing else of the person.
    const profile = await storedItem(t, `USER#${user.id}`, 'PROFILE');
    expect(profile).toMatchObject({ status: 'erased', email: `erased-${user.id}@example.invalid`, displayName: '' });
    expect(profile?.gsi1pk).toBeUndefined();
    expect(await storedItem(t, `EMAIL#${owner.email}`, 'EMAIL')).toBeUndefined();

    // The audit trails say what happened without naming anyone.
    const trail = JSON.stringify([await t.deps.store.users.listEvents(user.id), await t.deps.store.programs.listEvents('amorcage-ess')]);
    expect(trail).toContain('account_erased');
    expect(trail).toContain('application_erased');
    expect(trail).toContain(draftId);
    expect(trail).not.toMatch(/lea@example\.org|Léa|Dupont/);

    // The same address may sign in again: a new, empty account.
    const again = as(t, await signIn(t, owner.email));
    const me = (await (await again('/api/me')).json()) as { id: string };
    expect(me.id).not.toBe(user.id);
    const list = (await (await again('/api/applications')).json()) as { items: unknown[] };
    expect(list.items).toEqual([]);
  }, 120_000);

  it('refuses staff, who are closed by a manager, and writes nothing', async () => {
    const { t } = await ownerWorld();
    const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
    const problem = await expectProblem(await manager('/api/me', { method: 'DELETE', body: { confirmEmail: DEMO_MANAGER_EMAIL } }), 403);
    expect(problem.detail).toMatch(/gestionnaire/);
    expect((await manager('/api/me')).status).toBe(200);
  }, 60_000);

  it('a save racing the closure does not bring an erased draft back', async () => {
    const { t, owner, applicationId } = await ownerWorld();
    const { application } = (await (await owner.req(`/api/applications/${applicationId}`)).json()) as { application: { version: number } };
    const other = as(t, await signIn(t, owner.email));
    const [closed, saved] = await Promise.all([
      owner.req('/api/me', { method: 'DELETE', body: { confirmEmail: owner.email } }),
      other(`/api/applications/${applicationId}`, {
        method: 'PATCH',
        body: { version: application.version, project: { title: 'Encore' } },
      }),
    ]);
    expect(closed.status).toBe(200);
    // Either the save landed first and was erased with the rest, or it came too late.
    expect([200, 401, 404, 409]).toContain(saved.status);
    expect(await storedPartition(t, applicationId)).toEqual([]);
    expect(await storedObjects(t, applicationId)).toEqual([]);
    // An upload started before cannot land on it either.
    const late = await other(`/api/applications/${applicationId}/documents`, {
      method: 'POST',
      body: { type: 'rib', filename: 'rib.pdf', contentType: 'application/pdf', size: 100 },
    });
    expect([401, 404]).toContain(late.status);
  }, 60_000);
});

describe('GET /api/privacy', () => {
  it('states the retention periods the job applies, from the configuration', async () => {
    const { createTestContext } = await import('../../support/deps');
    const t = await createTestContext({ now: NOW, env: { RETENTION_IDLE_DRAFT_MONTHS: '18', RETENTION_CLOSED_APPLICATION_YEARS: '5' } });
    const res = await t.app.request('/api/privacy');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      idleDraftMonths: 18,
      draftWarningDays: 14,
      closedApplicationYears: 5,
      approvedApplicationYears: 10,
    });
  });
});

/**
 * The deposit receipt (GET /api/applications/:id/receipt.pdf) against the real
 * emulators: a PDF whose text, read back with poppler's pdftotext, names the reference,
 * the signatory, the programme, every document with its SHA-256, with accents intact;
 * who may download it; and a resubmission after "changes requested", which needs the
 * sworn statement again and gives a receipt with the new date.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import type { ApplicationView } from '../../../functions/src/services/applications';
import { REQUIRED_DOCUMENTS, VALID_SECTIONS, filledDraft, uploadDocument } from '../../support/applications';
import { createTestContext } from '../../support/deps';
import { samplePdf } from '../../support/files';
import { as, signIn } from '../../support/session';
import { expectProblem } from '../security/support';

const run = promisify(execFile);
const NOW = new Date('2026-11-28T10:00:00.000Z'); // 11:00 in Paris
type Req = ReturnType<typeof as>;

let workdir: string;
beforeAll(async () => {
  workdir = await mkdtemp(join(tmpdir(), 'guichet-receipt-'));
});
afterAll(async () => {
  await rm(workdir, { recursive: true, force: true });
});

/** The PDF's text as poppler reads it, with no-break spaces as plain spaces. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const file = join(workdir, `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.pdf`);
  await writeFile(file, bytes);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout.replace(/[\u00a0\u202f]/g, ' ');
}

async function receipt(req: Req, id: string) {
  const res = await req(`/api/applications/${id}/receipt.pdf`);
  return { res, bytes: res.status === 200 ? new Uint8Array(await res.arrayBuffer()) : new Uint8Array() };
}

const FILES = {
  statuts: 'Statuts signés 2024.pdf',
  avis_sirene: 'Avis de situation Sirène.pdf',
  rib: 'RIB — Crédit coopératif.pdf',
  budget_previsionnel: 'Budget prévisionnel à 3 ans.pdf',
} as const;

const PARTNERS = 'Chambre régionale de l’Économie sociale et solidaire, Emmaüs à Arras.';

async function world() {
  const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
  await seedDemoData(t.deps.store, NOW);
  const applicant = as(t, await signIn(t, 'lea@example.org'));
  const draft = await filledDraft(t, applicant);
  const patched = await applicant(`/api/applications/${draft.id}`, {
    method: 'PATCH',
    body: { version: draft.version, answers: { ...VALID_SECTIONS.answers, partenaires: PARTNERS } },
  });
  expect(patched.status).toBe(200);
  const hashes: Record<string, string> = {};
  for (const type of REQUIRED_DOCUMENTS) {
    const bytes = samplePdf(`Pièce ${type}`);
    hashes[FILES[type]] = createHash('sha256').update(bytes).digest('hex');
    const { completed } = await uploadDocument(applicant, draft.id, { type, filename: FILES[type], contentType: 'application/pdf', bytes });
    expect(completed.status).toBe(200);
  }
  return { t, applicant, id: draft.id, hashes };
}

const submit = (req: Req, id: string) => req(`/api/applications/${id}/transitions`, { method: 'POST', body: { event: 'submit' } });

describe('deposit receipt', () => {
  it('is a PDF of the whole submission, in French, accents intact, with each document and its SHA-256', async () => {
    const w = await world();
    expect((await submit(w.applicant, w.id)).status).toBe(200);

    const { res, bytes } = await receipt(w.applicant, w.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="recepisse-ESS-2026-000001.pdf"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');

    // Lines wrap where the layout decides: read the text as one line.
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Guichet ESS');
    expect(text).toContain('Récépissé de dépôt');
    expect(text).toContain('ESS-2026-000001');
    expect(text).toContain("Fonds d'amorçage ESS");
    expect(text).toContain('28 novembre 2026 à 11:00 (heure de Paris)');
    expect(text).toContain('Léa Dupont');
    expect(text).toContain('Économie');
    expect(text).toContain('Emmaüs à Arras');
    expect(text).toContain(VALID_SECTIONS.project.title);
    expect(text).toContain('La Ressourcerie du Val');
    expect(text).toContain('732 829 320 00074');
    // The budget, with its totals.
    expect(text).toContain('Outillage et aménagement');
    expect(text).toContain('Total des dépenses');
    expect(text).toContain('30 000 €');
    expect(text).toContain('Subvention demandée');
    expect(text).toContain('12 000 €');
    // The programme's questions with the answers.
    expect(text).toContain('Êtes-vous accompagné·e');
    for (const [filename, sha256] of Object.entries(w.hashes)) {
      expect(text).toContain(filename);
      expect(text).toContain(sha256);
    }
    // The statement, word for word, and who accepted it.
    expect(text).toContain(
      'Je certifie sur l’honneur l’exactitude des informations fournies dans cette demande et dans les pièces jointes',
    );
    expect(text).toContain('Déclaration acceptée par Léa Dupont, Présidente, le 28 novembre 2026 à 11:00');
    expect(text).toMatch(/Page 1\/\d/);
  });

  it('follows the applicant’s language, and paginates long answers without losing a word', async () => {
    const w = await world();
    expect((await w.applicant('/api/me', { method: 'PATCH', body: { locale: 'en' } })).status).toBe(200);
    const view = (await (await w.applicant(`/api/applications/${w.id}`)).json()) as ApplicationView;
    const long = (last: string, words: number) => `${Array.from({ length: words }, (_, i) => `mot${i}`).join(' ')} ${last}`;
    const saved = await w.applicant(`/api/applications/${w.id}`, {
      method: 'PATCH',
      body: {
        version: view.application.version,
        project: { ...VALID_SECTIONS.project, summary: long('finsummary', 250), essDimension: long('finess', 500) },
        answers: { ...VALID_SECTIONS.answers, partenaires: long('finpartenaires', 600) },
      },
    });
    expect(saved.status).toBe(200);
    expect((await submit(w.applicant, w.id)).status).toBe(200);

    const text = await pdfText((await receipt(w.applicant, w.id)).bytes);
    expect(text).toContain('Deposit receipt');
    expect(text).toContain('Submitted on');
    expect(text).toContain('28 November 2026 at 11:00 (Paris time)');
    expect(text).toContain('ESS seed fund');
    for (const word of ['finsummary', 'finess', 'finpartenaires', 'mot599']) expect(text).toContain(word);
    const total = Number(/Page 1\/(\d+)/.exec(text)?.[1]);
    expect(total).toBeGreaterThanOrEqual(3);
    expect(text).toContain(`Page ${total}/${total}`);
  });

  it('is refused before the first submission (409), to other applicants (404) and to anyone not signed in (401)', async () => {
    const w = await world();
    await expectProblem((await receipt(w.applicant, w.id)).res, 409);

    expect((await submit(w.applicant, w.id)).status).toBe(200);
    const other = as(w.t, await signIn(w.t, 'marc@example.org'));
    await expectProblem((await receipt(other, w.id)).res, 404);
    await expectProblem(await w.t.app.request(`/api/applications/${w.id}/receipt.pdf`), 401);
    await expectProblem((await receipt(w.applicant, 'app_does_not_exist')).res, 404);
  });

  it('is open to managers, and to a reviewer once assigned without a conflict of interest', async () => {
    const w = await world();
    expect((await submit(w.applicant, w.id)).status).toBe(200);
    const manager = as(w.t, await signIn(w.t, DEMO_MANAGER_EMAIL));
    const reviewer = as(w.t, await signIn(w.t, DEMO_REVIEWER_EMAIL));

    const staffCopy = await receipt(manager, w.id);
    expect(staffCopy.res.status).toBe(200);
    // Still in the applicant's language, whoever downloads it.
    expect(await pdfText(staffCopy.bytes)).toContain('Récépissé de dépôt');

    await expectProblem((await receipt(reviewer, w.id)).res, 404);
    const assigned = await manager('/api/programs/amorcage-ess/assignments', {
      method: 'PUT',
      body: { assignments: [{ applicationId: w.id, reviewerIds: ['demo-reviewer'] }] },
    });
    expect(assigned.status).toBe(200);
    await expectProblem((await receipt(reviewer, w.id)).res, 404);
    await reviewer(`/api/applications/${w.id}/reviews/me`, { method: 'PUT', body: { conflictOfInterest: false } });
    expect((await receipt(reviewer, w.id)).res.status).toBe(200);
  });
});

describe('resubmission after changes requested', () => {
  it('unticks the sworn statement, refuses a resubmission without it, and gives a receipt with the new date', async () => {
    const w = await world();
    expect((await submit(w.applicant, w.id)).status).toBe(200);
    const manager = as(w.t, await signIn(w.t, DEMO_MANAGER_EMAIL));
    const changes = await manager(`/api/applications/${w.id}/transitions`, {
      method: 'POST',
      body: { event: 'request_changes', message: 'Merci de préciser le calendrier.' },
    });
    expect(changes.status).toBe(200);

    const reopened = (await (await w.applicant(`/api/applications/${w.id}`)).json()) as ApplicationView;
    expect(reopened.application.status).toBe('changes_requested');
    expect(reopened.application.declaration).toEqual({ ...VALID_SECTIONS.declaration, accepted: false });
    // While it is being changed, there is no receipt of a version not yet sent.
    await expectProblem((await receipt(w.applicant, w.id)).res, 409);

    const edited = await w.applicant(`/api/applications/${w.id}`, {
      method: 'PATCH',
      body: {
        version: reopened.application.version,
        project: { ...VALID_SECTIONS.project, title: 'Atelier de réparation, calendrier précisé' },
      },
    });
    expect(edited.status).toBe(200);
    const refused = await expectProblem(await submit(w.applicant, w.id), 400);
    expect(refused.errors?.map((e) => e.path)).toContain('declaration.accepted');

    const later = new Date('2026-12-03T15:30:00.000Z'); // 16:30 in Paris
    w.t.setNow(later);
    // Days later: a new session.
    const applicant = as(w.t, await signIn(w.t, 'lea@example.org'));
    const current = (await (await applicant(`/api/applications/${w.id}`)).json()) as ApplicationView;
    const ticked = await applicant(`/api/applications/${w.id}`, {
      method: 'PATCH',
      body: { version: current.application.version, declaration: { ...VALID_SECTIONS.declaration, accepted: true } },
    });
    expect(ticked.status).toBe(200);
    expect((await submit(applicant, w.id)).status).toBe(200);

    const text = (await pdfText((await receipt(applicant, w.id)).bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('3 décembre 2026 à 16:30 (heure de Paris)');
    expect(text).toContain('Déclaration acceptée par Léa Dupont, Présidente, le 3 décembre 2026 à 16:30');
    expect(text).not.toContain('28 novembre 2026 à 11:00');
    expect(text).toContain('Atelier de réparation, calendrier précisé');
    expect(text).toContain('ESS-2026-000001');
  });
});

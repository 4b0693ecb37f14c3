/**
 * The document wallet against DynamoDB Local, s3rver and ClamAV: a verified RIB kept from
 * one application is reused in another programme's application with one call, still
 * verified and scanned, and staff receive exactly its bytes; what cannot be kept or
 * reused is refused with a problem; deletion and the account's closure remove the bytes.
 */
import { describe, expect, it } from 'vitest';
import { filledDraft, REQUIRED_DOCUMENTS } from '../../support/applications';
import { samplePdf } from '../../support/files';
import { as, signIn } from '../../support/session';
import { expectProblem } from '../security/support';
import {
  DEMO_MANAGER_EMAIL,
  type DocumentView,
  applicant,
  draftOn,
  infectedPdf,
  keep,
  objectsUnder,
  reuse,
  storedWalletItems,
  uploaded,
  wallet,
  walletWorld,
  type WalletItemView,
} from './support';

describe('keep a document, reuse it elsewhere', () => {
  it('a verified RIB kept from application A is reused in B (another programme) with one call; the manager downloads the same bytes', async () => {
    const t = await walletWorld();
    const lea = await applicant(t, 'lea@example.org');
    const ribBytes = samplePdf('RIB La Ressourcerie du Val FR76 3000 4000 0500 0012 3456 789');
    const a = await draftOn(lea.req, 'innovation-sociale');
    const rib = await uploaded(lea.req, a, 'rib', ribBytes, 'RIB Ressourcerie.pdf');
    expect(rib).toMatchObject({ status: 'verified', scan: 'clean' });

    const kept = await keep(lea.req, { applicationId: a, documentId: rib.id });
    expect(kept.status).toBe(201);
    const item = (await kept.json()) as WalletItemView;
    expect(item).toMatchObject({
      type: 'rib',
      filename: 'RIB Ressourcerie.pdf',
      size: ribBytes.length,
      sha256: rib.sha256,
      // A RIB has no default end date.
      validUntil: null,
      expired: false,
      fromApplicationId: a,
    });
    expect(Object.keys(item)).not.toContain('remindedAt');
    expect(await objectsUnder(t, `wallet/${lea.id}/`)).toEqual([`wallet/${lea.id}/${item.id}/${rib.sha256}`]);
    // Keeping the same bytes again (a double click) is the same item.
    const again = await keep(lea.req, { applicationId: a, documentId: rib.id });
    expect(again.status).toBe(200);
    expect(((await again.json()) as WalletItemView).id).toBe(item.id);
    expect((await wallet(lea.req)).map((i) => i.id)).toEqual([item.id]);

    // Application B, on the seed fund, already has another RIB: the reused one replaces it.
    const b = await filledDraft(t, lea.req);
    const older = await uploaded(lea.req, b.id, 'rib', samplePdf('Ancien RIB'));
    const reused = await reuse(lea.req, b.id, item.id);
    expect(reused.status).toBe(201);
    const document = (await reused.json()) as DocumentView;
    expect(document).toMatchObject({
      type: 'rib',
      filename: 'RIB Ressourcerie.pdf',
      status: 'verified',
      scan: 'clean',
      sha256: rib.sha256,
    });
    expect(document.id).not.toBe(rib.id);
    const view = (await (await lea.req(`/api/applications/${b.id}`)).json()) as { documents: DocumentView[] };
    expect(view.documents.filter((d) => d.type === 'rib').map((d) => d.id)).toEqual([document.id]);
    expect(await objectsUnder(t, `verified/${b.id}/${older.id}/`)).toEqual([]);
    // The wallet's copy stays for the next time.
    expect(await objectsUnder(t, `wallet/${lea.id}/${item.id}/`)).toHaveLength(1);

    for (const type of REQUIRED_DOCUMENTS.filter((d) => d !== 'rib')) await uploaded(lea.req, b.id, type, samplePdf(type));
    const submitted = await lea.req(`/api/applications/${b.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
    expect(submitted.status).toBe(200);

    const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
    const link = await manager(`/api/applications/${b.id}/documents/${document.id}/download`);
    expect(link.status).toBe(200);
    const { url } = (await link.json()) as { url: string };
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    expect(Buffer.from(bytes).equals(Buffer.from(ribBytes))).toBe(true);
  });

  it('reuse re-checks the bytes against the programme: a file larger than its limit is refused with the reason', async () => {
    const t = await walletWorld();
    const lea = await applicant(t, 'lea@example.org');
    const a = await draftOn(lea.req, 'amorcage-ess');
    const statuts = await uploaded(lea.req, a, 'statuts', samplePdf(`Statuts ${'article '.repeat(300)}`));
    const item = (await (await keep(lea.req, { applicationId: a, documentId: statuts.id })).json()) as WalletItemView;
    // The other programme now accepts smaller files than the kept one.
    const program = await t.deps.store.programs.get('innovation-sociale');
    if (!program) throw new Error('no programme');
    await t.deps.store.programs.replace({ ...program, maxFileSizeBytes: 1024 }, program.version, 0);
    expect(item.size).toBeGreaterThan(1024);
    const b = await draftOn(lea.req, 'innovation-sociale');
    const res = await reuse(lea.req, b, item.id);
    expect(res.status).toBe(201);
    const document = (await res.json()) as DocumentView & { rejection: { fr: string } | null };
    expect(document).toMatchObject({ status: 'rejected', sha256: null });
    expect(document.rejection?.fr).toContain('taille maximale');
    expect(await objectsUnder(t, `verified/${b}/`)).toEqual([]);
  });
});

describe('what cannot be kept or reused', () => {
  it('a PDF carrying the EICAR string is not usable, so it cannot be kept; a project document is not an organisation document', async () => {
    const t = await walletWorld();
    const lea = await applicant(t, 'lea@example.org');
    const a = await draftOn(lea.req, 'amorcage-ess');
    const infected = await uploaded(lea.req, a, 'statuts', infectedPdf());
    expect(infected).toMatchObject({ status: 'verified', scan: 'infected' });
    const refused = await expectProblem(await keep(lea.req, { applicationId: a, documentId: infected.id }), 409);
    expect(refused.detail).toMatch(/pas encore vérifié et analysé/);

    const budget = await uploaded(lea.req, a, 'budget_previsionnel', samplePdf('Budget'));
    const notOrganisation = await expectProblem(await keep(lea.req, { applicationId: a, documentId: budget.id }), 400);
    expect(notOrganisation.errors?.map((e) => e.path)).toEqual(['body.documentId']);

    expect(await wallet(lea.req)).toEqual([]);
    expect(await objectsUnder(t, `wallet/${lea.id}/`)).toEqual([]);
  });

  it('a validity date in the past is a 400 on body.validUntil; an expired item cannot be reused (409, in both languages)', async () => {
    const t = await walletWorld();
    const lea = await applicant(t, 'lea@example.org');
    const a = await draftOn(lea.req, 'amorcage-ess');
    const b = await draftOn(lea.req, 'amorcage-ess');
    const sirene = await uploaded(lea.req, a, 'avis_sirene', samplePdf('Avis SIRENE'));
    const past = await expectProblem(await keep(lea.req, { applicationId: a, documentId: sirene.id, validUntil: '2026-11-27' }), 400);
    expect(past.errors?.map((e) => e.path)).toEqual(['body.validUntil']);
    const notADate = await expectProblem(await keep(lea.req, { applicationId: a, documentId: sirene.id, validUntil: '2026-02-30' }), 400);
    expect(notADate.errors?.map((e) => e.path)).toEqual(['body.validUntil']);

    // Default validity of an avis SIRENE: three months.
    const kept = (await (await keep(lea.req, { applicationId: a, documentId: sirene.id })).json()) as WalletItemView;
    expect(kept.validUntil).toBe('2027-02-28');
    expect(kept).toMatchObject({ expired: false, expiresSoon: false });

    // Sessions do not outlive months: sign in again after each jump.
    t.setNow(new Date('2027-02-10T10:00:00.000Z'));
    expect((await wallet((await applicant(t, lea.email)).req))[0]).toMatchObject({ expired: false, expiresSoon: true });
    t.setNow(new Date('2027-03-01T10:00:00.000Z'));
    const later = await applicant(t, lea.email);
    expect((await wallet(later.req))[0]).toMatchObject({ expired: true, expiresSoon: false });
    const problem = (await expectProblem(await reuse(later.req, b, kept.id), 409)) as { detailI18n?: unknown };
    expect(problem.detailI18n).toEqual({
      fr: 'Ce document de votre portefeuille a expiré : envoyez une version à jour.',
      en: 'This wallet document has expired: upload an up-to-date version.',
    });
    const view = (await (await later.req(`/api/applications/${b}`)).json()) as { documents: DocumentView[] };
    expect(view.documents).toEqual([]);
  });

  it("another applicant's wallet item, document or application is a 404, and nothing is written", async () => {
    const t = await walletWorld();
    const lea = await applicant(t, 'lea@example.org');
    const max = await applicant(t, 'max@example.org');
    const a = await draftOn(lea.req, 'amorcage-ess');
    const rib = await uploaded(lea.req, a, 'rib', samplePdf('RIB'));
    const item = (await (await keep(lea.req, { applicationId: a, documentId: rib.id })).json()) as WalletItemView;

    const maxDraft = await draftOn(max.req, 'amorcage-ess');
    await expectProblem(await reuse(max.req, maxDraft, item.id), 404);
    await expectProblem(await max.req(`/api/me/wallet/${item.id}`, { method: 'DELETE' }), 404);
    await expectProblem(await keep(max.req, { applicationId: a, documentId: rib.id }), 404);
    // Lea's own item into Max's application: not hers either.
    await expectProblem(await reuse(lea.req, maxDraft, item.id), 404);
    expect(await wallet(max.req)).toEqual([]);
    expect((await wallet(lea.req)).map((i) => i.id)).toEqual([item.id]);
    const maxView = (await (await max.req(`/api/applications/${maxDraft}`)).json()) as { documents: DocumentView[] };
    expect(maxView.documents).toEqual([]);
    // Staff have no wallet.
    const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
    await expectProblem(await manager('/api/me/wallet'), 403);
  });
});

describe('removing', () => {
  it('DELETE /api/me/wallet/:id removes the item and its bytes', async () => {
    const t = await walletWorld();
    const lea = await applicant(t, 'lea@example.org');
    const a = await draftOn(lea.req, 'amorcage-ess');
    const rib = await uploaded(lea.req, a, 'rib', samplePdf('RIB'));
    const statuts = await uploaded(lea.req, a, 'statuts', samplePdf('Statuts'));
    const gone = (await (await keep(lea.req, { applicationId: a, documentId: rib.id })).json()) as WalletItemView;
    const stays = (await (await keep(lea.req, { applicationId: a, documentId: statuts.id })).json()) as WalletItemView;
    expect(await objectsUnder(t, `wallet/${lea.id}/`)).toHaveLength(2);

    const res = await lea.req(`/api/me/wallet/${gone.id}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await objectsUnder(t, `wallet/${lea.id}/`)).toEqual([`wallet/${lea.id}/${stays.id}/${statuts.sha256}`]);
    expect((await wallet(lea.req)).map((i) => i.id)).toEqual([stays.id]);
    await expectProblem(await lea.req(`/api/me/wallet/${gone.id}`, { method: 'DELETE' }), 404);
    // The application's own document is untouched.
    expect(await objectsUnder(t, `verified/${a}/${rib.id}/`)).toHaveLength(1);
  });

  it('the export lists the wallet with working links; closing the account erases items and bytes', async () => {
    const t = await walletWorld();
    const lea = await applicant(t, 'lea@example.org');
    const a = await draftOn(lea.req, 'amorcage-ess');
    const ribBytes = samplePdf('RIB à exporter');
    const rib = await uploaded(lea.req, a, 'rib', ribBytes);
    const item = (await (await keep(lea.req, { applicationId: a, documentId: rib.id })).json()) as WalletItemView;

    const exported = (await (await lea.req('/api/me/export')).json()) as { wallet: (WalletItemView & { downloadUrl: string })[] };
    expect(exported.wallet).toHaveLength(1);
    expect(exported.wallet[0]).toMatchObject({ id: item.id, type: 'rib', sha256: rib.sha256 });
    const bytes = new Uint8Array(await (await fetch(exported.wallet[0]?.downloadUrl ?? '')).arrayBuffer());
    expect(Buffer.from(bytes).equals(Buffer.from(ribBytes))).toBe(true);

    expect(await storedWalletItems(t, lea.id)).toHaveLength(1);
    const closed = await lea.req('/api/me', { method: 'DELETE', body: { confirmEmail: lea.email } });
    expect(closed.status).toBe(200);
    expect(await objectsUnder(t, `wallet/${lea.id}/`)).toEqual([]);
    expect(await storedWalletItems(t, lea.id)).toEqual([]);
  });
});

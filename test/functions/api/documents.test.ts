import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import type { ApplicationDocument } from '../../../functions/src/domain/application';
import { seedDemoData } from '../../../functions/src/local/seed';
import type { ApplicationView } from '../../../functions/src/services/applications';
import { createDocumentService, objectKey, verifiedObjectKey } from '../../../functions/src/services/documents';
import { REQUIRED_DOCUMENTS, filledDraft, uploadDocument } from '../../support/applications';
import { createTestContext, type TestContext } from '../../support/deps';
import { fakeExeAsPdf, sampleDocx, samplePdf, samplePng } from '../../support/files';
import { as, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');

async function setup() {
  const t = await createTestContext({ now: NOW });
  await seedDemoData(t.deps.store, NOW);
  const req = as(t, await signIn(t, 'lea@example.org'));
  const draft = await filledDraft(t, req);
  return { t, req, draft };
}

/** Where a document's verified bytes are kept: its upload key is emptied once they are checked. */
async function keptKey(t: TestContext, applicationId: string, documentId: string): Promise<string> {
  const document = await t.deps.store.applications.getDocument(applicationId, documentId);
  return verifiedObjectKey(applicationId, documentId, document?.sha256 ?? 'none');
}

const shaOf = async (completed: Response) => ((await completed.json()) as ApplicationDocument).sha256 ?? 'none';

async function objectExists(t: TestContext, key: string): Promise<boolean> {
  try {
    await t.s3.send(new HeadObjectCommand({ Bucket: t.config.documentsBucket, Key: key }));
    return true;
  } catch {
    return false;
  }
}

describe('presigned upload', () => {
  it('signs a POST for one server-chosen key, one content type, 1 byte to 10 MB, expiring within 10 minutes', async () => {
    const { req, draft } = await setup();
    const res = await req(`/api/applications/${draft.id}/documents`, {
      method: 'POST',
      body: { type: 'statuts', filename: '../../Statuts signés.pdf', contentType: 'application/pdf', size: 2048 },
    });
    expect(res.status).toBe(201);
    const { document, upload } = (await res.json()) as {
      document: ApplicationDocument;
      upload: { url: string; fields: Record<string, string> };
    };
    expect(document).toMatchObject({ status: 'pending', filename: 'Statuts signés.pdf', type: 'statuts' });
    const key = `applications/${draft.id}/${document.id}`;
    expect(upload.fields.key).toBe(key);
    expect(upload.fields['Content-Type']).toBe('application/pdf');

    // s3rver does not enforce POST policies, so decode the signed one and check its conditions.
    const policy = JSON.parse(Buffer.from(upload.fields.Policy ?? '', 'base64').toString('utf8')) as {
      expiration: string;
      conditions: unknown[];
    };
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ['content-length-range', 1, 10 * 1024 * 1024],
        ['eq', '$Content-Type', 'application/pdf'],
        ['eq', '$key', key],
        { key },
      ]),
    );
    const ttl = Date.parse(policy.expiration) - Date.now();
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(10 * 60 * 1000 + 5000);
    expect(upload.fields['X-Amz-Signature']).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['a type outside the allowlist', { contentType: 'application/x-msdownload' }, 415],
    ['a file over the programme maximum', { size: 10 * 1024 * 1024 + 1 }, 413],
    ['an empty file', { size: 0 }, 400],
    ['a document type the programme does not ask for', { type: 'kbis' }, 400],
    ['an unknown field', { owner: 'someone' }, 400],
  ])('refuses %s', async (_label, override, status) => {
    const { req, draft } = await setup();
    const res = await req(`/api/applications/${draft.id}/documents`, {
      method: 'POST',
      body: { type: 'statuts', filename: 'statuts.pdf', contentType: 'application/pdf', size: 2048, ...override },
    });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });
});

describe('verification after upload', () => {
  it('verifies a real PDF by its content and offers a short-lived attachment download', async () => {
    const { t, req, draft } = await setup();
    const pdf = samplePdf('Statuts');
    const { documentId, completed } = await uploadDocument(req, draft.id, {
      type: 'statuts',
      filename: 'Statuts signés.pdf',
      contentType: 'application/pdf',
      bytes: pdf,
    });
    expect(completed.status).toBe(200);
    expect(await completed.json()).toMatchObject({ status: 'verified', verifiedSize: pdf.length, rejection: null });

    const link = (await (await req(`/api/applications/${draft.id}/documents/${documentId}/download`)).json()) as {
      url: string;
      expiresInSeconds: number;
    };
    expect(link.expiresInSeconds).toBeLessThanOrEqual(300);
    expect(new URL(link.url).searchParams.get('response-content-disposition')).toMatch(
      /^attachment; filename="Statuts signes.pdf"; filename\*=UTF-8''Statuts%20sign%C3%A9s.pdf$/,
    );
    const file = await fetch(link.url);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
    expect(await objectExists(t, await keptKey(t, draft.id, documentId))).toBe(true);
    expect(await objectExists(t, objectKey(draft.id, documentId))).toBe(false);
  });

  it('rejects an .exe renamed .pdf, deletes the object and says why', async () => {
    const { t, req, draft } = await setup();
    const { documentId, completed } = await uploadDocument(req, draft.id, {
      type: 'rib',
      filename: 'rib.pdf',
      contentType: 'application/pdf',
      bytes: fakeExeAsPdf(),
    });
    const doc = (await completed.json()) as ApplicationDocument;
    expect(doc.status).toBe('rejected');
    expect(doc.rejection?.fr).toMatch(/ne correspond à aucun format accepté/);
    expect(await objectExists(t, objectKey(draft.id, documentId))).toBe(false);
    expect((await req(`/api/applications/${draft.id}/documents/${documentId}/download`)).status).toBe(404);
  });

  it('rejects a PNG declared as a PDF, naming both', async () => {
    const { req, draft } = await setup();
    const { completed } = await uploadDocument(req, draft.id, {
      type: 'rib',
      filename: 'rib.pdf',
      contentType: 'application/pdf',
      bytes: samplePng(),
    });
    const doc = (await completed.json()) as ApplicationDocument;
    expect(doc.status).toBe('rejected');
    expect(doc.rejection?.fr).toMatch(/PDF.*PNG/);
  });

  it('accepts a DOCX budget by its content', async () => {
    const { req, draft } = await setup();
    const { completed } = await uploadDocument(req, draft.id, {
      type: 'budget_previsionnel',
      filename: 'budget.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: sampleDocx({ deflate: true }),
    });
    expect(((await completed.json()) as ApplicationDocument).status).toBe('verified');
  });

  it('answers 409 when the bytes have not arrived, and settles once both paths verify', async () => {
    const { t, req, draft } = await setup();
    const declared = (await (
      await req(`/api/applications/${draft.id}/documents`, {
        method: 'POST',
        body: { type: 'statuts', filename: 'statuts.pdf', contentType: 'application/pdf', size: 100 },
      })
    ).json()) as { document: ApplicationDocument };
    const early = await req(`/api/applications/${draft.id}/documents/${declared.document.id}/complete`, { method: 'POST' });
    expect(early.status).toBe(409);

    const { documentId } = await uploadDocument(req, draft.id, {
      type: 'rib',
      filename: 'rib.pdf',
      contentType: 'application/pdf',
      bytes: samplePdf(),
    });
    // The S3-event Lambda path after the API already verified: nothing changes.
    const lambdaPath = createDocumentService(t.deps);
    expect(await lambdaPath.verifyUploaded(draft.id, documentId)).toBe('verified');
    expect(await lambdaPath.verifyUploaded(draft.id, 'doc_unknown')).toBe('unknown');
  });

  it('replaces the previous document of a type once the new one is verified', async () => {
    const { t, req, draft } = await setup();
    const first = await uploadDocument(req, draft.id, {
      type: 'statuts',
      filename: 'v1.pdf',
      contentType: 'application/pdf',
      bytes: samplePdf('v1'),
    });
    const second = await uploadDocument(req, draft.id, {
      type: 'statuts',
      filename: 'v2.pdf',
      contentType: 'application/pdf',
      bytes: samplePdf('v2'),
    });
    const view = (await (await req(`/api/applications/${draft.id}`)).json()) as ApplicationView;
    expect(view.documents.map((d) => d.filename)).toEqual(['v2.pdf']);
    expect(await objectExists(t, verifiedObjectKey(draft.id, first.documentId, await shaOf(first.completed)))).toBe(false);
    expect(await objectExists(t, await keptKey(t, draft.id, second.documentId))).toBe(true);
  });

  it('deletes a document while editable, and refuses once submitted', async () => {
    const { t, req, draft } = await setup();
    const ids: string[] = [];
    for (const type of REQUIRED_DOCUMENTS) {
      ids.push(
        (await uploadDocument(req, draft.id, { type, filename: `${type}.pdf`, contentType: 'application/pdf', bytes: samplePdf() }))
          .documentId,
      );
    }
    const extra = await uploadDocument(req, draft.id, {
      type: 'derniers_comptes',
      filename: 'comptes.pdf',
      contentType: 'application/pdf',
      bytes: samplePdf(),
    });
    const del = await req(`/api/applications/${draft.id}/documents/${extra.documentId}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect(await objectExists(t, verifiedObjectKey(draft.id, extra.documentId, await shaOf(extra.completed)))).toBe(false);

    expect((await req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } })).status).toBe(200);
    const locked = await req(`/api/applications/${draft.id}/documents/${ids[0]}`, { method: 'DELETE' });
    expect(locked.status).toBe(409);
    expect(await objectExists(t, await keptKey(t, draft.id, ids[0] as string))).toBe(true);
  });
});

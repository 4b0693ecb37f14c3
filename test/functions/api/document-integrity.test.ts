/**
 * What staff receive is what was verified and scanned: re-posting with a still-valid
 * upload form changes nothing, ClamAV's verdict (the repository's EICAR signature)
 * decides what can be downloaded or submitted, and a draft's documents stay the
 * applicant's alone until submission.
 */
import { readFileSync } from 'node:fs';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/src/app';
import type { ApplicationDocument } from '../../../functions/src/domain/application';
import { CLAMAV_TEST_DATABASE } from '../../../functions/src/local/clamav-scanner';
import { seedDemoData } from '../../../functions/src/local/seed';
import { createDocumentService, objectKey, verifiedObjectKey } from '../../../functions/src/services/documents';
import { deferredScanner } from '../../../functions/src/store/deferred-scanner';
import { REQUIRED_DOCUMENTS, filledDraft, uploadDocument } from '../../support/applications';
import { createTestContext, type TestContext } from '../../support/deps';
import { concat, latin1, samplePdf } from '../../support/files';
import { as, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');
const MANAGER = 'gestionnaire@test.example.org';

/** The EICAR test string, rebuilt from the shipped signature so the repository holds no copy of it. */
const EICAR = Buffer.from(readFileSync(CLAMAV_TEST_DATABASE, 'utf8').trim().split(':')[3] ?? '', 'hex');

/** A well-formed PDF that carries the EICAR string in a comment. */
function infectedPdf(): Uint8Array {
  const pdf = samplePdf('Statuts');
  return concat(pdf.subarray(0, 9), latin1('%'), EICAR, latin1('\n'), pdf.subarray(9));
}

type Req = ReturnType<typeof as>;

async function setup() {
  const t = await createTestContext({ now: NOW });
  await seedDemoData(t.deps.store, NOW);
  const req = as(t, await signIn(t, 'lea@example.org'));
  const draft = await filledDraft(t, req);
  return { t, req, draft };
}

async function exists(t: TestContext, key: string): Promise<boolean> {
  return t.s3.send(new HeadObjectCommand({ Bucket: t.config.documentsBucket, Key: key })).then(
    () => true,
    () => false,
  );
}

/** Declares a document and posts `bytes` to its form; returns the form so it can be used again. */
async function declareAndPost(req: Req, applicationId: string, type: string, bytes: Uint8Array) {
  const declared = await req(`/api/applications/${applicationId}/documents`, {
    method: 'POST',
    body: { type, filename: `${type}.pdf`, contentType: 'application/pdf', size: bytes.length },
  });
  expect(declared.status).toBe(201);
  const { document, upload } = (await declared.json()) as {
    document: ApplicationDocument;
    upload: { url: string; fields: Record<string, string> };
  };
  const post = async (body: Uint8Array) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(upload.fields)) form.append(k, v);
    form.append('file', new Blob([new Uint8Array(body)], { type: 'application/pdf' }), `${type}.pdf`);
    const posted = await fetch(upload.url, { method: 'POST', body: form });
    expect(posted.status).toBeLessThan(300);
  };
  await post(bytes);
  return { documentId: document.id, post };
}

async function uploadRequired(req: Req, applicationId: string, skip: string[] = []) {
  for (const type of REQUIRED_DOCUMENTS.filter((d) => !skip.includes(d))) {
    const { completed } = await uploadDocument(req, applicationId, {
      type,
      filename: `${type}.pdf`,
      contentType: 'application/pdf',
      bytes: samplePdf(type),
    });
    expect(completed.status).toBe(200);
  }
}

async function downloaded(req: Req, applicationId: string, documentId: string): Promise<Uint8Array> {
  const res = await req(`/api/applications/${applicationId}/documents/${documentId}/download`);
  expect(res.status).toBe(200);
  const { url } = (await res.json()) as { url: string };
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

describe('verified bytes are the only bytes served', () => {
  it('a second POST with the same form after complete and submission changes nothing staff download', async () => {
    const { t, req, draft } = await setup();
    const verifiedBytes = samplePdf('Statuts signés');
    const { documentId, post } = await declareAndPost(req, draft.id, 'statuts', verifiedBytes);
    const completed = await req(`/api/applications/${draft.id}/documents/${documentId}/complete`, { method: 'POST' });
    const document = (await completed.json()) as ApplicationDocument;
    expect(document).toMatchObject({ status: 'verified', scan: 'clean', verifiedSize: verifiedBytes.length });
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    await uploadRequired(req, draft.id, ['statuts']);
    expect((await req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } })).status).toBe(200);

    // The form is valid for ten minutes: the applicant posts other bytes with it.
    const swapped = samplePdf('Autre chose');
    await post(swapped);
    // In AWS the S3 event of that POST reaches the documents function.
    expect(await createDocumentService(t.deps).verifyUploaded(draft.id, documentId)).toBe('verified');
    expect(await exists(t, objectKey(draft.id, documentId))).toBe(false);

    const manager = as(t, await signIn(t, MANAGER));
    expect(Buffer.from(await downloaded(manager, draft.id, documentId)).equals(Buffer.from(verifiedBytes))).toBe(true);
    // Even if nothing removed them, bytes posted later are never at the key staff are served.
    await post(swapped);
    expect(Buffer.from(await downloaded(manager, draft.id, documentId)).equals(Buffer.from(verifiedBytes))).toBe(true);
  });
});

describe('antivirus (ClamAV with the EICAR signature)', () => {
  it('a clean PDF ends clean and downloadable', async () => {
    const { t, req, draft } = await setup();
    const started = performance.now();
    const { completed } = await uploadDocument(req, draft.id, {
      type: 'statuts',
      filename: 'statuts.pdf',
      contentType: 'application/pdf',
      bytes: samplePdf(),
    });
    const elapsed = performance.now() - started;
    const document = (await completed.json()) as ApplicationDocument;
    expect(document).toMatchObject({ status: 'verified', scan: 'clean' });
    expect(await exists(t, verifiedObjectKey(draft.id, document.id, document.sha256 ?? ''))).toBe(true);
    expect(t.logs.some((line) => line.includes('"scanMs"'))).toBe(true);
    expect(elapsed).toBeLessThan(5000);
  });

  it('a PDF carrying the EICAR string ends infected: bytes deleted, record kept, the applicant told, nothing to download or submit', async () => {
    const { t, req, draft } = await setup();
    await uploadRequired(req, draft.id, ['statuts']);
    const { documentId, completed } = await uploadDocument(req, draft.id, {
      type: 'statuts',
      filename: 'statuts.pdf',
      contentType: 'application/pdf',
      bytes: infectedPdf(),
    });
    expect(completed.status).toBe(200);
    const document = (await completed.json()) as ApplicationDocument;
    expect(document).toMatchObject({ status: 'verified', scan: 'infected' });
    expect(await exists(t, verifiedObjectKey(draft.id, documentId, document.sha256 ?? ''))).toBe(false);
    expect(await exists(t, objectKey(draft.id, documentId))).toBe(false);

    const view = (await (await req(`/api/applications/${draft.id}`)).json()) as { documents: ApplicationDocument[] };
    expect(view.documents.find((d) => d.id === documentId)).toMatchObject({ scan: 'infected' });
    expect((await req(`/api/applications/${draft.id}/documents/${documentId}/download`)).status).toBe(404);
    const submit = await req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
    expect(submit.status).toBe(400);
    expect(await submit.json()).toMatchObject({
      errors: expect.arrayContaining([
        { path: 'documents.statuts', message: expect.objectContaining({ fr: expect.stringContaining('Fichier infecté') }) },
      ]),
    });
  });

  it('a pending or failed scan is not yet usable, and says so; GuardDuty’s later verdict settles it', async () => {
    const { t, req, draft } = await setup();
    // The AWS wiring: the verdict arrives later, by event.
    const aws = { ...t.deps, scanner: deferredScanner };
    const awsReq = as({ ...t, app: createApp(aws) }, await signIn(t, 'lea@example.org'));
    await uploadRequired(req, draft.id, ['statuts']);
    const { documentId, completed } = await uploadDocument(awsReq, draft.id, {
      type: 'statuts',
      filename: 'statuts.pdf',
      contentType: 'application/pdf',
      bytes: samplePdf(),
    });
    const document = (await completed.json()) as ApplicationDocument;
    expect(document).toMatchObject({ status: 'verified', scan: 'pending' });

    const submit = () => req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
    const pending = await submit();
    expect(pending.status).toBe(400);
    expect(JSON.stringify(await pending.json())).toContain('Analyse antivirus en cours');
    expect((await req(`/api/applications/${draft.id}/documents/${documentId}/download`)).status).toBe(404);

    const service = createDocumentService(aws);
    const target = { applicationId: draft.id, documentId, sha256: document.sha256 ?? '' };
    // A verdict about other bytes is ignored.
    expect(await service.recordScanResult({ ...target, sha256: 'f'.repeat(64) }, 'clean')).toBe('ignored');
    expect(await service.recordScanResult(target, 'error')).toBe('error');
    const failed = await submit();
    expect(failed.status).toBe(400);
    expect(JSON.stringify(await failed.json())).toContain("L'analyse antivirus a échoué");
    // A verdict is final: a later event cannot turn an error (or infected) into clean.
    expect(await service.recordScanResult(target, 'clean')).toBe('ignored');
  });
});

describe('a draft is the applicant’s alone', () => {
  it('staff get 404 on a never-submitted draft and its documents, and see them once submitted', async () => {
    const { t, req, draft } = await setup();
    await uploadRequired(req, draft.id);
    const view = (await (await req(`/api/applications/${draft.id}`)).json()) as { documents: ApplicationDocument[] };
    const documentId = view.documents[0]?.id ?? '';
    const manager = as(t, await signIn(t, MANAGER));
    expect((await manager(`/api/applications/${draft.id}`)).status).toBe(404);
    const download = await manager(`/api/applications/${draft.id}/documents/${documentId}/download`);
    expect(download.status).toBe(404);
    expect(download.headers.get('content-type')).toMatch(/problem\+json/);

    expect((await req(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } })).status).toBe(200);
    expect((await manager(`/api/applications/${draft.id}`)).status).toBe(200);
    expect((await manager(`/api/applications/${draft.id}/documents/${documentId}/download`)).status).toBe(200);
  });
});

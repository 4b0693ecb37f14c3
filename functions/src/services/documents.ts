/**
 * Document uploads: the API hands out a presigned POST for one server-chosen key,
 * the browser uploads straight to S3, and then the content is verified (size from
 * HeadObject, type from magic bytes, archive bounds) — by the `complete` call, and
 * again by the S3-event Lambda in AWS. Whichever runs first settles the document; the
 * other finds it settled and does nothing.
 *
 * The bytes are read once: the same bytes are checked, hashed, scanned and copied to
 * `verified/{applicationId}/{documentId}/{sha256}`, a key the upload form (pinned to
 * `applications/…`) can never write. Staff only ever receive that copy, and only once
 * the antivirus said `clean`; the upload object is deleted, and so is anything posted
 * later with the same form (it stays valid for ten minutes).
 */
import { createHash } from 'node:crypto';
import { isUsable, type Application, type ApplicationDocument, type ScanStatus } from '../domain/application';
import { ConflictError, NotFoundError, PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../domain/errors';
import { contentDispositionAttachment } from '../domain/content-disposition';
import { ALLOWED_CONTENT_TYPES } from '../domain/file-type';
import { sanitizeFilename } from '../domain/filename';
import { verifyUpload } from '../domain/upload-check';
import { isEditable } from '../domain/lifecycle';
import type { DocumentType, Program } from '../domain/program';
import type { User } from '../domain/user';
import type { Deps } from '../deps';
import type { MetricName } from '../observability/metrics';
import { newId } from '../store/ids';
import { assertVisible, loadVisible } from './object-access';
import { assertAcceptsSubmissions } from './submission-window';
import { heldToCallWindow } from '../domain/program-window';

/** Presigned POSTs expire quickly: a stolen form is useless after this. */
export const UPLOAD_EXPIRES_SECONDS = 10 * 60;
export const DOWNLOAD_EXPIRES_SECONDS = 5 * 60;
const MAX_DOCUMENTS_PER_APPLICATION = 40;

const DOCUMENT_NOT_FOUND = { fr: "Ce document n'existe pas.", en: 'This document does not exist.' };
const NOT_EDITABLE = {
  fr: "Les pièces ne peuvent plus être modifiées : la demande n'est pas en cours de rédaction.",
  en: 'Documents can no longer be changed: the application is not being edited.',
};

export const objectKey = (applicationId: string, documentId: string) => `applications/${applicationId}/${documentId}`;
/** Where verified bytes live: outside `applications/`, so no upload form can target it. */
export const verifiedObjectKey = (applicationId: string, documentId: string, sha256: string) =>
  `verified/${applicationId}/${documentId}/${sha256}`;

const NOT_ARRIVED = {
  fr: "Le fichier n'est pas encore arrivé. Attendez la fin de l'envoi ou recommencez.",
  en: 'The file has not arrived yet. Wait for the upload to finish, or start again.',
};

const NOT_ASKED = {
  fr: "Ce type de pièce n'est pas demandé par ce programme.",
  en: 'This programme does not ask for this type of document.',
};
const TOO_MANY_DOCUMENTS = {
  fr: 'Cette demande a déjà trop de pièces : supprimez celles qui ne servent plus.',
  en: 'This application already has too many documents: delete those no longer needed.',
};
const FORMAT_NOT_ACCEPTED = {
  fr: 'Format non accepté. Envoyez un PDF, une image PNG ou JPEG, ou un document ODT, ODS, DOCX ou XLSX.',
  en: 'Format not accepted. Send a PDF, a PNG or JPEG image, or an ODT, ODS, DOCX or XLSX document.',
};
const SOURCE_GONE = {
  fr: "Ce document n'est plus disponible dans votre portefeuille : envoyez-le à nouveau.",
  en: 'This document is no longer available in your wallet: upload it again.',
};

/** The counter a settled verification adds to: refused by content, caught by the antivirus, or verified. */
const uploadMetric = (outcome: Pick<ApplicationDocument, 'status' | 'scan'>): MetricName =>
  outcome.status === 'rejected' ? 'UploadsRefused' : outcome.scan === 'infected' ? 'UploadsInfected' : 'UploadsVerified';

export type UploadRequest = { type: DocumentType; filename: string; contentType: string; size: number };

export function createDocumentService(deps: Deps) {
  const { store, documents: storage, scanner, clock } = deps;

  async function loadEditable(user: User, applicationId: string) {
    const bundle = await loadVisible(store, user, applicationId);
    const { application } = bundle;
    if (application.ownerId !== user.id) throw new NotFoundError(DOCUMENT_NOT_FOUND);
    if (!isEditable(application.status)) throw new ConflictError(NOT_EDITABLE, application.version);
    const program = await store.programs.get(application.programId);
    if (!program) throw new NotFoundError(DOCUMENT_NOT_FOUND);
    return { ...bundle, program };
  }

  /** A new document (declared upload or wallet reuse) only while the programme takes this draft's submission. */
  function assertWindow(application: Application, program: Program) {
    // A file reopened for changes may take new documents whatever the date.
    if (heldToCallWindow(application.status)) assertAcceptsSubmissions(program, application, clock(), deps.config.submissionGraceMs);
  }

  /**
   * Checks what landed in S3, copies exactly those bytes to their verified key and
   * scans them, then settles the document (deleting rejected or infected bytes).
   */
  async function verify(application: Application, document: ApplicationDocument, program: Program): Promise<ApplicationDocument> {
    const key = objectKey(application.id, document.id);
    const head = await storage.head(key);
    if (!head) throw new ConflictError(NOT_ARRIVED);
    // Too big is refused on the size alone; anything else is read once, pinned to the ETag seen.
    const bytes = head.size > program.maxFileSizeBytes ? null : await storage.getBytes(key, head.etag);
    if (head.size <= program.maxFileSizeBytes && bytes === null) throw new ConflictError(NOT_ARRIVED);
    const size = bytes?.length ?? head.size;
    const verdict = await verifyUpload({
      declaredContentType: document.contentType,
      size,
      maxBytes: program.maxFileSizeBytes,
      reader: { size, read: async (start, length) => (bytes ?? new Uint8Array()).subarray(start, start + length) },
    });
    let outcome: Pick<ApplicationDocument, 'status' | 'verifiedSize' | 'rejection' | 'sha256' | 'scan'>;
    let scanMs = 0;
    if (!verdict.ok || bytes === null) {
      outcome = { status: 'rejected', verifiedSize: size, rejection: verdict.ok ? null : verdict.message, sha256: null, scan: 'pending' };
    } else {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const verifiedKey = verifiedObjectKey(application.id, document.id, sha256);
      await storage.put(verifiedKey, bytes, document.contentType);
      const started = performance.now();
      const scan = await scanner.scan({ key: verifiedKey, bytes });
      scanMs = Math.round(performance.now() - started);
      if (scan === 'infected') await storage.delete(verifiedKey);
      outcome = { status: 'verified', verifiedSize: size, rejection: null, sha256, scan };
    }
    await storage.delete(key);
    const at = clock().toISOString();
    const settled = await store.applications.settleDocument(application.id, document.id, outcome, at);
    const current = await store.applications.getDocument(application.id, document.id);
    if (!settled && outcome.sha256 && current?.sha256 !== outcome.sha256) {
      // Another verification settled other bytes first: this copy is nobody's.
      await storage.delete(verifiedObjectKey(application.id, document.id, outcome.sha256));
    }
    if (settled && outcome.status === 'verified' && outcome.scan !== 'infected') await removeReplaced(application.id, document);
    if (settled) deps.metrics.count(uploadMetric(outcome));
    deps.log.info('documents: verified', {
      applicationId: application.id,
      documentId: document.id,
      status: outcome.status,
      scan: outcome.scan,
      scanMs,
      settled,
    });
    return current ?? { ...document, ...outcome, updatedAt: at };
  }

  /** Deletes every stored copy of a document's bytes. */
  async function deleteObjects(applicationId: string, document: ApplicationDocument) {
    await storage.delete(objectKey(applicationId, document.id));
    if (document.sha256) await storage.delete(verifiedObjectKey(applicationId, document.id, document.sha256));
  }

  /** A newly verified document replaces the earlier ones of its type (except "autre", which may be several). */
  async function removeReplaced(applicationId: string, kept: ApplicationDocument) {
    if (kept.type === 'autre') return;
    const bundle = await store.applications.getWithChildren(applicationId);
    for (const doc of bundle?.documents ?? []) {
      if (doc.id !== kept.id && doc.type === kept.type) {
        await deleteObjects(applicationId, doc);
        await store.applications.deleteDocument(applicationId, doc.id);
      }
    }
  }

  return {
    async requestUpload(user: User, applicationId: string, request: UploadRequest) {
      const { application, documents, program } = await loadEditable(user, applicationId);
      assertWindow(application, program);
      if (!program.documents.some((d) => d.type === request.type)) {
        throw new ValidationError([
          {
            path: 'body.type',
            message: {
              fr: "Ce type de pièce n'est pas demandé par ce programme.",
              en: 'This programme does not ask for this type of document.',
            },
          },
        ]);
      }
      if (!(ALLOWED_CONTENT_TYPES as readonly string[]).includes(request.contentType)) {
        throw new UnsupportedMediaTypeError({
          fr: 'Format non accepté. Envoyez un PDF, une image PNG ou JPEG, ou un document ODT, ODS, DOCX ou XLSX.',
          en: 'Format not accepted. Send a PDF, a PNG or JPEG image, or an ODT, ODS, DOCX or XLSX document.',
        });
      }
      if (request.size > program.maxFileSizeBytes) {
        const mb = Math.floor(program.maxFileSizeBytes / (1024 * 1024));
        throw new PayloadTooLargeError({
          fr: `Le fichier dépasse la taille maximale de ${mb} Mo.`,
          en: `The file exceeds the maximum size of ${mb} MB.`,
        });
      }
      if (documents.length >= MAX_DOCUMENTS_PER_APPLICATION) {
        throw new ConflictError({
          fr: 'Cette demande a déjà trop de pièces : supprimez celles qui ne servent plus.',
          en: 'This application already has too many documents: delete those no longer needed.',
        });
      }
      const at = clock().toISOString();
      const document: ApplicationDocument = {
        id: newId('doc', new Date(at)),
        applicationId: application.id,
        type: request.type,
        filename: sanitizeFilename(request.filename),
        contentType: request.contentType,
        declaredSize: request.size,
        verifiedSize: null,
        status: 'pending',
        rejection: null,
        sha256: null,
        scan: 'pending',
        createdAt: at,
        updatedAt: at,
      };
      await store.applications.putDocument(document);
      const upload = await storage.presignUpload({
        key: objectKey(application.id, document.id),
        contentType: request.contentType,
        maxBytes: program.maxFileSizeBytes,
        expiresInSeconds: UPLOAD_EXPIRES_SECONDS,
      });
      return { document, upload, expiresInSeconds: UPLOAD_EXPIRES_SECONDS };
    },

    async complete(user: User, applicationId: string, documentId: string): Promise<ApplicationDocument> {
      const { application, documents, program } = await loadEditable(user, applicationId);
      const document = documents.find((d) => d.id === documentId);
      if (!document) throw new NotFoundError(DOCUMENT_NOT_FOUND);
      if (document.status !== 'pending') return document;
      return verify(application, document, program);
    },

    async download(user: User, applicationId: string, documentId: string) {
      await assertVisible(store, user, await store.applications.get(applicationId));
      const document = await store.applications.getDocument(applicationId, documentId);
      // Only the verified copy, and only once the antivirus called it clean.
      if (!document || !isUsable(document) || !document.sha256) throw new NotFoundError(DOCUMENT_NOT_FOUND);
      const url = await storage.presignDownload({
        key: verifiedObjectKey(applicationId, documentId, document.sha256),
        contentDisposition: contentDispositionAttachment(document.filename),
        contentType: document.contentType,
        expiresInSeconds: DOWNLOAD_EXPIRES_SECONDS,
      });
      return { url, expiresInSeconds: DOWNLOAD_EXPIRES_SECONDS };
    },

    async remove(user: User, applicationId: string, documentId: string): Promise<void> {
      const { documents } = await loadEditable(user, applicationId);
      const document = documents.find((d) => d.id === documentId);
      if (!document) throw new NotFoundError(DOCUMENT_NOT_FOUND);
      await deleteObjects(applicationId, document);
      await store.applications.deleteDocument(applicationId, documentId);
    },

    /**
     * A document made from bytes the API already holds (the document wallet): a record of
     * `source.type`, the bytes copied to its verified key, checked by content against this
     * programme's limits and scanned again, then settled like an upload (replacing an
     * earlier document of the type). Bytes that are gone or no longer hash to `sha256` are a 409.
     */
    async adopt(
      user: User,
      applicationId: string,
      source: { type: DocumentType; filename: string; contentType: string; sha256: string; key: string },
    ): Promise<ApplicationDocument> {
      const { application, documents, program } = await loadEditable(user, applicationId);
      assertWindow(application, program);
      if (!program.documents.some((d) => d.type === source.type)) {
        throw new ValidationError([{ path: 'body.walletId', message: NOT_ASKED }], NOT_ASKED);
      }
      if (documents.length >= MAX_DOCUMENTS_PER_APPLICATION) throw new ConflictError(TOO_MANY_DOCUMENTS);
      const bytes = await storage.getBytes(source.key, null);
      if (!bytes || createHash('sha256').update(bytes).digest('hex') !== source.sha256) throw new ConflictError(SOURCE_GONE);
      const at = clock().toISOString();
      const document: ApplicationDocument = {
        id: newId('doc', new Date(at)),
        applicationId: application.id,
        type: source.type,
        filename: sanitizeFilename(source.filename),
        contentType: source.contentType,
        declaredSize: bytes.length,
        verifiedSize: null,
        status: 'pending',
        rejection: null,
        sha256: null,
        scan: 'pending',
        createdAt: at,
        updatedAt: at,
      };
      await store.applications.putDocument(document);
      const verdict = (ALLOWED_CONTENT_TYPES as readonly string[]).includes(source.contentType)
        ? await verifyUpload({
            declaredContentType: source.contentType,
            size: bytes.length,
            maxBytes: program.maxFileSizeBytes,
            reader: { size: bytes.length, read: async (start, length) => bytes.subarray(start, start + length) },
          })
        : ({ ok: false, message: FORMAT_NOT_ACCEPTED } as const);
      let outcome: Pick<ApplicationDocument, 'status' | 'verifiedSize' | 'rejection' | 'sha256' | 'scan'>;
      if (!verdict.ok) {
        outcome = { status: 'rejected', verifiedSize: bytes.length, rejection: verdict.message, sha256: null, scan: 'pending' };
      } else {
        const verifiedKey = verifiedObjectKey(application.id, document.id, source.sha256);
        await storage.copy(source.key, verifiedKey);
        const scan = await scanner.scan({ key: verifiedKey, bytes });
        if (scan === 'infected') await storage.delete(verifiedKey);
        outcome = { status: 'verified', verifiedSize: bytes.length, rejection: null, sha256: source.sha256, scan };
      }
      const settledAt = clock().toISOString();
      const settled = await store.applications.settleDocument(application.id, document.id, outcome, settledAt);
      if (settled && outcome.status === 'verified' && outcome.scan !== 'infected') await removeReplaced(application.id, document);
      if (settled) deps.metrics.count(uploadMetric(outcome));
      deps.log.info('documents: adopted', { applicationId, documentId: document.id, status: outcome.status, scan: outcome.scan });
      return (await store.applications.getDocument(application.id, document.id)) ?? { ...document, ...outcome, updatedAt: settledAt };
    },

    /** The S3-event path: no user, same verification, idempotent. */
    async verifyUploaded(applicationId: string, documentId: string): Promise<ApplicationDocument['status'] | 'unknown'> {
      const application = await store.applications.get(applicationId);
      const document = application ? await store.applications.getDocument(applicationId, documentId) : null;
      if (!application || !document) {
        // An object nobody asked for: remove it rather than keep unverified bytes.
        await storage.delete(objectKey(applicationId, documentId));
        return 'unknown';
      }
      if (document.status !== 'pending') {
        // Bytes posted again with the same form after verification: never served, dropped.
        await storage.delete(objectKey(applicationId, documentId));
        return document.status;
      }
      const program = await store.programs.get(application.programId);
      if (!program) return 'unknown';
      return (await verify(application, document, program)).status;
    },

    /**
     * GuardDuty's verdict on a verified copy (`verified/{applicationId}/{documentId}/{sha256}`).
     * It applies only to the document that still holds those bytes and awaits a verdict;
     * infected bytes are deleted whoever they belonged to.
     */
    async recordScanResult(
      target: { applicationId: string; documentId: string; sha256: string },
      scan: Exclude<ScanStatus, 'pending'>,
    ): Promise<ScanStatus | 'ignored'> {
      const { applicationId, documentId, sha256 } = target;
      if (scan === 'infected') await storage.delete(verifiedObjectKey(applicationId, documentId, sha256));
      const recorded = await store.applications.recordScan(applicationId, documentId, sha256, scan, clock().toISOString());
      deps.log[scan === 'clean' ? 'info' : 'warn']('documents: scan result', { applicationId, documentId, scan, recorded });
      if (recorded && scan === 'infected') deps.metrics.count('UploadsInfected');
      return recorded ? scan : 'ignored';
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;

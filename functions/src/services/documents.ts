/**
 * Document uploads: the API hands out a presigned POST for one server-chosen key,
 * the browser uploads straight to S3, and then the content is verified (size from
 * HeadObject, type from magic bytes) — by the `complete` call, and again by the
 * S3-event Lambda in AWS. Whichever runs first settles the document; the other
 * finds it settled and does nothing.
 */
import type { Application, ApplicationDocument } from '../domain/application';
import { ConflictError, NotFoundError, PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../domain/errors';
import { contentDispositionAttachment } from '../domain/content-disposition';
import { ALLOWED_CONTENT_TYPES } from '../domain/file-type';
import { sanitizeFilename } from '../domain/filename';
import { verifyUpload } from '../domain/upload-check';
import { isEditable } from '../domain/lifecycle';
import type { DocumentType, Program } from '../domain/program';
import type { User } from '../domain/user';
import type { Deps } from '../deps';
import { newId } from '../store/ids';
import { assertVisible, loadVisible } from './object-access';

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

export type UploadRequest = { type: DocumentType; filename: string; contentType: string; size: number };

export function createDocumentService(deps: Deps) {
  const { store, documents: storage, clock } = deps;

  async function loadEditable(user: User, applicationId: string) {
    const bundle = await loadVisible(store, user, applicationId);
    const { application } = bundle;
    if (application.ownerId !== user.id) throw new NotFoundError(DOCUMENT_NOT_FOUND);
    if (!isEditable(application.status)) throw new ConflictError(NOT_EDITABLE, application.version);
    const program = await store.programs.get(application.programId);
    if (!program) throw new NotFoundError(DOCUMENT_NOT_FOUND);
    return { ...bundle, program };
  }

  /** Checks what landed in S3, then settles the document as verified or rejected (deleting a rejected object). */
  async function verify(application: Application, document: ApplicationDocument, program: Program): Promise<ApplicationDocument> {
    const key = objectKey(application.id, document.id);
    const head = await storage.head(key);
    if (!head) {
      throw new ConflictError({
        fr: "Le fichier n'est pas encore arrivé. Attendez la fin de l'envoi ou recommencez.",
        en: 'The file has not arrived yet. Wait for the upload to finish, or start again.',
      });
    }
    const verdict = await verifyUpload({
      declaredContentType: document.contentType,
      size: head.size,
      maxBytes: program.maxFileSizeBytes,
      reader: storage.reader(key, head.size, head.etag),
    });
    const at = clock().toISOString();
    const outcome = verdict.ok
      ? { status: 'verified' as const, verifiedSize: head.size, rejection: null }
      : { status: 'rejected' as const, verifiedSize: head.size, rejection: verdict.message };
    if (!verdict.ok) await storage.delete(key);
    const settled = await store.applications.settleDocument(application.id, document.id, outcome, at);
    if (settled && verdict.ok) await removeReplaced(application.id, document);
    deps.log.info('documents: verified', { applicationId: application.id, documentId: document.id, status: outcome.status, settled });
    return (await store.applications.getDocument(application.id, document.id)) ?? { ...document, ...outcome, updatedAt: at };
  }

  /** A newly verified document replaces the earlier ones of its type (except "autre", which may be several). */
  async function removeReplaced(applicationId: string, kept: ApplicationDocument) {
    if (kept.type === 'autre') return;
    const bundle = await store.applications.getWithChildren(applicationId);
    for (const doc of bundle?.documents ?? []) {
      if (doc.id !== kept.id && doc.type === kept.type) {
        await storage.delete(objectKey(applicationId, doc.id));
        await store.applications.deleteDocument(applicationId, doc.id);
      }
    }
  }

  return {
    async requestUpload(user: User, applicationId: string, request: UploadRequest) {
      const { application, documents, program } = await loadEditable(user, applicationId);
      if (!program.documents.some((d) => d.type === request.type)) {
        throw new ValidationError([
          { path: 'body.type', message: { fr: "Ce type de pièce n'est pas demandé par ce programme.", en: 'This programme does not ask for this type of document.' } },
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
      if (!document || document.status !== 'verified') throw new NotFoundError(DOCUMENT_NOT_FOUND);
      const url = await storage.presignDownload({
        key: objectKey(applicationId, documentId),
        contentDisposition: contentDispositionAttachment(document.filename),
        contentType: document.contentType,
        expiresInSeconds: DOWNLOAD_EXPIRES_SECONDS,
      });
      return { url, expiresInSeconds: DOWNLOAD_EXPIRES_SECONDS };
    },

    async remove(user: User, applicationId: string, documentId: string): Promise<void> {
      const { documents } = await loadEditable(user, applicationId);
      if (!documents.some((d) => d.id === documentId)) throw new NotFoundError(DOCUMENT_NOT_FOUND);
      await storage.delete(objectKey(applicationId, documentId));
      await store.applications.deleteDocument(applicationId, documentId);
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
      if (document.status !== 'pending') return document.status;
      const program = await store.programs.get(application.programId);
      if (!program) return 'unknown';
      return (await verify(application, document, program)).status;
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;

/**
 * Erasing one application for good: hidden from everyone first, then every stored
 * version of its uploads and verified copies, then its items, the application item
 * last with an audit event on the programme that names no person. Shared by the
 * account closure (DELETE /api/me) and the retention job; a run that stops half-way
 * is finished by the next scheduler run (PersonalDataStore.listErasing).
 */
import type { Application } from '../domain/application';
import { type AuditActorRole, auditEvent } from '../domain/audit';
import type { Logger } from '../logger';
import { newId } from '../store/ids';
import type { DocumentStorage, Store } from '../store/store-ports';

export type ErasureReason = 'account_closed' | 'idle_draft' | 'retention_period' | 'resumed';

export type ErasureDeps = { store: Store; documents: DocumentStorage; clock: () => Date; log: Logger };

/** Who asked: the holder closing their account, or the scheduler applying the retention periods. */
export type ErasureActor = { id: string; role: AuditActorRole; displayName: string };

/**
 * Erases `application` if it is still at the version read (false when it changed
 * meanwhile: its holder came back, so it is left alone until it is idle again).
 */
export async function eraseApplication(
  deps: ErasureDeps,
  application: Application,
  actor: ErasureActor,
  reason: ErasureReason,
): Promise<boolean> {
  const now = deps.clock();
  if (!application.erasingAt && !(await deps.store.personalData.beginErasure(application.id, application.version, now.toISOString()))) {
    return false;
  }
  const objects =
    (await deps.documents.deletePrefix(`applications/${application.id}/`)) +
    (await deps.documents.deletePrefix(`verified/${application.id}/`));
  const items = await deps.store.personalData.eraseApplication(
    application.id,
    auditEvent({
      id: newId('evt', now),
      subject: 'program',
      subjectId: application.programId,
      type: 'application_erased',
      at: now.toISOString(),
      actor,
      // Ids, status and reason only: the trail shows an erasure happened, not whose.
      change: {
        changed: ['application'],
        before: { applicationId: application.id, reference: application.reference, status: application.status },
        after: { reason },
      },
    }),
  );
  deps.log.info('erasure: application erased', { applicationId: application.id, reason, items, objects });
  return true;
}

/**
 * The retention periods (domain/retention.ts), applied by the daily job, idempotently
 * and in bounded batches:
 * - an erasure a previous run left half-done is finished first;
 * - a draft idle for `idleDraftMonths` less `draftWarningDays` gets one email (marked on
 *   the draft before it is sent, so two runs never send it twice; a change to the draft
 *   clears the mark's effect, since the mark must be newer than the last change);
 * - a draft idle for `idleDraftMonths` and warned at least `draftWarningDays` ago is erased;
 * - a withdrawn or rejected file unchanged for `closedApplicationYears` is erased.
 * Each erasure leaves an `application_erased` event on the programme, naming no person.
 * What a run could not reach (the batch is full) is reached by the next one.
 */
import { SYSTEM_ACTOR } from '../domain/audit';
import type { Application } from '../domain/application';
import type { ApplicationStatus } from '../domain/lifecycle';
import type { Program } from '../domain/program';
import { CLOSED_STATUSES, draftErasureDate, retentionCutoffs, type RetentionPolicy } from '../domain/retention';
import type { Logger } from '../logger';
import type { DocumentStorage, Mailer, Store } from '../store/store-ports';
import { type ErasureReason, eraseApplication } from './erasure';
import { deliver } from './mail-delivery';
import { draftErasureWarningMail } from './mails';

/** Erasures per run: each is a few S3 and DynamoDB calls, so a run stays well inside its timeout. */
export const ERASURE_BATCH = 50;
/** Warning emails per run. */
export const WARNING_BATCH = 100;
/** Queue pages read per programme and status per run, so one huge programme cannot stall the run. */
const PAGES_PER_QUEUE = 20;
const PAGE = 100;

export type RetentionDeps = {
  store: Store;
  documents: DocumentStorage;
  mailer: Mailer;
  clock: () => Date;
  log: Logger;
  policy: RetentionPolicy;
  siteOrigin: string;
  /** Per-run bounds; the defaults suit the scheduler's 25 s timeout. */
  limits?: { erasures: number; warnings: number };
};

export type RetentionReport = { warned: number; erased: { idleDrafts: number; closed: number; resumed: number }; more: boolean };

export async function applyRetention(deps: RetentionDeps): Promise<RetentionReport> {
  const { store, clock, log, policy } = deps;
  const now = clock();
  const cut = retentionCutoffs(policy, now);
  const report: RetentionReport = { warned: 0, erased: { idleDrafts: 0, closed: 0, resumed: 0 }, more: false };
  const limits = deps.limits ?? { erasures: ERASURE_BATCH, warnings: WARNING_BATCH };
  const erasuresLeft = () => limits.erasures - report.erased.idleDrafts - report.erased.closed - report.erased.resumed;

  const erase = async (application: Application, reason: ErasureReason) => {
    if (await eraseApplication(deps, application, SYSTEM_ACTOR, reason)) {
      report.erased[reason === 'idle_draft' ? 'idleDrafts' : reason === 'resumed' ? 'resumed' : 'closed'] += 1;
    }
  };

  for (const stopped of await store.personalData.listErasing(limits.erasures)) await erase(stopped, 'resumed');

  /** Walks one programme's staff queue for `status` below `before`, handing each file to `visit` until it says stop. */
  const walk = async (programId: string, status: ApplicationStatus, before: string, visit: (a: Application) => Promise<boolean>) => {
    let cursor: string | null = null;
    for (let page = 0; page < PAGES_PER_QUEUE; page++) {
      const found = await store.personalData.listIdle(programId, status, before, PAGE, cursor);
      for (const application of found.items) if (!(await visit(application))) return;
      cursor = found.cursor;
      if (!cursor) return;
    }
    report.more = true;
  };

  /** Walks one programme's never-submitted files created before `before` (keys, then the items), oldest first. */
  const walkUnsent = async (programId: string, before: string, visit: (a: Application) => Promise<boolean>) => {
    let cursor: string | null = null;
    for (let page = 0; page < PAGES_PER_QUEUE; page++) {
      const found = await store.personalData.listUnsent(programId, before, PAGE, cursor);
      const applications = (await store.applications.getMany(found.items)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      for (const application of applications) if (!(await visit(application))) return;
      cursor = found.cursor;
      if (!cursor) return;
    }
    report.more = true;
  };

  const idleDraft = async (draft: Application, program: Program) => {
    if (draft.updatedAt >= cut.warnDraftsBefore) return true;
    const warned = draft.retentionWarnedAt && draft.retentionWarnedAt >= draft.updatedAt ? draft.retentionWarnedAt : null;
    if (warned) {
      if (draft.updatedAt < cut.eraseDraftsBefore && warned <= cut.warnedBefore) {
        if (erasuresLeft() <= 0) return stop();
        await erase(draft, 'idle_draft');
      }
      return true;
    }
    if (report.warned >= limits.warnings) return stop();
    await warn(draft, program);
    return true;
  };

  const closedFile = async (closed: Application) => {
    if (closed.updatedAt >= cut.eraseClosedBefore) return true;
    if (erasuresLeft() <= 0) return stop();
    await erase(closed, 'retention_period');
    return true;
  };

  const programs: Program[] = [...(await store.programs.listByStatus('published')), ...(await store.programs.listByStatus('closed'))];
  for (const program of programs) {
    // Drafts, and drafts withdrawn before they were ever sent.
    await walkUnsent(program.id, cut.warnDraftsBefore, async (unsent) => {
      if (unsent.status === 'draft') return idleDraft(unsent, program);
      if (unsent.status === 'withdrawn') return closedFile(unsent);
      return true;
    });
    // Submitted files later withdrawn or rejected.
    for (const status of CLOSED_STATUSES) await walk(program.id, status, cut.eraseClosedBefore, closedFile);
  }
  log.info('retention: applied', report);
  return report;

  function stop(): false {
    report.more = true;
    return false;
  }

  async function warn(draft: Application, program: Program): Promise<void> {
    const at = clock();
    // Marked first: if the mail then fails it is queued, never sent twice by a second run.
    if (!(await store.personalData.markWarned(draft.id, draft.updatedAt, at.toISOString()))) return;
    report.warned += 1;
    const owner = await store.users.get(draft.ownerId);
    if (owner?.status !== 'active') return;
    const erasure = draftErasureDate(policy, draft.updatedAt, at);
    await deliver(deps, draftErasureWarningMail(owner, draft, program, erasure, deps.siteOrigin));
  }
}

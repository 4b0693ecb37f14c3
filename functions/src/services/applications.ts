/**
 * The applicant's side of an application: create a draft, autosave its sections,
 * submit it (with a gapless yearly reference), withdraw it, and read its history.
 * Routes call one function here; this file decides, the store enforces atomically.
 */
import {
  EDITABLE_STATUSES,
  isEditable,
  sourceStates,
  targetState,
  transition as lifecycleTransition,
  type ApplicationStatus,
  type LifecycleEventType,
} from '../domain/lifecycle';
import {
  emptySections,
  formatReference,
  timelineEvent,
  type Application,
  type ApplicationDocument,
  type ApplicationPatch,
  type ApplicationSections,
  type Assignment,
  type ConflictState,
  type Message,
  type TimelineEvent,
} from '../domain/application';
import { checkSubmission, validateSteps, type StepStates } from '../domain/application-steps';
import type { EligibilityAnswers } from '../domain/eligibility-schema';
import {
  ConflictError,
  InvalidTransitionError,
  NotFoundError,
  SequenceTakenError,
  ServiceUnavailableError,
  ValidationError,
  type Bilingual,
} from '../domain/errors';
import { PARIS_TIME_ZONE } from '../domain/format';
import { isOpen, type Program } from '../domain/program';
import type { User } from '../domain/user';
import type { Deps } from '../deps';
import { newId } from '../store/ids';
import type { Page } from '../store/store-ports';
import type { Review } from '../domain/scoring';
import { forAudience, timelineFor, type AudienceApplication } from './application-audiences';
import { actorFor, loadVisible } from './object-access';
import { createDecisionService, type StaffEvent } from './decisions';
import { applicantMessageMail, staffMessageMail, submittedMail, withdrawnMail } from './mails';
import { deliver } from './mail-delivery';
import { assertAcceptsSubmissions, graceFor } from './submission-window';
import { heldToCallWindow } from '../domain/program-window';
import { createOrganisationProfileService, prefillOrganisation } from './organisation-profile';

export type ApplicationView = {
  /** The application as this reader's audience may see it (application-audiences.ts). */
  application: AudienceApplication;
  documents: ApplicationDocument[];
  steps: StepStates;
  editable: boolean;
};

/** A line of the staff queue: enough to triage, declare a conflict, or open the file. */
export type QueueItem = Pick<Application, 'id' | 'programId' | 'status' | 'reference' | 'submittedAt'> & {
  organisationName: string | null;
  projectTitle: string | null;
  amountRequestedCents: number | null;
  score: number | null;
  disagreement: boolean;
  reviewerCount: number;
  /** Reviewers who declared a conflict of interest: the manager must replace them. */
  conflictCount: number;
  /** For a reviewer: their declaration on this application. */
  conflict?: ConflictState;
};

/** Staff see an application only once it has been sent in: before that it is the applicant's alone. */
export const wasSubmitted = (a: Application): boolean => a.submittedAt !== null && a.status !== 'draft';

export type QueueQuery = { programId: string; status: ApplicationStatus; sort: 'date' | 'score'; cursor: string | null; limit: number };

/** `scoresVisible` is false for a reviewer who has not transmitted their own review yet. */
function queueItem(a: Application, conflict?: ConflictState, scoresVisible = true): QueueItem {
  return {
    id: a.id,
    programId: a.programId,
    status: a.status,
    reference: a.reference,
    submittedAt: a.submittedAt,
    organisationName: a.organisation?.name ?? null,
    projectTitle: a.project?.title ?? null,
    amountRequestedCents: a.budget?.amountRequestedCents ?? null,
    score: scoresVisible ? (a.score ?? null) : null,
    disagreement: scoresVisible && (a.disagreement ?? []).length > 0,
    reviewerCount: (a.reviewerIds ?? []).length,
    conflictCount: (a.conflictIds ?? []).length,
    ...(conflict ? { conflict } : {}),
  };
}

export type ApplicationSummary = Pick<
  Application,
  'id' | 'programId' | 'status' | 'reference' | 'createdAt' | 'updatedAt' | 'submittedAt'
> & { programTitle: Bilingual; programClosesAt: string | null; amountRequestedCents: number | null };

const PROGRAM_MISSING = { fr: "Ce programme n'existe pas ou n'est pas publié.", en: 'This programme does not exist or is not published.' };
const MAX_REFERENCE_ATTEMPTS = 20;

function parisYear(now: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: PARIS_TIME_ZONE, year: 'numeric' }).format(now));
}

export function createApplicationService(deps: Deps) {
  const { store, clock } = deps;
  const decisions = createDecisionService(deps);
  const profiles = createOrganisationProfileService(deps);

  async function programFor(programId: string): Promise<Program> {
    const program = await store.programs.get(programId);
    if (!program) throw new NotFoundError(PROGRAM_MISSING);
    return program;
  }

  const load = (user: User, id: string) => loadVisible(store, user, id);

  function view(
    user: User,
    program: Program,
    application: Application,
    documents: ApplicationDocument[],
    reviews: readonly Review[] = [],
  ): ApplicationView {
    return {
      application: forAudience(user, application, reviews),
      documents,
      steps: validateSteps(program, application, documents),
      editable: isEditable(application.status),
    };
  }

  /** Pre-fills a new draft from the eligibility answers, so nothing is typed twice. */
  function prefill(answers: EligibilityAnswers | undefined): ApplicationSections {
    const sections = emptySections();
    if (!answers) return sections;
    sections.organisation = {
      legalForm: answers.legalForm,
      siret: answers.siret,
      creationDate: answers.creationDate,
    };
    sections.project = { stage: answers.stage, communeInsee: answers.communeInsee };
    sections.budget = { amountRequestedCents: answers.amountRequestedCents };
    return sections;
  }

  async function submit(user: User, application: Application, documents: ApplicationDocument[], program: Program) {
    const now = clock();
    const at = now.toISOString();
    // Past the deadline's minute and the draft's grace: a 409 naming the deadline, before any other check
    // (a file reopened for changes is not held to the call's window).
    const held = heldToCallWindow(application.status);
    if (held) assertAcceptsSubmissions(program, application, now, deps.config.submissionGraceMs);
    const check = checkSubmission(
      program,
      application,
      documents,
      now,
      graceFor(program, application, deps.config.submissionGraceMs),
      held,
    );
    if (!check.ok) {
      throw new ValidationError(check.errors, {
        fr: 'La demande ne peut pas encore être déposée : complétez les éléments signalés.',
        en: 'The application cannot be submitted yet: complete the items listed.',
      });
    }
    const resubmitted = application.status === 'changes_requested';
    for (let attempt = 1; ; attempt++) {
      const year = parisYear(now);
      const sequence = application.reference ? null : (await store.applications.currentSequence(program.id, year)) + 1;
      try {
        const updated = await store.applications.transition({
          application,
          from: sourceStates('submit'),
          to: targetState('submit'),
          at,
          submittedAt: at,
          eligibility: check.eligibility,
          event: timelineEvent({
            id: newId('evt', new Date(at)),
            applicationId: application.id,
            type: resubmitted ? 'resubmitted' : 'submitted',
            at,
            actor: user,
            from: application.status,
            to: 'submitted',
          }),
          ...(sequence === null
            ? {}
            : { reference: { programId: program.id, year, sequence, value: formatReference(program.referencePrefix, year, sequence) } }),
        });
        deps.metrics.count('ApplicationsSubmitted');
        await profiles.saveFromSubmission(user, updated);
        await deliver(deps, submittedMail(user, updated, program, deps.config.siteOrigin, resubmitted));
        return updated;
      } catch (error) {
        if (error instanceof SequenceTakenError && attempt < MAX_REFERENCE_ATTEMPTS) {
          // Another submission took this number: back off a little and read the counter again.
          await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
          continue;
        }
        // Still contended after every try: a crowd, not a fault. Nothing was written; "try again" (503).
        if (error instanceof SequenceTakenError) throw new ServiceUnavailableError({ cause: error }, 1);
        if (error instanceof ConflictError) {
          // A double click or a retry: if the other request submitted it, answer as it did.
          const current = await store.applications.get(application.id);
          if (current?.status === 'submitted') return current;
        }
        throw error;
      }
    }
  }

  async function withdraw(user: User, application: Application, program: Program) {
    const at = clock().toISOString();
    const updated = await store.applications.transition({
      application,
      from: sourceStates('withdraw'),
      to: targetState('withdraw'),
      at,
      event: timelineEvent({
        id: newId('evt', new Date(at)),
        applicationId: application.id,
        type: 'withdrawn',
        at,
        actor: user,
        from: application.status,
        to: 'withdrawn',
      }),
    });
    await deliver(deps, withdrawnMail(user, updated, program, deps.config.siteOrigin));
    return updated;
  }

  /**
   * Tells the other side a message is waiting (never its body: see staffMessageMail). The
   * applicant's goes to the reviewers who may read the file, or to the programme's contact
   * address when none is assigned; a draft never submitted is seen by nobody else, so it notifies nobody.
   */
  async function notifyMessage(author: User, application: Application, assignments: readonly Assignment[]): Promise<void> {
    const program = await programFor(application.programId);
    const origin = deps.config.siteOrigin;
    if (author.id !== application.ownerId) {
      const owner = await store.users.get(application.ownerId);
      if (owner?.status === 'active') await deliver(deps, staffMessageMail(owner, application, program, origin));
      return;
    }
    if (!wasSubmitted(application)) return;
    const reviewers = await Promise.all(
      assignments.filter((a) => a.conflict === 'none' && a.reviewerId !== author.id).map((a) => store.users.get(a.reviewerId)),
    );
    const recipients = reviewers.filter((r): r is User => r?.status === 'active');
    const to = recipients.length > 0 ? recipients : [{ email: program.contactEmail, locale: 'fr' as const }];
    await Promise.all(to.map((r) => deliver(deps, applicantMessageMail(r, application, program, origin))));
  }

  return {
    async create(user: User, programId: string, answers: EligibilityAnswers | undefined): Promise<ApplicationView> {
      const program = await store.programs.get(programId);
      if (!program || program.status === 'draft') throw new NotFoundError(PROGRAM_MISSING);
      const now = clock();
      if (!isOpen(program, now)) {
        throw new ConflictError({
          fr: "Cet appel à projets n'accepte pas de demandes en ce moment.",
          en: 'This call is not accepting applications at the moment.',
        });
      }
      const at = now.toISOString();
      const application: Application = {
        id: newId('app', now),
        programId,
        ownerId: user.id,
        status: 'draft',
        version: 1,
        reference: null,
        createdAt: at,
        updatedAt: at,
        submittedAt: null,
        ...prefill(answers),
      };
      // Tell us once: the organisation starts from the last one submitted, the wizard's answers over it.
      application.organisation = prefillOrganisation(await store.profiles.get(user.id), answers, user.email);
      await store.applications.create(
        application,
        timelineEvent({ id: newId('evt', now), applicationId: application.id, type: 'created', at, actor: user, to: 'draft' }),
      );
      return view(user, program, application, []);
    },

    async list(user: User, cursor: string | null, limit: number): Promise<Page<ApplicationSummary>> {
      const page = await store.applications.listByOwner(user.id, limit, cursor);
      const programIds = [...new Set(page.items.map((a) => a.programId))];
      const programs = new Map((await Promise.all(programIds.map((id) => store.programs.get(id)))).flatMap((p) => (p ? [[p.id, p]] : [])));
      return {
        cursor: page.cursor,
        items: page.items.map((a) => ({
          id: a.id,
          programId: a.programId,
          programTitle: programs.get(a.programId)?.title ?? { fr: a.programId, en: a.programId },
          programClosesAt: programs.get(a.programId)?.closesAt ?? null,
          status: a.status,
          reference: a.reference,
          amountRequestedCents: a.budget?.amountRequestedCents ?? null,
          createdAt: a.createdAt,
          updatedAt: a.updatedAt,
          submittedAt: a.submittedAt,
        })),
      };
    },

    /**
     * The staff queue of a programme. Managers page through the status index (by
     * date or score); reviewers page through their own assignments, minus those they
     * declared a conflict on. Queries only: no Scan, whatever the volume.
     */
    async queue(user: User, query: QueueQuery): Promise<Page<QueueItem>> {
      // A draft is its author's alone until submitted, and stays so if withdrawn unsent.
      if (query.status === 'draft') return { items: [], cursor: null };
      if (user.role === 'manager') {
        const page = await store.applications.listByProgram(query.programId, query.status, query.sort, query.limit, query.cursor);
        return { items: page.items.filter(wasSubmitted).map((a) => queueItem(a)), cursor: page.cursor };
      }
      const page = await store.reviews.listByReviewer(user.id, query.programId, query.limit, query.cursor);
      const open = page.items.filter((a) => a.conflict !== 'declared');
      const byId = new Map((await store.applications.getMany(open.map((a) => a.applicationId))).map((a) => [a.id, a]));
      // Others' scores stay hidden from a reviewer until their own review is transmitted.
      const reviewed = new Set(
        (await Promise.all(open.map((a) => store.reviews.getReview(a.applicationId, user.id))))
          .filter((r) => r?.submitted)
          .map((r) => r?.applicationId),
      );
      const items = open.flatMap((assignment) => {
        const application = byId.get(assignment.applicationId);
        return application && application.status === query.status && wasSubmitted(application)
          ? [queueItem(application, assignment.conflict, reviewed.has(application.id))]
          : [];
      });
      if (query.sort === 'score') items.sort((x, y) => (y.score ?? -1) - (x.score ?? -1));
      return { items, cursor: page.cursor };
    },

    async get(user: User, id: string): Promise<ApplicationView> {
      const { application, documents, reviews } = await load(user, id);
      return view(user, await programFor(application.programId), application, documents, reviews);
    },

    async save(user: User, id: string, patch: ApplicationPatch): Promise<ApplicationView> {
      const { application, documents, reviews } = await load(user, id);
      const { version, ...sections } = patch;
      const saved = await store.applications.saveSections(id, version, EDITABLE_STATUSES, sections, clock().toISOString());
      return view(user, await programFor(application.programId), saved, documents, reviews);
    },

    /** Staff decisions (review, changes, approval within the envelope, rejection, re-opening). */
    async decide(user: User, id: string, event: StaffEvent): Promise<ApplicationView> {
      const { application, documents, assignments, reviews } = await load(user, id);
      const program = await programFor(application.programId);
      const updated = await decisions.apply(user, application, assignments, program, event);
      return view(user, program, updated, documents, reviews);
    },

    async transition(user: User, id: string, eventType: Extract<LifecycleEventType, 'submit' | 'withdraw'>): Promise<ApplicationView> {
      const { application, documents, assignments, reviews } = await load(user, id);
      const program = await programFor(application.programId);
      // Idempotent submit: a retry after success answers with the submitted application.
      if (eventType === 'submit' && application.status === 'submitted' && application.ownerId === user.id) {
        return view(user, program, application, documents, reviews);
      }
      const allowed = lifecycleTransition(application.status, { type: eventType }, actorFor(user, application, assignments));
      if (!allowed.ok) {
        throw new InvalidTransitionError(
          {
            fr: "Cette action n'est pas possible dans l'état actuel de la demande.",
            en: 'This action is not possible in the application’s current state.',
          },
          application.version,
        );
      }
      const updated =
        eventType === 'submit' ? await submit(user, application, documents, program) : await withdraw(user, application, program);
      return view(user, program, updated, documents, reviews);
    },

    async events(user: User, id: string): Promise<TimelineEvent[]> {
      const { events, reviews } = await load(user, id);
      return timelineFor(user, events, reviews);
    },

    async messages(user: User, id: string): Promise<Message[]> {
      return (await load(user, id)).messages;
    },

    async postMessage(user: User, id: string, body: string): Promise<Message> {
      const { application, assignments } = await load(user, id);
      const at = clock().toISOString();
      const message: Message = {
        id: newId('msg', new Date(at)),
        applicationId: application.id,
        authorId: user.id,
        authorRole: user.role,
        authorName: user.displayName,
        body,
        at,
      };
      await store.applications.addMessage(message, null);
      await notifyMessage(user, application, assignments);
      return message;
    },
  };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;

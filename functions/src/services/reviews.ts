/**
 * Reviewing: managers assign reviewers; a reviewer first declares whether they have
 * a conflict of interest (recorded once, in the timeline), then scores the rubric
 * and submits, which locks the review and refreshes the application's mean score.
 */
import { timelineEvent, type Application, type Assignment } from '../domain/application';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors';
import type { ApplicationStatus } from '../domain/lifecycle';
import { applicationScore, disagreements, rubricGaps, weightedScore, type Review, type ReviewInput } from '../domain/scoring';
import type { User } from '../domain/user';
import type { Deps } from '../deps';
import { newId } from '../store/ids';
import { isInvolved } from '../domain/self-review';
import { APPLICATION_NOT_FOUND } from './object-access';

const REVIEWABLE: readonly ApplicationStatus[] = ['submitted', 'in_review'];
/** Applications one round-robin call handles: enough for a real call, short enough for one API request. */
export const ROUND_ROBIN_BATCH = 300;

/** What a reviewer may know before declaring: enough to recognise a conflict of interest, nothing more. */
export type ReviewSubject = Pick<Application, 'id' | 'programId' | 'status' | 'reference'> & {
  organisationName: string | null;
  projectTitle: string | null;
  amountRequestedCents: number | null;
};

export type ReviewState =
  | { state: 'conflict_declared'; subject: ReviewSubject }
  | { state: 'review'; subject: ReviewSubject; review: Review | null; assignment: Assignment };

function subjectOf(a: Application): ReviewSubject {
  return {
    id: a.id,
    programId: a.programId,
    status: a.status,
    reference: a.reference,
    organisationName: a.organisation?.name ?? null,
    projectTitle: a.project?.title ?? null,
    amountRequestedCents: a.budget?.amountRequestedCents ?? null,
  };
}

export function createReviewService(deps: Deps) {
  const { store, clock } = deps;

  async function reviewerAssignment(user: User, applicationId: string): Promise<Assignment> {
    const assignment = await store.reviews.getAssignment(applicationId, user.id);
    if (!assignment || assignment.conflict === 'declared') throw new NotFoundError(APPLICATION_NOT_FOUND);
    return assignment;
  }

  /** The staff accounts behind `ids`; a ValidationError names any unknown, disabled or applicant account. */
  async function activeReviewers(ids: readonly string[], path: string): Promise<User[]> {
    const users = await Promise.all(ids.map((id) => store.users.get(id)));
    return users.map((reviewer, index) => {
      if (reviewer?.status !== 'active' || reviewer.role === 'applicant') {
        throw new ValidationError([
          { path, message: { fr: `Instructeur inconnu ou inactif : ${ids[index]}.`, en: `Unknown or inactive reviewer: ${ids[index]}.` } },
        ]);
      }
      return reviewer;
    });
  }

  /**
   * The assignments (with their events) that giving `reviewerIds` one application means; refuses before anything is written.
   * `path` names the body's reviewer list, so an error points at the reviewer refused.
   */
  async function plan(manager: User, application: Application, reviewerIds: readonly string[], path = 'body.reviewerIds') {
    if (!REVIEWABLE.includes(application.status)) {
      throw new ConflictError({
        fr: 'Seules les demandes déposées ou en instruction peuvent être attribuées.',
        en: 'Only submitted applications or applications under review can be assigned.',
      });
    }
    const unique = [...new Set(reviewerIds)];
    const reviewers = await activeReviewers(unique, path);
    const involved = reviewers.flatMap((reviewer) =>
      isInvolved(application, reviewer)
        ? [
            {
              path: `${path}.${reviewerIds.indexOf(reviewer.id)}`,
              message: {
                fr: `${reviewer.displayName} est nommé(e) dans cette demande ou l'a déposée : choisissez un autre instructeur.`,
                en: `${reviewer.displayName} is named in this application or filed it: choose another reviewer.`,
              },
            },
          ]
        : [],
    );
    if (involved.length > 0) throw new ValidationError(involved);
    const at = clock().toISOString();
    const items = [];
    for (const reviewer of reviewers) {
      const reviewerId = reviewer.id;
      items.push({
        assignment: {
          applicationId: application.id,
          programId: application.programId,
          reviewerId,
          reviewerName: reviewer.displayName,
          assignedAt: at,
          assignedBy: manager.id,
          conflict: 'pending' as const,
          declaredAt: null,
        },
        event: timelineEvent({
          id: newId('evt', new Date(at)),
          applicationId: application.id,
          type: 'assigned',
          at,
          actor: manager,
          message: reviewer.displayName,
          visibility: 'staff',
        }),
      });
    }
    return items;
  }

  /** Assigns reviewers to one application; returns how many assignments are new. */
  async function assign(manager: User, application: Application, reviewerIds: readonly string[]): Promise<number> {
    return store.reviews.assign(await plan(manager, application, reviewerIds));
  }

  return {
    assign,

    /**
     * The manager's list of assignments for one programme, checked whole before any
     * is written: every application must belong to the programme and be under review,
     * every reviewer active.
     */
    async assignMany(
      manager: User,
      programId: string,
      items: readonly { applicationId: string; reviewerIds: readonly string[] }[],
    ): Promise<number> {
      const applications = await Promise.all(items.map((item) => store.applications.get(item.applicationId)));
      const misplaced = applications.flatMap((application, index) =>
        application && application.programId === programId
          ? []
          : [
              {
                path: `body.assignments.${index}.applicationId`,
                message: {
                  fr: "Cette demande n'appartient pas à ce programme.",
                  en: 'This application does not belong to this programme.',
                },
              },
            ],
      );
      if (misplaced.length > 0) throw new ValidationError(misplaced);
      // Every item is checked (status, reviewers) before the first one is written.
      const plans = await Promise.all(
        items.map((item, index) => {
          const application = applications[index];
          return application ? plan(manager, application, item.reviewerIds, `body.assignments.${index}.reviewerIds`) : [];
        }),
      );
      return store.reviews.assign(plans.flat());
    },

    /**
     * Shares the programme's submitted and in-review applications among `reviewerIds`
     * until each has `perApplication` reviewers without a conflict, giving each new
     * assignment to the least-loaded reviewer not already on that file. Runs over at
     * most ROUND_ROBIN_BATCH applications per call; `more` asks the caller to go on.
     */
    async roundRobin(
      manager: User,
      programId: string,
      reviewerIds: readonly string[],
      perApplication: number,
    ): Promise<{ added: number; applications: number; more: boolean }> {
      if (!(await store.programs.get(programId))) throw new NotFoundError({ fr: 'Programme introuvable.', en: 'Programme not found.' });
      const reviewers = [...new Set(reviewerIds)];
      const accounts = new Map((await activeReviewers(reviewers, 'body.reviewerIds')).map((r) => [r.id, r]));
      const files: Application[] = [];
      let more = false;
      for (const status of REVIEWABLE) {
        let cursor: string | null = null;
        do {
          const page = await store.applications.listByProgram(programId, status, 'date', 100, cursor);
          files.push(...page.items);
          cursor = page.cursor;
        } while (cursor && files.length < ROUND_ROBIN_BATCH);
        if (cursor) more = true;
      }
      const active = (a: Application) => (a.reviewerIds ?? []).filter((id) => !(a.conflictIds ?? []).includes(id));
      const load = new Map(reviewers.map((id) => [id, files.filter((a) => active(a).includes(id)).length]));
      let added = 0;
      let touched = 0;
      for (const application of files.slice(0, ROUND_ROBIN_BATCH)) {
        const missing = perApplication - active(application).length;
        if (missing <= 0) continue;
        const chosen = reviewers
          .filter((id) => !(application.reviewerIds ?? []).includes(id))
          // Nobody reviews a file they filed or are named in.
          .filter((id) => {
            const account = accounts.get(id);
            return account !== undefined && !isInvolved(application, account);
          })
          .sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0))
          .slice(0, missing);
        if (chosen.length === 0) continue;
        for (const id of chosen) load.set(id, (load.get(id) ?? 0) + 1);
        added += await assign(manager, application, chosen);
        touched += 1;
      }
      return { added, applications: touched, more: more || files.length > ROUND_ROBIN_BATCH };
    },

    /** For managers: who is assigned (with their declarations), the submitted reviews, the score and the disagreements. */
    async overview(applicationId: string) {
      const bundle = await store.applications.getWithChildren(applicationId);
      if (!bundle) throw new NotFoundError(APPLICATION_NOT_FOUND);
      return {
        assignments: bundle.assignments,
        // Drafts stay with their author until submitted.
        reviews: bundle.reviews.filter((r) => r.submitted),
        score: bundle.application.score ?? null,
        disagreement: bundle.application.disagreement ?? [],
      };
    },

    /** What the reviewer may do next on this application: declare, score, or nothing (conflict). */
    async state(user: User, applicationId: string): Promise<ReviewState> {
      const [assignment, application] = await Promise.all([
        store.reviews.getAssignment(applicationId, user.id),
        store.applications.get(applicationId),
      ]);
      if (!assignment || !application) throw new NotFoundError(APPLICATION_NOT_FOUND);
      const subject = subjectOf(application);
      if (assignment.conflict === 'declared') return { state: 'conflict_declared', subject };
      return { state: 'review', subject, assignment, review: await store.reviews.getReview(applicationId, user.id) };
    },

    /**
     * PUT /reviews/me. The first call records the conflict declaration; with a
     * conflict the reviewer loses access at once. Later calls save the scores, and
     * `submitted: true` locks the review and recomputes the application's score.
     */
    async save(user: User, applicationId: string, input: ReviewInput): Promise<ReviewState> {
      const assignment = await reviewerAssignment(user, applicationId);
      const application = await store.applications.get(applicationId);
      if (!application) throw new NotFoundError(APPLICATION_NOT_FOUND);
      const subject = subjectOf(application);
      const at = clock().toISOString();
      if (assignment.conflict === 'pending') {
        const conflict = input.conflictOfInterest ? 'declared' : 'none';
        await store.reviews.declare(
          applicationId,
          user.id,
          conflict,
          at,
          timelineEvent({
            id: newId('evt', new Date(at)),
            applicationId,
            type: conflict === 'declared' ? 'conflict_declared' : 'no_conflict_declared',
            at,
            actor: user,
            visibility: 'staff',
          }),
        );
        if (conflict === 'declared') return { state: 'conflict_declared', subject };
      } else if (input.conflictOfInterest) {
        throw new ConflictError({
          fr: "Votre déclaration d'absence de conflit d'intérêts est déjà enregistrée ; signalez tout changement au responsable du programme.",
          en: 'Your no-conflict declaration is already recorded; tell the programme manager about any change.',
        });
      }

      const program = await store.programs.get(application.programId);
      if (!program) throw new NotFoundError(APPLICATION_NOT_FOUND);
      const hasScores = Object.keys(input.scores).length > 0 || input.comment.length > 0 || input.submitted;
      if (!hasScores) return { state: 'review', subject, assignment: { ...assignment, conflict: 'none', declaredAt: at }, review: null };
      if (!REVIEWABLE.includes(application.status)) {
        throw new ConflictError({
          fr: "La demande n'est plus en instruction : l'évaluation ne peut plus être modifiée.",
          en: 'The application is no longer under review: the review can no longer be changed.',
        });
      }
      const gaps = rubricGaps(program.rubric, input.scores);
      const errors = [
        ...gaps.unknown.map((id) => ({
          path: `body.scores.${id}`,
          message: { fr: 'Critère inconnu dans la grille.', en: 'Unknown rubric criterion.' },
        })),
        ...(input.submitted
          ? gaps.missing.map((id) => ({
              path: `body.scores.${id}`,
              message: { fr: 'Notez ce critère avant de transmettre.', en: 'Score this criterion before submitting.' },
            }))
          : []),
      ];
      if (errors.length > 0) throw new ValidationError(errors);

      const review: Review = {
        applicationId,
        reviewerId: user.id,
        reviewerName: user.displayName,
        conflictOfInterest: false,
        scores: input.scores,
        comment: input.comment,
        submitted: input.submitted,
        weightedScore: input.submitted ? weightedScore(program.rubric, input.scores) : null,
        updatedAt: at,
        submittedAt: input.submitted ? at : null,
      };
      await store.reviews.saveReview(
        review,
        input.submitted
          ? timelineEvent({
              id: newId('evt', new Date(at)),
              applicationId,
              type: 'review_submitted',
              at,
              actor: user,
              message: String(review.weightedScore),
              visibility: 'staff',
            })
          : null,
      );
      if (input.submitted) {
        const reviews = await store.reviews.listReviews(applicationId);
        await store.reviews.setScore(applicationId, applicationScore(reviews), disagreements(program.rubric, reviews));
      }
      return { state: 'review', subject, assignment: { ...assignment, conflict: 'none' }, review };
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;

/**
 * Reviewing: managers assign reviewers; a reviewer first declares whether they have
 * a conflict of interest (recorded once, in the timeline), then scores the rubric
 * and submits, which locks the review and refreshes the application's mean score.
 */
import type { Application, Assignment, TimelineEvent } from '../domain/application';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors';
import type { ApplicationStatus } from '../domain/lifecycle';
import {
  applicationScore,
  disagreements,
  rubricGaps,
  weightedScore,
  type Review,
  type ReviewInput,
} from '../domain/scoring';
import type { User } from '../domain/user';
import type { Deps } from '../deps';
import { newId } from '../store/ids';
import { APPLICATION_NOT_FOUND } from './access';

const REVIEWABLE: readonly ApplicationStatus[] = ['submitted', 'in_review'];

export type ReviewState =
  | { state: 'conflict_declared' }
  | { state: 'review'; review: Review | null; assignment: Assignment };

function staffEvent(applicationId: string, actor: User, type: TimelineEvent['type'], at: string, message: string | null): TimelineEvent {
  return {
    id: newId('evt', new Date(at)),
    applicationId,
    type,
    at,
    actorId: actor.id,
    actorRole: actor.role,
    from: null,
    to: null,
    message,
    visibility: 'staff',
  };
}

export function createReviewService(deps: Deps) {
  const { store, clock } = deps;

  async function reviewerAssignment(user: User, applicationId: string): Promise<Assignment> {
    const assignment = await store.reviews.getAssignment(applicationId, user.id);
    if (!assignment || assignment.conflict === 'declared') throw new NotFoundError(APPLICATION_NOT_FOUND);
    return assignment;
  }

  return {
    /** Assigns reviewers to one application; returns how many assignments are new. */
    async assign(manager: User, application: Application, reviewerIds: readonly string[]): Promise<number> {
      if (!REVIEWABLE.includes(application.status)) {
        throw new ConflictError({
          fr: 'Seules les demandes déposées ou en instruction peuvent être attribuées.',
          en: 'Only submitted applications or applications under review can be assigned.',
        });
      }
      const at = clock().toISOString();
      const items = [];
      for (const reviewerId of new Set(reviewerIds)) {
        const reviewer = await store.users.get(reviewerId);
        if (!reviewer || reviewer.status !== 'active' || reviewer.role === 'applicant') {
          throw new ValidationError([
            { path: 'body.reviewerIds', message: { fr: `Instructeur inconnu ou inactif : ${reviewerId}.`, en: `Unknown or inactive reviewer: ${reviewerId}.` } },
          ]);
        }
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
          event: staffEvent(application.id, manager, 'assigned', at, reviewer.displayName),
        });
      }
      return store.reviews.assign(items);
    },

    /** What the reviewer may do next on this application: declare, score, or nothing (conflict). */
    async state(user: User, applicationId: string): Promise<ReviewState> {
      const assignment = await store.reviews.getAssignment(applicationId, user.id);
      if (!assignment) throw new NotFoundError(APPLICATION_NOT_FOUND);
      if (assignment.conflict === 'declared') return { state: 'conflict_declared' };
      return { state: 'review', assignment, review: await store.reviews.getReview(applicationId, user.id) };
    },

    /**
     * PUT /reviews/me. The first call records the conflict declaration; with a
     * conflict the reviewer loses access at once. Later calls save the scores, and
     * `submitted: true` locks the review and recomputes the application's score.
     */
    async save(user: User, applicationId: string, input: ReviewInput): Promise<ReviewState> {
      const assignment = await reviewerAssignment(user, applicationId);
      const at = clock().toISOString();
      if (assignment.conflict === 'pending') {
        const conflict = input.conflictOfInterest ? 'declared' : 'none';
        await store.reviews.declare(
          applicationId,
          user.id,
          conflict,
          at,
          staffEvent(applicationId, user, conflict === 'declared' ? 'conflict_declared' : 'no_conflict_declared', at, null),
        );
        if (conflict === 'declared') return { state: 'conflict_declared' };
      } else if (input.conflictOfInterest) {
        throw new ConflictError({
          fr: "Votre déclaration d'absence de conflit d'intérêts est déjà enregistrée ; signalez tout changement au responsable du programme.",
          en: 'Your no-conflict declaration is already recorded; tell the programme manager about any change.',
        });
      }

      const application = await store.applications.get(applicationId);
      if (!application) throw new NotFoundError(APPLICATION_NOT_FOUND);
      const program = await store.programs.get(application.programId);
      if (!program) throw new NotFoundError(APPLICATION_NOT_FOUND);
      const hasScores = Object.keys(input.scores).length > 0 || input.comment.length > 0 || input.submitted;
      if (!hasScores) return { state: 'review', assignment: { ...assignment, conflict: 'none', declaredAt: at }, review: null };
      if (!REVIEWABLE.includes(application.status)) {
        throw new ConflictError({
          fr: "La demande n'est plus en instruction : l'évaluation ne peut plus être modifiée.",
          en: 'The application is no longer under review: the review can no longer be changed.',
        });
      }
      const gaps = rubricGaps(program.rubric, input.scores);
      const errors = [
        ...gaps.unknown.map((id) => ({ path: `body.scores.${id}`, message: { fr: 'Critère inconnu dans la grille.', en: 'Unknown rubric criterion.' } })),
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
        input.submitted ? staffEvent(applicationId, user, 'review_submitted', at, String(review.weightedScore)) : null,
      );
      if (input.submitted) {
        const reviews = await store.reviews.listReviews(applicationId);
        await store.reviews.setScore(applicationId, applicationScore(reviews), disagreements(program.rubric, reviews));
      }
      return { state: 'review', assignment: { ...assignment, conflict: 'none' }, review };
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;

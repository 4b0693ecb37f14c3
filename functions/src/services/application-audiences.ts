/**
 * What each audience reads of an application, built by allow-list: every field is
 * named here, none is copied from the stored item by spreading it, so a field added
 * to the item later stays private until someone decides who may read it.
 * - the applicant: their sections and the decision, nothing of the review;
 * - a reviewer: the file, the eligibility verdict at submission, and the aggregate
 *   score and disagreements only once their own review is transmitted (before that
 *   others' scores would anchor theirs);
 * - a manager: all of it, with who is assigned and who declared a conflict.
 */
import type { Application, TimelineEvent } from '../domain/application';
import type { Review } from '../domain/scoring';
import type { User } from '../domain/user';

export type ApplicantApplication = Pick<
  Application,
  | 'id'
  | 'programId'
  | 'ownerId'
  | 'status'
  | 'version'
  | 'reference'
  | 'createdAt'
  | 'updatedAt'
  | 'submittedAt'
  | 'organisation'
  | 'project'
  | 'budget'
  | 'answers'
  | 'declaration'
> & { amountAwardedCents: number | null; decisionReason: string | null; decidedAt: string | null };

export type ReviewerApplication = ApplicantApplication & {
  score: number | null;
  disagreement: string[];
  eligibilityAtSubmission: Application['eligibilityAtSubmission'];
};

export type ManagerApplication = ReviewerApplication & { reviewerIds: string[]; conflictIds: string[] };

/** One of the three; typed as the applicant's with the staff fields optional, as the route's schema says. */
export type AudienceApplication = ApplicantApplication & Partial<Omit<ManagerApplication, keyof ApplicantApplication>>;

export function forApplicant(a: Application): ApplicantApplication {
  return {
    id: a.id,
    programId: a.programId,
    ownerId: a.ownerId,
    status: a.status,
    version: a.version,
    reference: a.reference,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    submittedAt: a.submittedAt,
    organisation: a.organisation,
    project: a.project,
    budget: a.budget,
    answers: a.answers,
    declaration: a.declaration,
    amountAwardedCents: a.amountAwardedCents ?? null,
    decisionReason: a.decisionReason ?? null,
    decidedAt: a.decidedAt ?? null,
  };
}

export function forReviewer(a: Application, scoresVisible: boolean): ReviewerApplication {
  return {
    ...forApplicant(a),
    score: scoresVisible ? (a.score ?? null) : null,
    disagreement: scoresVisible ? [...(a.disagreement ?? [])] : [],
    eligibilityAtSubmission: a.eligibilityAtSubmission ?? null,
  };
}

export function forManager(a: Application): ManagerApplication {
  return { ...forReviewer(a, true), reviewerIds: [...(a.reviewerIds ?? [])], conflictIds: [...(a.conflictIds ?? [])] };
}

/** A reviewer may read others' scores once their own review is transmitted; managers always; applicants never. */
export function scoresVisibleTo(user: User, reviews: readonly Pick<Review, 'reviewerId' | 'submitted'>[]): boolean {
  if (user.role === 'manager') return true;
  if (user.role === 'applicant') return false;
  return reviews.some((r) => r.reviewerId === user.id && r.submitted);
}

export function forAudience(user: User, a: Application, reviews: readonly Pick<Review, 'reviewerId' | 'submitted'>[]): AudienceApplication {
  switch (user.role) {
    case 'applicant':
      return forApplicant(a);
    case 'reviewer':
      return forReviewer(a, scoresVisibleTo(user, reviews));
    case 'manager':
      return forManager(a);
  }
}

/** The timeline for a reviewer: another reviewer's transmitted score stays hidden until theirs is in. */
export function timelineFor(
  user: User,
  events: readonly TimelineEvent[],
  reviews: readonly Pick<Review, 'reviewerId' | 'submitted'>[],
): TimelineEvent[] {
  if (user.role === 'applicant') return events.filter((e) => e.visibility === 'all');
  const visible = scoresVisibleTo(user, reviews);
  return events.map((e) => (e.type === 'review_submitted' && e.actorId !== user.id && !visible ? { ...e, message: null } : e));
}

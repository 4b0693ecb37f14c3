/**
 * Rubric scoring. A reviewer scores each criterion from 0 to 5; a review's weighted
 * score is the weight-averaged criterion score, scaled to 100 so a ranking reads as
 * a percentage. An application's score is the mean of its submitted reviews, and
 * reviews "disagree" when two reviewers are 3 points or more apart on one criterion.
 *
 * Pure module, shared by the API and the SPA.
 */
import { z } from 'zod';
import type { RubricCriterion } from './program';

export const SCORE_MIN = 0;
export const SCORE_MAX = 5;
/** Two reviewers this far apart on one criterion should be looked at by the manager. */
export const DISAGREEMENT_GAP = 3;

export const criterionScoreSchema = z
  .object({
    score: z.number().int().min(SCORE_MIN).max(SCORE_MAX),
    comment: z.string().trim().max(2000).default(''),
  })
  .strict();
export type CriterionScore = z.infer<typeof criterionScoreSchema>;

/** What a reviewer sends: a draft may be partial; `submitted: true` locks it and must be complete. */
export const reviewInputSchema = z
  .object({
    conflictOfInterest: z.boolean(),
    scores: z.record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), criterionScoreSchema).default({}),
    comment: z.string().trim().max(5000).default(''),
    submitted: z.boolean().default(false),
  })
  .strict();
export type ReviewInput = z.infer<typeof reviewInputSchema>;

export type Review = {
  applicationId: string;
  reviewerId: string;
  reviewerName: string;
  conflictOfInterest: boolean;
  scores: Record<string, CriterionScore>;
  comment: string;
  submitted: boolean;
  /** 0–100, set once submitted. */
  weightedScore: number | null;
  updatedAt: string;
  submittedAt: string | null;
};

/** Criteria of the rubric that the scores leave out or name wrongly. */
export function rubricGaps(
  rubric: readonly RubricCriterion[],
  scores: Record<string, CriterionScore>,
): {
  missing: string[];
  unknown: string[];
} {
  const ids = new Set(rubric.map((c) => c.id));
  return {
    missing: rubric.filter((c) => scores[c.id] === undefined).map((c) => c.id),
    unknown: Object.keys(scores).filter((id) => !ids.has(id)),
  };
}

/** The weighted score on 100 of a complete set of criterion scores, rounded to one decimal. */
export function weightedScore(rubric: readonly RubricCriterion[], scores: Record<string, CriterionScore>): number {
  const totalWeight = rubric.reduce((sum, c) => sum + c.weight, 0);
  if (totalWeight === 0) return 0;
  const points = rubric.reduce((sum, c) => sum + c.weight * (scores[c.id]?.score ?? 0), 0);
  return Math.round((points / (totalWeight * SCORE_MAX)) * 1000) / 10;
}

/** The application's score: the mean of its submitted, non-conflicted reviews, or null if none. */
export function applicationScore(reviews: readonly Review[]): number | null {
  const counted = reviews.filter((r) => r.submitted && !r.conflictOfInterest && r.weightedScore !== null);
  if (counted.length === 0) return null;
  const mean = counted.reduce((sum, r) => sum + (r.weightedScore ?? 0), 0) / counted.length;
  return Math.round(mean * 10) / 10;
}

/** The criteria on which two submitted reviews differ by DISAGREEMENT_GAP points or more. */
export function disagreements(rubric: readonly RubricCriterion[], reviews: readonly Review[]): string[] {
  const counted = reviews.filter((r) => r.submitted && !r.conflictOfInterest);
  return rubric
    .filter((c) => {
      const values = counted.map((r) => r.scores[c.id]?.score).filter((s): s is number => s !== undefined);
      return values.length >= 2 && Math.max(...values) - Math.min(...values) >= DISAGREEMENT_GAP;
    })
    .map((c) => c.id);
}

/**
 * The staff pages' writes, as router actions: each button reads its own
 * `useSubmission(...).pending` to disable itself while the request travels, so a
 * double click never sends a decision or an assignment twice.
 */
import { action } from '@solidjs/router';
import type { ReviewInput } from '../../../functions/src/domain/scoring';
import { assignReviewers, assignRoundRobin, saveMyReview, staffTransition, type StaffTransition } from './staff-api';

export const transitionAction = action(
  (applicationId: string, transition: StaffTransition) => staffTransition(applicationId, transition),
  'staff-transition',
);

export const saveReviewAction = action(
  (applicationId: string, input: ReviewInput) => saveMyReview(applicationId, input),
  'staff-save-review',
);

export const assignAction = action(
  (programId: string, assignments: { applicationId: string; reviewerIds: string[] }[]) => assignReviewers(programId, assignments),
  'staff-assign',
);

export const roundRobinAction = action(
  (programId: string, body: { reviewerIds: string[]; perApplication: number }) => assignRoundRobin(programId, body),
  'staff-round-robin',
);

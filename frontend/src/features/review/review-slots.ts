/**
 * What the review pages show but do not own: the decision (feature `decision`)
 * and the assignment of reviewers (feature `assignment`). The route composes
 * them in, so a feature never imports another.
 */
import type { Component } from 'solid-js';
import type { Application, Assignment } from '../../../../functions/src/domain/application';
import type { Review } from '../../../../functions/src/domain/scoring';

/** A form asking for a reason before "Demander des modifications". */
export type ReasonFormSlot = Component<{
  applicationId: string;
  event: 'request_changes';
  label: string;
  hint: string;
  submitLabel: string;
  done: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}>;

/** The pieces a manager's view of a file is composed with. */
export interface ManagerSlots {
  reasonForm: ReasonFormSlot;
  decisionPanel: Component<{ application: Application; onDone: (message: string) => void }>;
  assignmentList: Component<{ assignments: Assignment[]; reviews: Review[] }>;
  addReviewers: Component<{ application: Application; assignedIds: string[]; onDone: (message: string) => void }>;
}

/**
 * What the review pages show but do not own: the decision (feature `decision`)
 * and the assignment of reviewers (feature `assignment`). The route composes
 * them in, so a feature never imports another.
 */
import type { JSX } from 'solid-js';
import type { Application, Assignment } from '../../../../functions/src/domain/application';
import type { Review } from '../../../../functions/src/domain/scoring';

/** A form asking for a reason before "Demander des modifications". */
export type ReasonFormSlot = (props: {
  applicationId: string;
  event: 'request_changes';
  label: string;
  hint: string;
  submitLabel: string;
  done: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) => JSX.Element;

/** The pieces a manager's view of a file is composed with. */
export interface ManagerSlots {
  reasonForm: ReasonFormSlot;
  decisionPanel: (props: { application: Application; onDone: (message: string) => void }) => JSX.Element;
  assignmentList: (props: { assignments: Assignment[]; reviews: Review[] }) => JSX.Element;
  addReviewers: (props: { application: Application; assignedIds: string[]; onDone: (message: string) => void }) => JSX.Element;
}

import { ApplicationWorkspace } from './application-workspace';
import { ManagerOwnReview } from './manager-own-review';
import { ManagerReviews } from './manager-reviews';
import { ReviewActions } from './review-actions';
import type { ManagerSlots } from './review-slots';
import './review.css';

const MANAGER = { role: 'manager', isOwner: false, isAssigned: false } as const;

/**
 * A file as its programme manager sees it: review steps and the decision within
 * reach, the reviews in full, and their own review when they are one of the reviewers.
 * The decision and assignment pieces come from the route (`slots`).
 */
export function ManagerApplication(props: { id: string; slots: ManagerSlots }) {
  return (
    <ApplicationWorkspace
      id={props.id}
      work={(context) => (
        <>
          <ReviewActions application={context.application} actor={MANAGER} onDone={context.done} reasonForm={props.slots.reasonForm} />
          <props.slots.decisionPanel application={context.application} onDone={context.done} />
          <ManagerReviews
            application={context.application}
            program={context.program}
            reloadKey={context.reloadKey}
            onDone={context.done}
            slots={props.slots}
          />
          <ManagerOwnReview context={context} />
        </>
      )}
    />
  );
}

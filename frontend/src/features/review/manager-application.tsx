import { ApplicationWorkspace } from './application-workspace';
import { DecisionPanel } from '../decision/decision-panel';
import { ManagerOwnReview } from './manager-own-review';
import { ManagerReviews } from './manager-reviews';
import { ReviewActions } from './review-actions';

const MANAGER = { role: 'manager', isOwner: false, isAssigned: false } as const;

/**
 * A file as its programme manager sees it: review steps and the decision within
 * reach, the reviews in full, and their own review when they are one of the reviewers.
 */
export function ManagerApplication(props: { id: string }) {
  return (
    <ApplicationWorkspace
      id={props.id}
      work={(context) => (
        <>
          <ReviewActions application={context.application} actor={MANAGER} onDone={context.done} />
          <DecisionPanel application={context.application} onDone={context.done} />
          <ManagerReviews application={context.application} program={context.program} reloadKey={context.reloadKey} onDone={context.done} />
          <ManagerOwnReview context={context} />
        </>
      )}
    />
  );
}

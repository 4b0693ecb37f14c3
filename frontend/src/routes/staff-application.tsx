import { useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { AddReviewers } from '../features/assignment/add-reviewers';
import { AssignmentList } from '../features/assignment/assignment-list';
import { DecisionPanel } from '../features/decision/decision-panel';
import { ReasonForm } from '../features/decision/reason-form';
import { ManagerApplication } from '../features/review/manager-application';
import type { ManagerSlots, ReasonFormSlot } from '../features/review/review-slots';
import { ReviewerApplication } from '../features/review/reviewer-application';
import { StaffPage } from '../shell/staff-page';
import { useI18n } from '../i18n';
import { useSession } from '../lib/session';

const reasonForm: ReasonFormSlot = ReasonForm;

/** The decision and assignment features, composed into the manager's view of a file. */
const managerSlots: ManagerSlots = {
  reasonForm,
  decisionPanel: DecisionPanel,
  assignmentList: AssignmentList,
  addReviewers: AddReviewers,
};

/**
 * `/gestion/demandes/:id`: one file for staff. A manager opens it directly; a
 * reviewer goes through their conflict-of-interest declaration first.
 */
export default function StaffApplication() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const { me } = useSession();
  return (
    <StaffPage title={t('review.app.docTitle')}>
      <Show when={me()?.role === 'manager'} fallback={<ReviewerApplication id={params.id} reasonForm={reasonForm} />}>
        <ManagerApplication id={params.id} slots={managerSlots} />
      </Show>
    </StaffPage>
  );
}

import { useParams } from '@solidjs/router';
import { AssignmentTools } from '../features/assignment/assignment-tools';
import { QueuePage } from '../features/queue/queue-page';
import { StaffPage } from '../shell/staff-page';
import { useI18n } from '../i18n';
import { useSession } from '../lib/session';

/** `/gestion/programmes/:programId`: the programme's files for its reviewers and managers, with the assignment tools for managers. */
export default function StaffQueue() {
  const { t } = useI18n();
  const params = useParams<{ programId: string }>();
  const { me } = useSession();
  return (
    <StaffPage title={t('review.queue.docTitle')}>
      <QueuePage programId={params.programId} manager={me()?.role === 'manager'} assignmentTools={AssignmentTools} />
    </StaffPage>
  );
}

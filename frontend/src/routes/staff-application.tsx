import { useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { ManagerApplication } from '../features/review/manager-application';
import { ReviewerApplication } from '../features/review/reviewer-application';
import { StaffPage } from '../shell/staff-page';
import { useI18n } from '../i18n';
import { useSession } from '../lib/session';

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
      <Show when={me()?.role === 'manager'} fallback={<ReviewerApplication id={params.id} />}>
        <ManagerApplication id={params.id} />
      </Show>
    </StaffPage>
  );
}

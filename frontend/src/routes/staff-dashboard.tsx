import { useParams } from '@solidjs/router';
import { DashboardView } from '../features/dashboard/dashboard-view';
import { StaffPage } from '../shell/staff-page';
import { useI18n } from '../i18n';

/** `/gestion/programmes/:programId/tableau-de-bord`: a programme's figures, chart, ranking and export, for managers. */
export default function StaffDashboard() {
  const { t } = useI18n();
  const params = useParams<{ programId: string }>();
  return (
    <StaffPage title={t('dashboard.title')} roles={['manager']}>
      <DashboardView programId={params.programId} />
    </StaffPage>
  );
}

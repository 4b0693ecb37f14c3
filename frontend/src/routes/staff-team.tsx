import { TeamView } from '../features/team/team-view';
import { StaffPage } from '../shell/staff-page';
import { useI18n } from '../i18n';
import { usePageTitle } from '../lib/page-title';

/** `/gestion/equipe`: managers invite reviewers and managers, change roles and deactivate accounts. */
export default function StaffTeam() {
  const { t } = useI18n();
  usePageTitle(() => t('team.title'));
  return (
    <StaffPage title={t('team.title')} roles={['manager']}>
      <h1>{t('team.title')}</h1>
      <p class="lead">{t('team.intro')}</p>
      <TeamView />
    </StaffPage>
  );
}

import { Show } from 'solid-js';
import { ProgramOverview } from '../features/staff-home/program-overview';
import { WelcomeLine } from '../features/staff-home/welcome-line';
import { StaffPage } from '../shell/staff-page';
import { useI18n } from '../i18n';
import { usePageTitle } from '../lib/page-title';
import { useSession } from '../lib/session';

/** `/gestion`: where staff land after signing in: who they are, and the programmes they work on. */
export default function StaffHome() {
  const { t } = useI18n();
  const { me } = useSession();
  usePageTitle(() => t('staffHome.title'));
  return (
    <StaffPage title={t('staffHome.title')}>
      <div class="staff-home__head">
        <h1>{t('staffHome.title')}</h1>
        <Show when={me()?.role === 'manager'}>
          <a class="button" href="/gestion/programmes/nouveau">
            {t('staffHome.newProgram')}
          </a>
        </Show>
      </div>
      <WelcomeLine />
      <ProgramOverview />
    </StaffPage>
  );
}

import { useLocation } from '@solidjs/router';
import { Show } from 'solid-js';
import { useI18n } from '../i18n';
import { useSession } from '../lib/session';

/** The staff area's own navigation: programmes for everyone, the team for managers. */
export function StaffNav() {
  const { t } = useI18n();
  const { me } = useSession();
  const location = useLocation();
  const current = (path: string) => (location.pathname === path ? 'page' : undefined);
  return (
    <nav class="staff-nav" aria-label={t('staff.nav')}>
      <ul class="staff-nav__list">
        <li>
          <a class="staff-nav__link" href="/gestion" aria-current={current('/gestion')}>
            {t('staff.nav.programs')}
          </a>
        </li>
        <Show when={me()?.role === 'manager'}>
          <li>
            <a class="staff-nav__link" href="/gestion/equipe" aria-current={current('/gestion/equipe')}>
              {t('staff.nav.team')}
            </a>
          </li>
        </Show>
      </ul>
    </nav>
  );
}

import { useLocation } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import { useI18n } from '../i18n';
import { signInPath, useSession } from '../lib/session';
import { useCurrentUser } from '../lib/current-user';

/**
 * The header's account links: "Mes demandes" (staff: their area), "Mon compte" and
 * "Se déconnecter" for a signed-in person (with the address, on screens wide enough
 * for it), "Se connecter" otherwise. Nothing shows while the session is unknown, so
 * the header does not flash "Se connecter" at someone who is signed in.
 */
export function AccountNav() {
  const { t } = useI18n();
  const session = useSession();
  const user = useCurrentUser();
  const location = useLocation();
  const [leaving, setLeaving] = createSignal(false);
  const signInHref = () => (location.pathname === '/connexion' ? '/connexion' : signInPath(location.pathname + location.search));
  const signOut = async () => {
    setLeaving(true);
    await session.signOut();
    setLeaving(false);
  };
  return (
    <nav class="account-nav" aria-label={t('account.nav')}>
      <Switch>
        <Match when={user()}>
          {(me) => (
            <ul class="account-nav__list">
              <li class="account-nav__email">
                <span class="visually-hidden">{t('account.signedInAs')} </span>
                {me().email}
              </li>
              <li>
                <Show
                  when={me().role === 'applicant'}
                  fallback={
                    <a
                      class="account-nav__link"
                      href="/gestion"
                      aria-current={location.pathname.startsWith('/gestion') ? 'page' : undefined}
                    >
                      {t('staff.area')}
                    </a>
                  }
                >
                  <a class="account-nav__link" href="/demandes" aria-current={location.pathname === '/demandes' ? 'page' : undefined}>
                    {t('account.myApplications')}
                  </a>
                </Show>
              </li>
              <li>
                <a class="account-nav__link" href="/compte" aria-current={location.pathname === '/compte' ? 'page' : undefined}>
                  {t('account.myAccount')}
                </a>
              </li>
              <li>
                <button type="button" class="account-nav__link account-nav__button" disabled={leaving()} onClick={() => void signOut()}>
                  {t('account.signOut')}
                </button>
              </li>
            </ul>
          )}
        </Match>
        <Match when={user() === null}>
          <ul class="account-nav__list">
            <li>
              <a class="account-nav__link" href={signInHref()} aria-current={location.pathname === '/connexion' ? 'page' : undefined}>
                {t('account.signIn')}
              </a>
            </li>
          </ul>
        </Match>
      </Switch>
    </nav>
  );
}

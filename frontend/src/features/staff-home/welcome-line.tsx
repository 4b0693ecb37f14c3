import { Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { useSession } from '../../lib/session';

/** Who is signed in and what their role lets them do here, so a reviewer is not surprised by what they do not see. */
export function WelcomeLine() {
  const { t } = useI18n();
  const { me } = useSession();
  return (
    <Show when={me()}>
      {(user) => (
        <p class="lead staff-welcome">
          {t(user().role === 'manager' ? 'staffHome.welcomeManager' : 'staffHome.welcomeReviewer', { name: user().displayName })}
        </p>
      )}
    </Show>
  );
}

import { useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect, on, Show } from 'solid-js';
import { useCurrentUser } from '../lib/current-user';
import { SignInFlow } from '../features/sign-in/sign-in-flow';
import { LoadingMessage } from '../ui/status-views';
import { useI18n } from '../i18n';
import { usePageTitle } from '../lib/page-title';
import { homeFor, safeNext } from '../lib/session';

/** `/connexion?suite=/path`: sign in by emailed code, then go on to `suite` (a same-site path only). */
export default function SignIn() {
  const { t } = useI18n();
  const [params] = useSearchParams<{ suite?: string }>();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const next = () => safeNext(params.suite);
  usePageTitle(() => t('signin.title'));
  createEffect(
    on(user, (current, previous) => {
      if (current && previous === undefined) navigate(next() ?? homeFor(current.role), { replace: true });
    }),
  );
  return (
    <div class="page-narrow">
      <h1>{t('signin.title')}</h1>
      <Show when={user() !== undefined} fallback={<LoadingMessage />}>
        <p class="lead">{t('signin.intro')}</p>
        <SignInFlow next={next()} />
      </Show>
    </div>
  );
}

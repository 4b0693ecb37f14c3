import { Show } from 'solid-js';
import { SignedInPage } from '../components/signed-in-page';
import { AccountView } from '../features/account/account-view';
import { useI18n } from '../i18n';
import { useCurrentUser } from '../lib/current-user';
import { usePageTitle } from '../lib/page-title';

/** "Mon compte": who is signed in, the download of their data, and closing the account. */
export default function Account() {
  const { t } = useI18n();
  const user = useCurrentUser();
  usePageTitle(() => t('myaccount.title'));
  return (
    <SignedInPage title={t('myaccount.title')}>
      <h1>{t('myaccount.title')}</h1>
      <Show when={user()}>{(me) => <AccountView me={me()} />}</Show>
    </SignedInPage>
  );
}

import { ApplicationList } from '../features/my-applications/application-list';
import { SignedInPage } from '../components/signed-in-page';
import { useI18n } from '../i18n';
import { usePageTitle } from '../lib/page-title';

/** "Mes demandes": every application of the signed-in applicant, with where each one stands. */
export default function MyApplications() {
  const { t } = useI18n();
  usePageTitle(() => t('apps.title'));
  return (
    <SignedInPage title={t('apps.title')}>
      <h1>{t('apps.title')}</h1>
      <ApplicationList />
    </SignedInPage>
  );
}

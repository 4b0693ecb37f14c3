import { useParams } from '@solidjs/router';
import { ApplicationView } from '../features/my-applications/application-view';
import { SignedInPage } from '../components/signed-in-page';
import { useI18n } from '../i18n';

/** `/demandes/:id`: one application, for its owner: status, what to do next, history, messages and content. */
export default function ApplicationPage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  return (
    <SignedInPage title={t('app.docTitle')}>
      <ApplicationView id={params.id} />
    </SignedInPage>
  );
}

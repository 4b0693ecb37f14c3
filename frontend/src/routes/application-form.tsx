import { useParams } from '@solidjs/router';
import { createResource, Match, Show, Switch } from 'solid-js';
import { ApplicationForm } from '../features/application-form/application-form';
import { NotEditableNotice } from '../features/application-form/not-editable-notice';
import { NotFoundView } from '../components/not-found-view';
import { ErrorAlert, LoadingMessage } from '../ui/status-views';
import { useI18n } from '../i18n';
import { ApiError, getApplication, getProgram } from '../lib/api';
import { usePageTitle } from '../lib/page-title';
import { RequireSignIn } from '../lib/session';

async function loadForm(applicationId: string) {
  const view = await getApplication(applicationId);
  return { view, program: await getProgram(view.application.programId) };
}

function FormLoader() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const [data, { refetch }] = createResource(() => params.id, loadForm);
  const notFound = () => data.error instanceof ApiError && data.error.status === 404;
  return (
    <Switch>
      <Match when={data.loading}>
        <LoadingMessage />
      </Match>
      <Match when={notFound()}>
        <NotFoundView title={t('form.notFound')} text={t('form.notFoundText')} />
      </Match>
      <Match when={data.error !== undefined}>
        <h1>{t('form.eyebrow')}</h1>
        <ErrorAlert title={t('form.loadError')} onRetry={() => void refetch()} />
      </Match>
      <Match when={data()}>
        {(loaded) => (
          <Show when={loaded().view.editable} fallback={<NotEditableNotice applicationId={params.id} />}>
            <ApplicationForm view={loaded().view} program={loaded().program} />
          </Show>
        )}
      </Match>
    </Switch>
  );
}

/** `/demandes/:id/modifier/:step?`: the application form, for its signed-in owner; everything is loaded from the server, so any device resumes it. */
export default function ApplicationFormPage() {
  const { t } = useI18n();
  usePageTitle(() => t('form.eyebrow'));
  return (
    <RequireSignIn fallback={<LoadingMessage />}>
      <FormLoader />
    </RequireSignIn>
  );
}

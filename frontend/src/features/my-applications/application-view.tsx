import { useSearchParams } from '@solidjs/router';
import { createResource, Match, Switch } from 'solid-js';
import { useI18n } from '../../i18n';
import { ApiError, getApplication, getProgram, listEvents } from '../../lib/api';
import { usePageTitle } from '../../lib/page-title';
import { NotFoundView } from '../../components/not-found-view';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';
import { ApplicationDetails } from './application-details';
import './my-applications.css';

/**
 * Loads one application with its timeline and programme. An application that is
 * not the reader's gets the same "not found" as one that does not exist, as the
 * API answers, so ids cannot be probed.
 */
export function ApplicationView(props: { id: string }) {
  const { t } = useI18n();
  const [params] = useSearchParams<{ deposee?: string }>();
  const [view, { refetch }] = createResource(() => props.id, getApplication);
  const [events, { refetch: refetchEvents }] = createResource(() => props.id, listEvents);
  const loaded = () => (view.state === 'ready' || view.state === 'refreshing' ? view.latest : undefined);
  const [program] = createResource(() => loaded()?.application.programId, getProgram);
  const notFound = () => view.error instanceof ApiError && (view.error.status === 404 || view.error.status === 403);
  usePageTitle(() => {
    if (notFound()) return t('app.notFound');
    return loaded()?.application.project.title?.trim() || (loaded() ? t('app.untitled') : t('app.docTitle'));
  });
  const refresh = () => {
    void refetch();
    void refetchEvents();
  };
  return (
    <Switch>
      <Match when={notFound()}>
        <NotFoundView title={t('app.notFound')} text={t('app.notFoundText')} />
      </Match>
      <Match when={view.error !== undefined}>
        <h1>{t('app.docTitle')}</h1>
        <ErrorAlert title={t('app.loadError')} onRetry={refresh} />
      </Match>
      <Match when={loaded()}>
        {(current) => (
          <ApplicationDetails
            view={current()}
            program={program.state === 'ready' ? program() : undefined}
            events={events.state === 'ready' || events.state === 'refreshing' ? events.latest : undefined}
            eventsFailed={events.error !== undefined}
            justSubmitted={params.deposee === '1'}
            onChanged={refresh}
            onEventsRetry={() => void refetchEvents()}
          />
        )}
      </Match>
      <Match when={view.loading}>
        <LoadingMessage />
      </Match>
    </Switch>
  );
}

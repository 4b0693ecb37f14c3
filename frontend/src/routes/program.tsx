import { useParams } from '@solidjs/router';
import { createResource, Match, Switch } from 'solid-js';
import { NotFoundView } from '../components/not-found-view';
import { ProgramDetails } from '../components/program-details';
import { ErrorAlert, LoadingMessage } from '../components/status-views';
import { useI18n } from '../i18n';
import { ApiError, getProgram } from '../lib/api';
import { usePageTitle } from '../lib/page-title';

/** A programme's public page; an unknown id gets a real "not found" page, not an error. */
export default function ProgramPage() {
  const { locale, t } = useI18n();
  const params = useParams<{ programId: string }>();
  const [program, { refetch }] = createResource(() => params.programId, getProgram);
  const notFound = () => program.error instanceof ApiError && program.error.status === 404;
  usePageTitle(() => {
    if (program.state === 'ready') return program()?.title[locale()] ?? t('program.docTitle');
    return notFound() ? t('program.notFound') : t('program.docTitle');
  });
  return (
    <Switch>
      <Match when={program.loading}>
        <LoadingMessage />
      </Match>
      <Match when={notFound()}>
        <NotFoundView title={t('program.notFound')} text={t('program.notFoundText')} />
      </Match>
      <Match when={program.error !== undefined}>
        <h1>{t('program.docTitle')}</h1>
        <ErrorAlert title={t('program.loadError')} onRetry={() => void refetch()} />
      </Match>
      <Match when={program.state === 'ready' && program()}>{(loaded) => <ProgramDetails program={loaded()} />}</Match>
    </Switch>
  );
}

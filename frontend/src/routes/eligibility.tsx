import { useParams } from '@solidjs/router';
import { createResource, Match, Switch } from 'solid-js';
import { EligibilityPage } from '../components/journey/eligibility-page';
import { NotFoundView } from '../components/not-found-view';
import { ErrorAlert, LoadingMessage } from '../components/status-views';
import { useI18n } from '../i18n';
import { ApiError, getProgram } from '../lib/api';
import { usePageTitle } from '../lib/page-title';

/** "Vérifier mon éligibilité" for one programme; an unknown programme gets the same "not found" page as its public page. */
export default function Eligibility() {
  const { locale, t } = useI18n();
  const params = useParams<{ programId: string }>();
  const [program, { refetch }] = createResource(() => params.programId, getProgram);
  const notFound = () => program.error instanceof ApiError && program.error.status === 404;
  usePageTitle(() => {
    if (program.state === 'ready') return t('elig.docTitle', { program: program()?.title[locale()] ?? '' });
    return notFound() ? t('program.notFound') : t('elig.title');
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
        <h1>{t('elig.title')}</h1>
        <ErrorAlert title={t('program.loadError')} onRetry={() => void refetch()} />
      </Match>
      <Match when={program.state === 'ready' && program()} keyed>
        {(loaded) => <EligibilityPage program={loaded} />}
      </Match>
    </Switch>
  );
}

import { createResource, Match, Show, Switch } from 'solid-js';
import { useI18n } from '../../i18n';
import { ApiError, getProgram } from '../../lib/api';
import { usePageTitle } from '../../lib/page-title';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';
import { DashboardToolbar } from './dashboard-toolbar';
import { MoneySection } from './money-section';
import { MissingReviews } from './missing-reviews';
import { RankingSection } from './ranking-section';
import { StatusSection } from './status-section';
import { useDashboard, type DashboardState } from './use-dashboard';
import './dashboard.css';

/**
 * A programme's dashboard for its manager: applications by status, the money
 * against the envelope, the ranking and the files still waiting for a review.
 * The programme itself is read only for its title and rubric labels; if that
 * read fails the figures still show, under the programme's id.
 */
export function DashboardView(props: { programId: string }) {
  const { locale, t } = useI18n();
  const state = useDashboard(() => props.programId);
  const [program] = createResource(() => props.programId, getProgram);
  const loaded = () => (program.state === 'ready' ? program() : undefined);
  const programTitle = () => loaded()?.title[locale()] ?? (program.loading ? '' : props.programId);
  const notFound = () => {
    const error = state.error();
    return state.data() === undefined && error instanceof ApiError && error.status === 404;
  };
  const criterionLabel = (id: string) => loaded()?.rubric.find((criterion) => criterion.id === id)?.label[locale()] ?? id;
  usePageTitle(() => {
    if (notFound()) return t('program.notFound');
    return programTitle() ? t('dashboard.pageTitle', { program: programTitle() }) : t('dashboard.title');
  });
  return (
    <>
      <p class="back-link">
        <a href="/gestion">{t('staffHome.back')}</a>
      </p>
      <Switch>
        <Match when={notFound()}>
          <h1>{t('program.notFound')}</h1>
          <p class="lead">{t('dashboard.notFound')}</p>
        </Match>
        <Match when={true}>
          <h1 class="dashboard-title">
            <span class="dashboard-title__eyebrow">{t('dashboard.title')}</span> {programTitle()}
          </h1>
          <p>
            <a href={`/gestion/programmes/${encodeURIComponent(props.programId)}`}>{t('dashboard.queueLink')}</a>
          </p>
          <Show when={state.data()} fallback={<DashboardPending state={state} />}>
            {(dashboard) => (
              <>
                <DashboardToolbar programId={props.programId} state={state} />
                <StatusSection counts={dashboard().counts} />
                <MoneySection dashboard={dashboard()} />
                <RankingSection entries={dashboard().ranking} criterionLabel={criterionLabel} />
                <MissingReviews entries={dashboard().missingReviews} />
              </>
            )}
          </Show>
        </Match>
      </Switch>
    </>
  );
}

/** Before the first figures: loading, or a first load that failed, with a retry. */
function DashboardPending(props: { state: DashboardState }) {
  const { t } = useI18n();
  return (
    <Show when={props.state.error() !== undefined && !props.state.pending()} fallback={<LoadingMessage />}>
      <ErrorAlert title={t('dashboard.loadError')} onRetry={() => void props.state.reload()} />
    </Show>
  );
}

import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { useI18n } from '../../i18n';
import { listMyApplications, type ApplicationSummary } from '../../lib/api';
import { Pagination } from '../../ui/pagination';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';
import { ApplicationCard } from './application-card';
import './my-applications.css';

/**
 * The applicant's applications, newest first as the API sends them, with
 * "Afficher plus" while the API reports more (a cursor), and a friendly empty
 * state pointing to the open calls.
 */
export function ApplicationList() {
  const { t } = useI18n();
  const [firstPage, { refetch }] = createResource(() => listMyApplications());
  const [more, setMore] = createSignal<ApplicationSummary[]>([]);
  const [cursor, setCursor] = createSignal<string | null>();
  const [loadingMore, setLoadingMore] = createSignal(false);
  const [moreFailed, setMoreFailed] = createSignal(false);
  const page = () => (firstPage.state === 'ready' ? firstPage() : undefined);
  const items = () => [...(page()?.items ?? []), ...more()];
  const nextCursor = () => (cursor() === undefined ? page()?.cursor : cursor());
  const loadMore = async () => {
    const from = nextCursor();
    if (!from) return;
    setLoadingMore(true);
    setMoreFailed(false);
    try {
      const shown = items().length;
      const next = await listMyApplications(from);
      setMore((previous) => [...previous, ...next.items]);
      setCursor(next.cursor);
      // The button may vanish with the last page: focus the first new card, where reading continues.
      document.querySelectorAll<HTMLAnchorElement>('.app-list .app-card__title a')[shown]?.focus();
    } catch {
      setMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  };
  return (
    <Switch>
      <Match when={firstPage.loading}>
        <LoadingMessage />
      </Match>
      <Match when={firstPage.error !== undefined}>
        <ErrorAlert title={t('apps.loadError')} onRetry={() => void refetch()} />
      </Match>
      <Match when={page()}>
        <Show
          when={items().length > 0}
          fallback={
            <div class="empty-state">
              <p>{t('apps.empty')}</p>
              <p>
                <a href="/">{t('apps.emptyLink')}</a>
              </p>
            </div>
          }
        >
          <ul class="app-list">
            <For each={items()}>
              {(application) => (
                <li>
                  <ApplicationCard application={application} />
                </li>
              )}
            </For>
          </ul>
          <Pagination
            hasMore={!!nextCursor()}
            state={loadingMore() ? 'loading' : moreFailed() ? 'error' : 'idle'}
            errorText={t('apps.moreError')}
            label={t('apps.showMore')}
            loadingLabel={t('status.loading')}
            onMore={() => void loadMore()}
          />
        </Show>
      </Match>
    </Switch>
  );
}

import { Match, Show, Switch } from 'solid-js';
import { useI18n } from '../../i18n';
import { Pagination } from '../../ui/pagination';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';
import { plural } from '../../lib/review-format';
import { QueueCards } from './queue-cards';
import { QueueTable, type QueueListProps } from './queue-table';
import type { useQueue } from './use-queue';
import { useWideScreen } from '../../lib/use-wide-screen';

/**
 * The queue's items with their loading, error and empty states, and "Afficher plus"
 * while pages remain. The number of files shown is announced politely after each
 * load; after "Afficher plus", focus goes to the first new file, where reading
 * carries on.
 */
export function QueueResults(props: { queue: ReturnType<typeof useQueue> } & Omit<QueueListProps, 'items'>) {
  const { locale, t } = useI18n();
  const wide = useWideScreen();
  let list: HTMLDivElement | undefined;
  const count = () => props.queue.items().length;
  const loadMore = async () => {
    const before = count();
    await props.queue.loadMore();
    list?.querySelectorAll<HTMLAnchorElement>('.queue-link')[before]?.focus();
  };
  return (
    <>
      <p class="visually-hidden" role="status">
        {props.queue.state() === 'ready'
          ? t(plural(locale(), count(), 'review.queue.shownOne', 'review.queue.shownOther'), { count: count() })
          : ''}
      </p>
      <Switch>
        <Match when={props.queue.state() === 'loading'}>
          <LoadingMessage />
        </Match>
        <Match when={props.queue.state() === 'error'}>
          <ErrorAlert title={t('review.queue.loadError')} onRetry={() => void props.queue.refresh()} />
        </Match>
        <Match when={count() === 0}>
          <p class="empty-state">{t('review.queue.empty')}</p>
        </Match>
        <Match when={count() > 0}>
          <div ref={list}>
            <Show
              when={wide()}
              fallback={
                <QueueCards items={props.queue.items()} manager={props.manager} selection={props.selection} caption={props.caption} />
              }
            >
              <QueueTable items={props.queue.items()} manager={props.manager} selection={props.selection} caption={props.caption} />
            </Show>
          </div>
          <Pagination
            hasMore={props.queue.hasMore()}
            state={props.queue.more() === 'loading' ? 'loading' : props.queue.more() === 'error' ? 'error' : 'idle'}
            errorText={t('review.queue.moreError')}
            label={t('review.queue.more')}
            loadingLabel={t('review.queue.loadingMore')}
            onMore={() => void loadMore()}
          />
        </Match>
      </Switch>
    </>
  );
}

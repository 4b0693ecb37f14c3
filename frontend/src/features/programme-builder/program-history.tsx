import { createResource, For, Match, Switch } from 'solid-js';
import { useI18n } from '../../i18n';
import { listProgramEvents } from '../../lib/staff-api';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';
import { HistoryEntry } from './history-entry';

/**
 * The programme's audit trail under the form, oldest first so it reads as a
 * story: who created it, who changed what and when, and each status change.
 * Fetched again after every save (`version` changes), keeping the list on
 * screen meanwhile; the resource is read only once ready, so the page around it
 * never waits for it.
 */
export function ProgramHistory(props: { programId: string; version: number }) {
  const { t } = useI18n();
  const [events, { refetch }] = createResource(
    () => [props.programId, props.version] as const,
    ([id]) => listProgramEvents(id),
  );
  const ordered = () => [...(events.latest ?? [])].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <section class="builder-history" aria-labelledby="builder-history-title">
      <h2 id="builder-history-title">{t('builder.history.title')}</h2>
      <Switch>
        <Match when={events.state === 'errored'}>
          <ErrorAlert title={t('builder.history.error')} onRetry={() => void refetch()} />
        </Match>
        <Match when={events.state === 'pending' || events.state === 'unresolved'}>
          <LoadingMessage />
        </Match>
        <Match when={ordered().length === 0}>
          <p class="muted">{t('builder.history.empty')}</p>
        </Match>
        <Match when={true}>
          <ol class="timeline builder-history__list">
            <For each={ordered()}>{(event) => <HistoryEntry event={event} />}</For>
          </ol>
        </Match>
      </Switch>
    </section>
  );
}

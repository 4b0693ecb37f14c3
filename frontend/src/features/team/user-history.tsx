import { createResource, For, Match, Switch } from 'solid-js';
import { useI18n } from '../../i18n';
import { listUserEvents } from '../../lib/staff-api';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';
import { auditChanges, auditTitle } from './audit-text';
import { formatParisDateTime } from '../../../../functions/src/domain/format';

/**
 * An account's history (invitation, role and status changes), oldest first:
 * who did what and when, in Paris time. Mounted on the first opening only, so
 * the page does not load every account's trail up front.
 */
export function UserHistory(props: { userId: string; name: string }) {
  const i18n = useI18n();
  const { locale, t } = i18n;
  const [events, { refetch }] = createResource(() => props.userId, listUserEvents);
  return (
    <div class="user-history" aria-live="polite">
      <h3 class="user-history__title">{t('team.history.title', { name: props.name })}</h3>
      <Switch>
        <Match when={events.loading}>
          <LoadingMessage />
        </Match>
        <Match when={events.error !== undefined}>
          <ErrorAlert title={t('team.history.loadError')} onRetry={() => void refetch()} />
        </Match>
        <Match when={events.state === 'ready' && events().length === 0}>
          <p>{t('team.history.none')}</p>
        </Match>
        <Match when={events.state === 'ready'}>
          <ol class="timeline">
            <For each={events()}>
              {(event) => (
                <li class="timeline__item">
                  <p class="timeline__label">{auditTitle(i18n, event)}</p>
                  <p class="timeline__date">
                    {t('team.history.by', { date: formatParisDateTime(event.at, locale()), name: event.actorName })}
                  </p>
                  <ul class="user-history__changes">
                    <For each={auditChanges(i18n, event)}>{(line) => <li>{line}</li>}</For>
                  </ul>
                </li>
              )}
            </For>
          </ol>
        </Match>
      </Switch>
    </div>
  );
}

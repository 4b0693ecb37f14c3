import { For, Show } from 'solid-js';
import type { TimelineEvent } from '../../../../functions/src/domain/application';
import { useI18n } from '../../i18n';
import { formatParisDateTime } from '../../../../functions/src/domain/format';

/**
 * The application's history, oldest first so it reads as a story, each step
 * with its Paris date and time and the message that came with it (a change
 * request, a rejection reason). Staff-only events never reach the applicant.
 */
export function ApplicationTimeline(props: { events: TimelineEvent[] }) {
  const { locale, t } = useI18n();
  const label = (event: TimelineEvent) => {
    if (event.type !== 'message') return t(`app.event.${event.type}`);
    return t(event.actorRole === 'applicant' ? 'app.event.messageSent' : 'app.event.messageReceived');
  };
  const ordered = () => props.events.filter((event) => event.visibility !== 'staff').sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol class="timeline">
      <For each={ordered()}>
        {(event) => (
          <li class={`timeline__item timeline__item--${event.type}`}>
            <p class="timeline__label">{label(event)}</p>
            <p class="timeline__date">
              <time datetime={event.at}>{formatParisDateTime(event.at, locale())}</time>
            </p>
            <Show when={event.message}>{(message) => <p class="timeline__message">{message()}</p>}</Show>
          </li>
        )}
      </For>
    </ol>
  );
}

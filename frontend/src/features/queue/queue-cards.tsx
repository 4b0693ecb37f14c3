import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { QueueFollowUp, QueueLink, QueueSelect, useQueueText } from './queue-item-parts';
import type { QueueListProps } from './queue-table';

/**
 * The queue on a phone: one card per file, title first, the figures as a short
 * list of label and value, so nothing needs sideways scrolling.
 */
export function QueueCards(props: QueueListProps) {
  const { t } = useI18n();
  const text = useQueueText();
  return (
    <ul class="queue-cards" aria-label={props.caption}>
      <For each={props.items}>
        {(item) => (
          <li class="queue-card">
            <div class="queue-card__head">
              <Show when={props.selection}>
                {(selection) => (
                  <QueueSelect item={item} selected={selection().has(item.id)} onToggle={(on) => selection().toggle(item.id, on)} />
                )}
              </Show>
              <h3 class="queue-card__title">
                <QueueLink item={item} />
              </h3>
            </div>
            <p class="queue-org">{item.organisationName ?? t('journey.notProvided')}</p>
            <dl class="queue-card__facts">
              <div>
                <dt>{t('review.queue.col.reference')}</dt>
                <dd>{item.reference ?? t('journey.notProvided')}</dd>
              </div>
              <div>
                <dt>{t('review.queue.col.amount')}</dt>
                <dd>{text.amount(item)}</dd>
              </div>
              <div>
                <dt>{t('review.queue.col.submitted')}</dt>
                <dd>{text.submitted(item)}</dd>
              </div>
              <div>
                <dt>{t('review.queue.col.score')}</dt>
                <dd>{text.score(item)}</dd>
              </div>
            </dl>
            <p class="queue-follow">
              <QueueFollowUp item={item} manager={props.manager} />
            </p>
          </li>
        )}
      </For>
    </ul>
  );
}

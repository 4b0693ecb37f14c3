import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { Table } from '../../ui/table';
import type { QueueItem } from '../../lib/staff-api';
import { QueueFollowUp, QueueLink, QueueSelect, useQueueText } from './queue-item-parts';

export type QueueListProps = {
  items: QueueItem[];
  manager: boolean;
  /** Present when files can be selected for assignment. */
  selection?: { has: (id: string) => boolean; toggle: (id: string, selected: boolean) => void } | undefined;
  caption: string;
};

/**
 * The queue on a wide screen: one row per file, the project title linking to it.
 * Wrapped in a scrolling box, so a long organisation name can widen the table
 * without pushing the page sideways.
 */
export function QueueTable(props: QueueListProps) {
  const { t } = useI18n();
  const text = useQueueText();
  return (
    <Table
      class="queue-table"
      caption={props.caption}
      captionHidden
      regionLabel={t('review.queue.tableRegion', { caption: props.caption })}
    >
      <thead>
        <tr>
          <Show when={props.selection}>
            <th scope="col">
              <span class="visually-hidden">{t('review.queue.selection')}</span>
            </th>
          </Show>
          <th scope="col">{t('review.queue.col.reference')}</th>
          <th scope="col">{t('review.queue.col.project')}</th>
          <th scope="col" class="amount">
            {t('review.queue.col.amount')}
          </th>
          <th scope="col">{t('review.queue.col.submitted')}</th>
          <th scope="col">{t('review.queue.col.score')}</th>
          <th scope="col">{t('review.queue.col.followUp')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.items}>
          {(item) => (
            <tr>
              <Show when={props.selection}>
                {(selection) => (
                  <td>
                    <QueueSelect item={item} selected={selection().has(item.id)} onToggle={(on) => selection().toggle(item.id, on)} />
                  </td>
                )}
              </Show>
              <td class="nowrap">{item.reference ?? t('journey.notProvided')}</td>
              <td class="queue-table__project">
                <QueueLink item={item} />
                <span class="queue-org">{item.organisationName ?? t('journey.notProvided')}</span>
              </td>
              <td class="amount">{text.amount(item)}</td>
              <td class="nowrap">{text.submitted(item)}</td>
              <td class="nowrap">{text.score(item)}</td>
              <td>
                <div class="queue-follow">
                  <QueueFollowUp item={item} manager={props.manager} />
                </div>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </Table>
  );
}

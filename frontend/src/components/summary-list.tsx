import { For, Show } from 'solid-js';
import { useI18n } from '../i18n';

/** A label and what the applicant answered; an empty answer is written as "Non renseigné". */
export type SummaryRow = { label: string; value: string | null | undefined };

/**
 * A read-only list of answers as label / value pairs. Values keep their line
 * breaks (long answers are written in paragraphs) and are always text, never HTML.
 */
export function SummaryList(props: { rows: SummaryRow[] }) {
  const { t } = useI18n();
  return (
    <dl class="summary-list">
      <For each={props.rows}>
        {(row) => (
          <div class="summary-list__row">
            <dt>{row.label}</dt>
            <Show
              when={row.value !== null && row.value !== undefined && row.value.trim() !== ''}
              fallback={<dd class="muted">{t('journey.notProvided')}</dd>}
            >
              <dd class="summary-list__value">{row.value}</dd>
            </Show>
          </div>
        )}
      </For>
    </dl>
  );
}

import { For } from 'solid-js';
import { useI18n } from '../../i18n';
import { Table } from '../../ui/table';

/**
 * "Voir les données": the figures a chart draws, as a real table. A drawing is
 * one image to a screen reader and hard to read exactly for anyone; the table
 * gives every value, in order, with its header. Figures align right.
 */
export function ChartData(props: { caption: string; headers: readonly [string, ...string[]]; rows: readonly (readonly string[])[] }) {
  const { t } = useI18n();
  return (
    <details class="chart-data">
      <summary class="chart-data__summary">{t('dashboard.chart.data')}</summary>
      {/* Focusable and named, so a keyboard user can scroll it if a narrow screen makes it overflow. */}
      <Table caption={props.caption} captionHidden regionLabel={props.caption}>
        <thead>
          <tr>
            <For each={props.headers}>
              {(header, index) => (
                <th scope="col" classList={{ num: index() > 0 }}>
                  {header}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr>
                <For each={row}>{(cell, index) => (index() === 0 ? <th scope="row">{cell}</th> : <td class="num">{cell}</td>)}</For>
              </tr>
            )}
          </For>
        </tbody>
      </Table>
    </details>
  );
}

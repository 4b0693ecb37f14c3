import { createUniqueId, For } from 'solid-js';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../../functions/src/domain/lifecycle';
import { useI18n } from '../../i18n';
import { linearScale } from './chart-scale';
import { formatNumber } from '../../../../functions/src/domain/format';

const ROW_HEIGHT = 48;
const BAR_HEIGHT = 18;
/** Room left of the longest bar for its value label. */
const VALUE_ROOM = 56;

/**
 * Applications by status as horizontal bars, one per status in lifecycle order.
 * Each bar carries its status name above it and its count at its end, all in one
 * ink: it reads the same in black and white, and no colour has to be decoded.
 */
export function StatusChart(props: { counts: Record<ApplicationStatus, number>; width: number }) {
  const { locale, t } = useI18n();
  const id = createUniqueId();
  const max = () => Math.max(1, ...APPLICATION_STATUSES.map((status) => props.counts[status]));
  const x = () => linearScale([0, max()], [0, Math.max(40, props.width - VALUE_ROOM)]);
  const height = APPLICATION_STATUSES.length * ROW_HEIGHT + 4;
  const description = () =>
    APPLICATION_STATUSES.map((status) =>
      t('dashboard.statusChart.item', { status: t(`apps.status.${status}`), count: formatNumber(props.counts[status], locale()) }),
    ).join(', ');
  return (
    <svg
      class="chart"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${props.width} ${height}`}
      width="100%"
      height={height}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{t('dashboard.statusChart.title')}</title>
      <desc id={`${id}-desc`}>{description()}</desc>
      <For each={APPLICATION_STATUSES}>
        {(status, index) => {
          const top = () => index() * ROW_HEIGHT;
          const barWidth = () => x()(props.counts[status]);
          return (
            <g class="chart__row">
              <text class="chart__bar-label" x={0} y={top() + 16}>
                {t(`apps.status.${status}`)}
              </text>
              <rect class="chart__bar" x={0} y={top() + 22} width={barWidth()} height={BAR_HEIGHT} />
              <line class="chart__axis" x1={0.5} x2={0.5} y1={top() + 20} y2={top() + 22 + BAR_HEIGHT + 2} />
              <text class="chart__value-label" x={barWidth() + 6} y={top() + 22 + BAR_HEIGHT / 2} dominant-baseline="middle">
                {formatNumber(props.counts[status], locale())}
              </text>
            </g>
          );
        }}
      </For>
    </svg>
  );
}

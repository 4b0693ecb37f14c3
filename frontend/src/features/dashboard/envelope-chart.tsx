import { createUniqueId, For } from 'solid-js';
import { useI18n } from '../../i18n';
import { envelopeGeometry, type EnvelopePoint } from './envelope-geometry';
import { formatCalendarDay, formatCompactEuros, formatEuros } from '../../../../functions/src/domain/format';

/**
 * The envelope used over time: the cumulative amount awarded as a step line, the
 * envelope as a labelled dashed line, euros up the side and decision days along
 * the bottom. Drawn in CSS pixels at `width`; `role="img"` with a title and a
 * one-sentence description, the figures themselves being in the table beside it.
 */
export function EnvelopeChart(props: { points: readonly EnvelopePoint[]; envelopeCents: number; width: number }) {
  const { locale, t } = useI18n();
  const id = createUniqueId();
  const g = () => envelopeGeometry(props.points, props.envelopeCents, props.width);
  const last = () => props.points[props.points.length - 1];
  const lastDot = () => g().dots[g().dots.length - 1];
  const description = () =>
    t('dashboard.envelopeChart.desc', {
      awarded: formatEuros(last()?.awardedCents ?? 0, locale()),
      envelope: formatEuros(props.envelopeCents, locale()),
      date: formatCalendarDay(last()?.date ?? '', locale()),
      days: props.points.length,
    });
  return (
    <svg
      class="chart"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${g().width} ${g().height}`}
      width="100%"
      height={g().height}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{t('dashboard.envelopeChart.title')}</title>
      <desc id={`${id}-desc`}>{description()}</desc>
      <text class="chart__axis-title" x={4} y={16}>
        {t('dashboard.envelopeChart.yAxis')}
      </text>
      <For each={g().yTicks}>
        {(tick) => (
          <g class="chart__y-tick">
            <line class="chart__grid" x1={g().plot.left} x2={g().plot.right} y1={tick.y} y2={tick.y} />
            <text class="chart__tick-label" x={g().plot.left - 8} y={tick.y} text-anchor="end" dominant-baseline="middle">
              {formatCompactEuros(tick.cents, locale())}
            </text>
          </g>
        )}
      </For>
      <line class="chart__axis" x1={g().plot.left} x2={g().plot.right} y1={g().plot.bottom} y2={g().plot.bottom} />
      <For each={g().xTicks}>
        {(tick) => (
          <g class="chart__x-tick">
            <line class="chart__axis" x1={tick.x} x2={tick.x} y1={g().plot.bottom} y2={g().plot.bottom + 5} />
            <text class="chart__tick-label" x={tick.x} y={g().plot.bottom + 20} text-anchor="middle">
              {formatCalendarDay(tick.date, locale(), 'short')}
            </text>
          </g>
        )}
      </For>
      <text class="chart__axis-title" x={(g().plot.left + g().plot.right) / 2} y={g().height - 8} text-anchor="middle">
        {t('dashboard.envelopeChart.xAxis')}
      </text>
      <line class="chart__envelope" x1={g().plot.left} x2={g().plot.right} y1={g().envelopeY} y2={g().envelopeY} />
      <text class="chart__envelope-label" x={g().plot.left + 6} y={g().envelopeY - 8}>
        {t('dashboard.envelopeChart.envelope', { amount: formatEuros(props.envelopeCents, locale()) })}
      </text>
      <path class="chart__line" d={g().path} />
      <For each={g().dots}>{(dot) => <circle class="chart__dot" cx={dot.x} cy={dot.y} r={4} />}</For>
      <text class="chart__value-label" x={(lastDot()?.x ?? 0) - 8} y={(lastDot()?.y ?? 0) - 10} text-anchor="end">
        {formatEuros(last()?.awardedCents ?? 0, locale())}
      </text>
    </svg>
  );
}

import { Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { ChartData } from './chart-data';
import { EnvelopeChart } from './envelope-chart';
import type { EnvelopePoint } from './envelope-geometry';
import { useWidth } from './use-width';
import { formatCalendarDay, formatEuros, formatPercent } from '../../../../functions/src/domain/format';

/**
 * The envelope used over time, or, before the first award, a sentence saying
 * so: an empty frame of axes would only look broken.
 */
export function EnvelopeOverTime(props: { points: readonly EnvelopePoint[]; envelopeCents: number }) {
  const { locale, t } = useI18n();
  const { width, ref } = useWidth(720);
  const share = (cents: number) => formatPercent(props.envelopeCents > 0 ? Math.round((cents / props.envelopeCents) * 100) : 0, locale());
  return (
    <>
      <h3>{t('dashboard.envelopeChart.title')}</h3>
      <Show when={props.points.length > 0} fallback={<p class="empty-state">{t('dashboard.envelopeChart.empty')}</p>}>
        <div class="chart-frame" ref={ref}>
          <EnvelopeChart points={props.points} envelopeCents={props.envelopeCents} width={width()} />
        </div>
        <ChartData
          caption={t('dashboard.envelopeChart.title')}
          headers={[t('dashboard.envelopeChart.xAxis'), t('dashboard.envelopeChart.yAxis'), t('dashboard.envelopeChart.share')]}
          rows={props.points.map((point) => [
            formatCalendarDay(point.date, locale()),
            formatEuros(point.awardedCents, locale()),
            share(point.awardedCents),
          ])}
        />
      </Show>
    </>
  );
}

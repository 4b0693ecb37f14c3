import { Show } from 'solid-js';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../../functions/src/domain/lifecycle';
import { useI18n } from '../../i18n';
import { ChartData } from './chart-data';
import { StatusChart } from './status-chart';
import { useWidth } from './use-width';
import { formatNumber } from '../../../../functions/src/domain/format';

/** How many applications the programme has in each of the seven statuses: total, bar chart and its table. */
export function StatusSection(props: { counts: Record<ApplicationStatus, number> }) {
  const { locale, t } = useI18n();
  const { width, ref } = useWidth(640);
  const total = () => APPLICATION_STATUSES.reduce((sum, status) => sum + props.counts[status], 0);
  return (
    <section class="dashboard-section" aria-labelledby="dashboard-status-title">
      <h2 id="dashboard-status-title">{t('dashboard.status.title')}</h2>
      <Show when={total() > 0} fallback={<p class="empty-state">{t('dashboard.status.empty')}</p>}>
        <p class="dashboard-total">
          {t(total() === 1 ? 'dashboard.status.totalOne' : 'dashboard.status.totalOther', { count: formatNumber(total(), locale()) })}
        </p>
        <div class="chart-frame chart-frame--narrow" ref={ref}>
          <StatusChart counts={props.counts} width={width()} />
        </div>
        <ChartData
          caption={t('dashboard.statusChart.title')}
          headers={[t('dashboard.status.column'), t('dashboard.status.countColumn')]}
          rows={APPLICATION_STATUSES.map((status) => [t(`apps.status.${status}`), formatNumber(props.counts[status], locale())])}
        />
      </Show>
    </section>
  );
}

import { useI18n } from '../../i18n';
import type { Dashboard } from '../../lib/staff-api';
import { EnvelopeMeter } from './envelope-meter';
import { EnvelopeOverTime } from './envelope-over-time';
import { formatEuros } from '../../../../functions/src/domain/format';

/** The money against the envelope: the four figures, the meter, then the envelope used over time. */
export function MoneySection(props: { dashboard: Dashboard }) {
  const { locale, t } = useI18n();
  const money = (cents: number) => formatEuros(cents, locale());
  return (
    <section class="dashboard-section" aria-labelledby="dashboard-money-title">
      <h2 id="dashboard-money-title">{t('dashboard.money.title')}</h2>
      <dl class="money-figures">
        <div class="money-figures__item">
          <dt>{t('dashboard.money.envelope')}</dt>
          <dd>{money(props.dashboard.envelopeCents)}</dd>
        </div>
        <div class="money-figures__item">
          <dt>{t('dashboard.money.requested')}</dt>
          <dd>
            {money(props.dashboard.requestedCents)}
            <span class="money-figures__hint">{t('dashboard.money.requestedHint')}</span>
          </dd>
        </div>
        <div class="money-figures__item">
          <dt>{t('dashboard.money.awarded')}</dt>
          <dd>{money(props.dashboard.awardedCents)}</dd>
        </div>
        <div class="money-figures__item money-figures__item--key">
          <dt>{t('dashboard.money.remaining')}</dt>
          <dd>{money(props.dashboard.remainingCents)}</dd>
        </div>
      </dl>
      <EnvelopeMeter
        awardedCents={props.dashboard.awardedCents}
        remainingCents={props.dashboard.remainingCents}
        envelopeCents={props.dashboard.envelopeCents}
      />
      <EnvelopeOverTime points={props.dashboard.envelopeOverTime} envelopeCents={props.dashboard.envelopeCents} />
    </section>
  );
}

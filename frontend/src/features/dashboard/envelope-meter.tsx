import { createUniqueId } from 'solid-js';
import { useI18n } from '../../i18n';
import { formatEuros, formatPercent } from '../../../../functions/src/domain/format';

/**
 * How much of the envelope is awarded, as a bar with its figures written on
 * both sides: the filled part is also said in words, so it needs no colour,
 * and `role="meter"` gives screen readers the same percentage.
 */
export function EnvelopeMeter(props: { awardedCents: number; remainingCents: number; envelopeCents: number }) {
  const { locale, t } = useI18n();
  const id = createUniqueId();
  const percent = () =>
    props.envelopeCents > 0 ? Math.min(100, Math.max(0, Math.round((props.awardedCents / props.envelopeCents) * 100))) : 0;
  const valueText = () => t('dashboard.meter.value', { percent: formatPercent(percent(), locale()) });
  return (
    <div class="envelope-meter">
      <p id={`${id}-label`} class="envelope-meter__label">
        {t('dashboard.meter.label')}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: <meter> cannot carry the drawn bar and its labels across browsers; role="meter" with its values is the ARIA equivalent */}
      <div
        class="envelope-meter__track"
        role="meter"
        aria-labelledby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent()}
        aria-valuetext={valueText()}
      >
        <div class="envelope-meter__fill" style={{ width: `${percent()}%` }} />
      </div>
      <p class="envelope-meter__legend" aria-hidden="true">
        <span>
          {t('dashboard.meter.awarded', { amount: formatEuros(props.awardedCents, locale()), percent: formatPercent(percent(), locale()) })}
        </span>
        <span>{t('dashboard.meter.remaining', { amount: formatEuros(props.remainingCents, locale()) })}</span>
      </p>
    </div>
  );
}

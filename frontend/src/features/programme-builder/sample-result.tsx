import { For, Show } from 'solid-js';
import type { EligibilityResult } from '../../../../functions/src/domain/eligibility-schema';
import { LEGAL_FORM_LABELS } from '../../../../functions/src/domain/eligibility-messages';
import { useI18n } from '../../i18n';
import type { SampleProfile } from './sample-profiles';
import { formatEuros } from '../../../../functions/src/domain/format';

/**
 * One made-up applicant: who they are, in a line, and the verdict written out
 * next to ✓ / ✗ (never colour alone), with the reason of each failed criterion.
 */
export function SampleResult(props: { profile: SampleProfile; result: EligibilityResult }) {
  const { locale, t } = useI18n();
  const answers = () => props.profile.answers;
  const facts = () =>
    [
      LEGAL_FORM_LABELS[answers().legalForm][locale()],
      props.profile.insideTerritory ? props.profile.communeName : t('builder.sample.outside', { commune: props.profile.communeName }),
      t(`builder.sample.stage.${answers().stage}`),
      t('builder.sample.amount', {
        amount: formatEuros(answers().amountRequestedCents, locale()),
        budget: formatEuros(answers().totalBudgetCents, locale()),
      }),
      age(),
    ].join(' · ');
  const age = () => {
    const months = props.profile.ageMonths;
    if (months === null) return t('builder.sample.unregistered');
    return months === 1 ? t('builder.sample.ageOne') : t('builder.sample.age', { months });
  };
  const failed = () => props.result.criteria.filter((criterion) => !criterion.passed);
  return (
    <li
      class="builder-sample"
      classList={{ 'builder-sample--passed': props.result.eligible, 'builder-sample--failed': !props.result.eligible }}
    >
      <h3 class="builder-sample__name">{t(`builder.sample.${props.profile.id}`)}</h3>
      <p class="builder-sample__facts">{facts()}</p>
      <p class="builder-sample__verdict">
        <span aria-hidden="true">{props.result.eligible ? '✓' : '✗'} </span>
        {props.result.eligible ? t('builder.sample.eligible') : t('builder.sample.ineligible')}
      </p>
      <Show when={failed().length > 0}>
        <ul class="builder-sample__reasons">
          <For each={failed()}>{(criterion) => <li>{criterion.reason[locale()]}</li>}</For>
        </ul>
      </Show>
    </li>
  );
}

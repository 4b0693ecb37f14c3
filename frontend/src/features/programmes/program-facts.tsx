import { For, Show } from 'solid-js';
import type { EligibilityRules, Program } from '../../../../functions/src/domain/program';
import { useI18n, type I18n } from '../../i18n';
import { TimeLeft } from '../../components/deadline';
import { describeAmounts, describeDates, describeShare } from '../../lib/program-text';
import { formatEuros, formatNumber } from '../../../../functions/src/domain/format';

function describeAge({ t }: I18n, age: EligibilityRules['organisationAgeMonths']): string | undefined {
  if (!age || (age.min === null && age.max === null)) return undefined;
  if (age.min !== null && age.max !== null) return t('facts.ageRange', { min: age.min, max: age.max });
  return age.min !== null ? t('facts.ageMin', { min: age.min }) : t('facts.ageMax', { max: age.max ?? 0 });
}

/**
 * The eligibility conditions and money facts of a programme as a definition list,
 * in plain words, so an applicant can judge at a glance whether the call fits.
 */
export function ProgramFacts(props: { program: Program }) {
  const i18n = useI18n();
  const { locale, t } = i18n;
  const rules = () => props.program.rules;
  const age = () => describeAge(i18n, rules().organisationAgeMonths);
  return (
    <dl class="facts">
      <dt>{t('facts.dates')}</dt>
      <dd>
        {describeDates(i18n, props.program.opensAt, props.program.closesAt)}
        <TimeLeft closesAt={props.program.closesAt} />
      </dd>
      <dt>{t('facts.amounts')}</dt>
      <dd>{describeAmounts(i18n, rules().minAmountCents, rules().maxAmountCents)}</dd>
      <dt>{t('facts.share')}</dt>
      <dd>{describeShare(i18n, rules().maxShareOfBudgetPercent)}</dd>
      <dt>{t('facts.envelope')}</dt>
      <dd>{formatEuros(props.program.envelopeCents, locale())}</dd>
      <dt>{t('facts.territory')}</dt>
      <dd>
        {rules().territory.name}
        <details class="facts__communes">
          <summary>{t('program.communes', { count: formatNumber(rules().territory.communes.length, locale()) })}</summary>
          <ul class="commune-list">
            <For each={rules().territory.communes}>
              {(commune) => (
                <li>
                  {commune.name} <span class="muted">({commune.postcode})</span>
                </li>
              )}
            </For>
          </ul>
        </details>
      </dd>
      <dt>{t('facts.legalForms')}</dt>
      <dd>
        <ul class="facts__list">
          <For each={rules().legalForms}>{(form) => <li>{t(`legalForm.${form}`)}</li>}</For>
        </ul>
      </dd>
      <dt>{t('facts.stages')}</dt>
      <dd>
        {rules()
          .stages.map((stage) => t(`stage.${stage}`))
          .join(', ')}
      </dd>
      <dt>{t('facts.siret')}</dt>
      <dd>{rules().siretRequired ? t('facts.siretRequired') : t('facts.siretOptional')}</dd>
      <Show when={age()}>
        {(text) => (
          <>
            <dt>{t('facts.age')}</dt>
            <dd>{text()}</dd>
          </>
        )}
      </Show>
    </dl>
  );
}

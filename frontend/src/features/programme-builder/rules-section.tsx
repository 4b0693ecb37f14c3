import { LEGAL_FORMS, PROJECT_STAGES } from '../../../../functions/src/domain/program';
import { LEGAL_FORM_LABELS } from '../../../../functions/src/domain/eligibility-messages';
import { useI18n } from '../../i18n';
import { useBuilder } from './builder-state';
import { BuilderChecks, BuilderMoneyField, BuilderTextField } from './builder-fields';
import { TerritoryFields } from './territory-fields';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The eligibility rules, the data the engine reads: who may apply, where, at
 * which stage, for how much, for what share of the budget, how old, and whether
 * a SIRET is required. The preview beside the form follows every change.
 */
export function RulesSection() {
  const { locale, t } = useI18n();
  const { draft, setDraft } = useBuilder();
  const rules = () => draft.rules;
  return (
    <fieldset class="form-section builder-section">
      <legend class="form-section__title">{t('builder.rules.legend')}</legend>
      <BuilderChecks
        path="rules.legalForms"
        legend={t('builder.legalForms.legend')}
        options={LEGAL_FORMS}
        label={(form) => capitalised(LEGAL_FORM_LABELS[form][locale()])}
        selected={rules().legalForms}
        onChange={(selected) => setDraft('rules', 'legalForms', selected)}
      />
      <BuilderChecks
        path="rules.stages"
        legend={t('builder.stages.legend')}
        options={PROJECT_STAGES}
        label={(stage) => t(`stage.${stage}`)}
        selected={rules().stages}
        onChange={(selected) => setDraft('rules', 'stages', selected)}
      />
      <TerritoryFields />
      <div class="builder-pair">
        <BuilderMoneyField
          path="rules.minAmountCents"
          label={t('builder.minAmount.label')}
          value={rules().minAmount}
          onInput={(v) => setDraft('rules', 'minAmount', v)}
        />
        <BuilderMoneyField
          path="rules.maxAmountCents"
          label={t('builder.maxAmount.label')}
          value={rules().maxAmount}
          onInput={(v) => setDraft('rules', 'maxAmount', v)}
        />
      </div>
      <BuilderTextField
        path="rules.maxShareOfBudgetPercent"
        label={t('builder.maxShare.label')}
        hint={t('builder.maxShare.hint')}
        value={rules().maxShare}
        onInput={(v) => setDraft('rules', 'maxShare', v)}
        inputMode="numeric"
        size="short"
        maxLength={5}
      />
      <fieldset class="form-field form-group">
        <legend class="form-field__label">
          {t('builder.age.legend')}
          <span class="form-field__required"> {t('form.optional')}</span>
        </legend>
        <p class="form-field__hint">{t('builder.age.hint')}</p>
        <div class="builder-pair">
          <BuilderTextField
            path="rules.organisationAgeMonths.min"
            label={t('builder.ageMin.label')}
            value={rules().ageMin}
            onInput={(v) => setDraft('rules', 'ageMin', v)}
            inputMode="numeric"
            size="short"
            maxLength={4}
            optional
          />
          <BuilderTextField
            path="rules.organisationAgeMonths.max"
            label={t('builder.ageMax.label')}
            value={rules().ageMax}
            onInput={(v) => setDraft('rules', 'ageMax', v)}
            inputMode="numeric"
            size="short"
            maxLength={4}
            optional
          />
        </div>
      </fieldset>
      <div class="form-checkbox">
        <input
          id="pb-rules-siretRequired"
          type="checkbox"
          checked={rules().siretRequired}
          onChange={(e) => setDraft('rules', 'siretRequired', e.currentTarget.checked)}
        />
        <label for="pb-rules-siretRequired">{t('builder.siret.label')}</label>
      </div>
    </fieldset>
  );
}

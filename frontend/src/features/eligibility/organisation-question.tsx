import { Show } from 'solid-js';
import { isValidSiret } from '../../../../functions/src/domain/siret';
import { useI18n } from '../../i18n';
import { describedBy, FieldError } from '../../ui/field';
import { typedSiretProblem } from './wizard-draft';
import type { QuestionProps } from './wizard-questions';

/**
 * Question 6: the SIRET, checked as it is typed with the same Luhn rule as the
 * API, and the creation date. An organisation being set up has neither, so the
 * SIRET becomes optional and the date is not asked.
 */
export function OrganisationQuestion(props: QuestionProps) {
  const { locale, t } = useI18n();
  const creating = () => props.draft.legalForm === 'en_creation';
  const siretError = () => props.error('siret') ?? typedSiretProblem(props.draft.siret)?.[locale()];
  const siretOk = () => !siretError() && isValidSiret(props.draft.siret);
  const dateError = () => props.error('creationDate');
  return (
    <div class="question">
      <h2 id="wizard-heading" class="question__heading" tabindex="-1">
        {t('elig.org.question')}
      </h2>
      <p class="hint">{creating() ? t('elig.org.introCreating') : t('elig.org.intro')}</p>
      <div class="field field--first">
        <label class="label" for="elig-siret">
          {t('elig.org.siret')}
          <Show when={creating()}> {t('journey.optional')}</Show>
        </label>
        <p id="elig-siret-hint" class="hint">
          {t('elig.org.siretHint')}
        </p>
        <div aria-live="polite">
          <FieldError id="elig-siret-error" message={siretError()} />
        </div>
        <input
          id="elig-siret"
          class="input input--siret"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          maxlength={20}
          value={props.draft.siret}
          aria-describedby={describedBy('elig-siret-hint', siretError() && 'elig-siret-error')}
          aria-invalid={siretError() ? true : undefined}
          onInput={(event) => props.update('siret', event.currentTarget.value)}
        />
        <p class="field-ok" aria-live="polite">
          <Show when={siretOk()}>
            <span aria-hidden="true">✓ </span>
            {t('elig.org.siretOk')}
          </Show>
        </p>
      </div>
      <Show when={!creating()}>
        <div class="field">
          <label class="label" for="elig-creation-date">
            {t('elig.org.creationDate')}
          </label>
          <p id="elig-creation-date-hint" class="hint">
            {t('elig.org.creationDateHint')}
          </p>
          <FieldError id="elig-creation-date-error" message={dateError()} />
          <input
            id="elig-creation-date"
            class="input input--date"
            type="date"
            max={props.today}
            value={props.draft.creationDate}
            aria-describedby={describedBy('elig-creation-date-hint', dateError() && 'elig-creation-date-error')}
            aria-invalid={dateError() ? true : undefined}
            onInput={(event) => props.update('creationDate', event.currentTarget.value)}
          />
        </div>
      </Show>
    </div>
  );
}

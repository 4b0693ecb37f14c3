import { Show } from 'solid-js';
import { isValidSiret } from '../../../../functions/src/domain/siret';
import { useI18n } from '../../i18n';
import { TextField } from '../../ui/text-field';
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
  return (
    <div class="question">
      <h2 id="wizard-heading" class="question__heading" tabindex="-1">
        {t('elig.org.question')}
      </h2>
      <p class="question__intro">{creating() ? t('elig.org.introCreating') : t('elig.org.intro')}</p>
      <TextField
        id="elig-siret"
        label={t('elig.org.siret')}
        marker={creating() ? 'optional' : undefined}
        hint={t('elig.org.siretHint')}
        error={siretError()}
        liveError
        width="siret"
        inputMode="numeric"
        maxLength={20}
        value={props.draft.siret}
        onInput={(value) => props.update('siret', value)}
        after={
          <p class="field-ok" aria-live="polite">
            <Show when={siretOk()}>
              <span aria-hidden="true">✓ </span>
              {t('elig.org.siretOk')}
            </Show>
          </p>
        }
      />
      <Show when={!creating()}>
        <TextField
          id="elig-creation-date"
          type="date"
          width="short"
          max={props.today}
          label={t('elig.org.creationDate')}
          hint={t('elig.org.creationDateHint')}
          error={props.error('creationDate')}
          value={props.draft.creationDate}
          onInput={(value) => props.update('creationDate', value)}
        />
      </Show>
    </div>
  );
}

import { Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { CommuneCombobox } from './commune-combobox';
import { describedBy, FieldError } from '../../ui/field';
import type { QuestionProps } from './wizard-questions';
import { formatNumber } from '../../../../functions/src/domain/format';

/** Question 2: where the project takes place, among the territory's communes, or "not in the list". */
export function CommuneQuestion(props: QuestionProps) {
  const { locale, t } = useI18n();
  const territory = () => props.program.rules.territory;
  const error = () => props.error('commune');
  return (
    <div class="question">
      <h2 id="wizard-heading" class="question__heading" tabindex="-1">
        <label for="elig-commune">{t('elig.commune.question')}</label>
      </h2>
      <p id="elig-commune-hint" class="hint">
        {t('elig.commune.hint', { count: formatNumber(territory().communes.length, locale()), territory: territory().name })}
      </p>
      <FieldError id="elig-commune-error" message={error()} />
      <CommuneCombobox
        id="elig-commune"
        communes={territory().communes}
        text={props.draft.communeText}
        value={props.draft.commune}
        onText={(text) => props.update('communeText', text)}
        onChange={(answer) => props.update('commune', answer)}
        describedBy={describedBy('elig-commune-hint', error() && 'elig-commune-error')}
        invalid={Boolean(error())}
      />
      <Show when={props.draft.commune?.kind === 'unlisted'}>
        <p class="callout">{t('elig.commune.unlistedChosen', { territory: territory().name })}</p>
      </Show>
    </div>
  );
}

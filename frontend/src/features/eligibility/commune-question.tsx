import { Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { Field } from '../../ui/field';
import { CommuneCombobox } from './commune-combobox';
import type { QuestionProps } from './wizard-questions';
import { formatNumber } from '../../../../functions/src/domain/format';

/**
 * Question 2: where the project takes place, among the territory's communes, or
 * "not in the list". The combobox keeps its own list popup inside the kit's frame.
 */
export function CommuneQuestion(props: QuestionProps) {
  const { locale, t } = useI18n();
  const territory = () => props.program.rules.territory;
  return (
    <div class="question">
      <Field
        id="elig-commune"
        heading={{ id: 'wizard-heading', class: 'question__heading' }}
        label={t('elig.commune.question')}
        hint={t('elig.commune.hint', { count: formatNumber(territory().communes.length, locale()), territory: territory().name })}
        error={props.error('commune')}
      >
        {(control) => (
          <CommuneCombobox
            id={control.id}
            communes={territory().communes}
            text={props.draft.communeText}
            value={props.draft.commune}
            onText={(text) => props.update('communeText', text)}
            onChange={(answer) => props.update('commune', answer)}
            describedBy={control.describedBy}
            invalid={Boolean(control.invalid)}
          />
        )}
      </Field>
      <Show when={props.draft.commune?.kind === 'unlisted'}>
        <p class="callout">{t('elig.commune.unlistedChosen', { territory: territory().name })}</p>
      </Show>
    </div>
  );
}

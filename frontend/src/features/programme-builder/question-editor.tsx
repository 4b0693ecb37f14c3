import { For, Show } from 'solid-js';
import { QUESTION_TYPES, type QuestionType } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { BilingualField } from './bilingual-field';
import { Field } from '../../ui/field';
import { BuilderTextField } from './builder-fields';
import { useBuilder } from './builder-state';
import { ChoiceOptions } from './choice-options';
import { fieldId } from './field-paths';
import { ItemControls } from './item-controls';
import { useBuilderField } from './use-builder-field';

/** One programme question: its id (the key of the answer), type, wording and help in both languages, and whether it must be answered. */
export function QuestionEditor(props: { index: number; count: number; onMove: (direction: 'up' | 'down') => void; onRemove: () => void }) {
  const { t } = useI18n();
  const { draft, setDraft } = useBuilder();
  const path = () => `questions.${props.index}`;
  const typeField = useBuilderField({
    get path() {
      return `${path()}.type`;
    },
  });
  const question = () => draft.questions[props.index]!;
  const name = () => t('builder.question.legend', { n: props.index + 1 });
  return (
    <li class="builder-item">
      <fieldset class="builder-item__fieldset">
        <legend class="builder-item__legend">{name()}</legend>
        <div class="builder-pair">
          <BuilderTextField
            path={`${path()}.id`}
            label={t('builder.question.id')}
            hint={t('builder.question.idHint')}
            value={question().id}
            onInput={(v) => setDraft('questions', props.index, 'id', v.toLowerCase())}
            size="medium"
            maxLength={40}
          />
          <Field {...typeField} label={t('builder.question.type')}>
            {(control) => (
              <select
                id={control.id}
                class="form-input form-input--medium"
                aria-describedby={control.describedBy}
                aria-invalid={control.invalid}
                value={question().type}
                onChange={(e) => setDraft('questions', props.index, 'type', e.currentTarget.value as QuestionType)}
              >
                <For each={QUESTION_TYPES}>{(type) => <option value={type}>{t(`builder.questionType.${type}`)}</option>}</For>
              </select>
            )}
          </Field>
        </div>
        <BilingualField
          path={`${path()}.label`}
          label={t('builder.question.label')}
          value={question().label}
          onInput={(l, v) => setDraft('questions', props.index, 'label', l, v)}
          maxLength={500}
        />
        <BilingualField
          path={`${path()}.help`}
          label={t('builder.question.help')}
          value={question().help}
          onInput={(l, v) => setDraft('questions', props.index, 'help', l, v)}
          optional
          maxLength={1000}
        />
        <div class="form-checkbox">
          <input
            id={fieldId(`${path()}.required`)}
            type="checkbox"
            checked={question().required}
            onChange={(e) => setDraft('questions', props.index, 'required', e.currentTarget.checked)}
          />
          <label for={fieldId(`${path()}.required`)}>{t('builder.question.required')}</label>
        </div>
        <Show when={question().type === 'choice'}>
          <ChoiceOptions questionIndex={props.index} />
        </Show>
        <ItemControls
          baseId={fieldId(path())}
          index={props.index}
          count={props.count}
          itemName={name()}
          onMove={props.onMove}
          onRemove={props.onRemove}
        />
      </fieldset>
    </li>
  );
}

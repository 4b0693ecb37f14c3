import { For } from 'solid-js';
import { useI18n } from '../../i18n';
import { BilingualField } from './bilingual-field';
import { Field } from '../../ui/field';
import { BuilderTextField } from './builder-fields';
import { useBuilder } from './builder-state';
import { fieldId } from './field-paths';
import { ItemControls } from './item-controls';
import { useBuilderField } from './use-builder-field';

const WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** One rubric criterion: its id (the key of the scores), name and guidance for reviewers in both languages, and its weight. */
export function CriterionEditor(props: { index: number; count: number; onMove: (direction: 'up' | 'down') => void; onRemove: () => void }) {
  const { t } = useI18n();
  const { draft, setDraft } = useBuilder();
  const path = () => `rubric.${props.index}`;
  const weightField = useBuilderField({
    get path() {
      return `${path()}.weight`;
    },
  });
  const criterion = () => draft.rubric[props.index]!;
  const name = () => t('builder.criterion.legend', { n: props.index + 1 });
  return (
    <li class="builder-item">
      <fieldset class="builder-item__fieldset">
        <legend class="builder-item__legend">{name()}</legend>
        <div class="builder-pair">
          <BuilderTextField
            path={`${path()}.id`}
            label={t('builder.criterion.id')}
            hint={t('builder.question.idHint')}
            value={criterion().id}
            onInput={(v) => setDraft('rubric', props.index, 'id', v.toLowerCase())}
            size="medium"
            maxLength={40}
          />
          <Field {...weightField} label={t('builder.criterion.weight')} hint={t('builder.criterion.weightHint')}>
            {(control) => (
              <select
                id={control.id}
                class="form-input form-input--short"
                aria-describedby={control.describedBy}
                aria-invalid={control.invalid}
                value={String(criterion().weight)}
                onChange={(e) => setDraft('rubric', props.index, 'weight', Number(e.currentTarget.value))}
              >
                <For each={WEIGHTS}>{(weight) => <option value={String(weight)}>{weight}</option>}</For>
              </select>
            )}
          </Field>
        </div>
        <BilingualField
          path={`${path()}.label`}
          label={t('builder.criterion.label')}
          value={criterion().label}
          onInput={(l, v) => setDraft('rubric', props.index, 'label', l, v)}
          maxLength={200}
        />
        <BilingualField
          path={`${path()}.description`}
          label={t('builder.criterion.description')}
          value={criterion().description}
          onInput={(l, v) => setDraft('rubric', props.index, 'description', l, v)}
          multiline
          maxLength={2000}
        />
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

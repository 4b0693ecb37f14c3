import { For } from 'solid-js';
import { useI18n } from '../../i18n';
import { BilingualField } from './bilingual-field';
import { describedBy, FieldMessages } from '../../ui/field';
import { useBuilderField } from './use-builder-field';
import { BuilderTextField } from './builder-fields';
import { useBuilder } from './builder-state';
import { fieldId } from './field-paths';
import { ItemControls } from './item-controls';
import { createListEditor } from './list-editor';

/** The answers a "choice" question offers (at least two): a stored value and its wording in both languages. */
export function ChoiceOptions(props: { questionIndex: number }) {
  const { t } = useI18n();
  const { draft, setDraft } = useBuilder();
  const path = () => `questions.${props.questionIndex}.options`;
  const options = () => draft.questions[props.questionIndex]?.options ?? [];
  const field = useBuilderField({
    get path() {
      return path();
    },
  });
  const list = createListEditor({
    items: options,
    set: (next) => setDraft('questions', props.questionIndex, 'options', next),
    create: () => ({ value: '', label: { fr: '', en: '' } }),
    firstFieldId: (index) => fieldId(`${path()}.${index}.value`),
    moveButtonId: (index, direction) => `${fieldId(`${path()}.${index}`)}-${direction}`,
    addButtonId: `${fieldId(path())}-add`,
    said: {
      added: (n) => t('builder.option.added', { n }),
      removed: (n) => t('builder.option.removed', { n }),
      moved: (n) => t('builder.option.moved', { n }),
    },
  });
  return (
    <fieldset
      id={field.id}
      tabindex="-1"
      class="form-field form-group builder-options"
      classList={{ 'form-field--error': !!field.error }}
      aria-describedby={describedBy(`${field.id}-hint`, field.error && `${field.id}-error`)}
    >
      <legend class="form-field__label">{t('builder.options.legend')}</legend>
      <FieldMessages id={field.id} hint={t('builder.options.hint')} error={field.error} />
      <ol class="builder-items builder-items--compact">
        <For each={options()}>
          {(_, index) => {
            const optionPath = () => `${path()}.${index()}`;
            const name = () => t('builder.option.legend', { n: index() + 1 });
            const itemName = () => t('builder.option.itemName', { n: index() + 1, question: props.questionIndex + 1 });
            return (
              <li class="builder-item builder-item--compact">
                <fieldset class="builder-item__fieldset">
                  <legend class="builder-item__legend">{name()}</legend>
                  <BuilderTextField
                    path={`${optionPath()}.value`}
                    label={t('builder.option.value')}
                    value={options()[index()]?.value ?? ''}
                    onInput={(v) => setDraft('questions', props.questionIndex, 'options', index(), 'value', v)}
                    size="medium"
                    maxLength={60}
                  />
                  <BilingualField
                    path={`${optionPath()}.label`}
                    label={t('builder.option.label')}
                    value={options()[index()]?.label ?? { fr: '', en: '' }}
                    onInput={(l, v) => setDraft('questions', props.questionIndex, 'options', index(), 'label', l, v)}
                    maxLength={200}
                  />
                  <ItemControls
                    baseId={fieldId(optionPath())}
                    index={index()}
                    count={options().length}
                    itemName={itemName()}
                    onMove={(d) => list.move(index(), d)}
                    onRemove={() => list.remove(index())}
                  />
                </fieldset>
              </li>
            );
          }}
        </For>
      </ol>
      <button id={`${fieldId(path())}-add`} type="button" class="button button--secondary button--small" onClick={() => list.add()}>
        {t('builder.options.add')}
      </button>
      <p class="visually-hidden" aria-live="polite">
        {list.announcement()}
      </p>
    </fieldset>
  );
}

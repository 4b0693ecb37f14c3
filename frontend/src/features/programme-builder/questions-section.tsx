import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { useBuilder } from './builder-state';
import { describedBy, FieldMessages } from '../../ui/field';
import { useBuilderField } from './use-builder-field';
import { fieldId } from './field-paths';
import { createListEditor } from './list-editor';
import { newQuestion } from './program-draft';
import { QuestionEditor } from './question-editor';

/** The programme's own questions, asked after the common steps of the application form, in the order set here. */
export function QuestionsSection() {
  const { t } = useI18n();
  const { draft, setDraft } = useBuilder();
  const field = useBuilderField({ path: 'questions' });
  const list = createListEditor({
    items: () => draft.questions,
    set: (next) => setDraft('questions', next),
    create: () => newQuestion(draft.questions.map((q) => q.id)),
    firstFieldId: (index) => fieldId(`questions.${index}.id`),
    moveButtonId: (index, direction) => `${fieldId(`questions.${index}`)}-${direction}`,
    addButtonId: 'pb-questions-add',
    said: {
      added: (n) => t('builder.question.added', { n }),
      removed: (n) => t('builder.question.removed', { n }),
      moved: (n) => t('builder.question.moved', { n }),
    },
  });
  return (
    <fieldset
      id={field.id}
      class="form-section builder-section"
      tabindex="-1"
      aria-describedby={describedBy(`${field.id}-hint`, field.error && `${field.id}-error`)}
    >
      <legend class="form-section__title">{t('builder.questions.legend')}</legend>
      <FieldMessages id={field.id} hint={t('builder.questions.hint')} error={field.error} />
      <Show when={draft.questions.length > 0} fallback={<p class="muted">{t('builder.questions.none')}</p>}>
        <ol class="builder-items">
          <For each={draft.questions}>
            {(_, index) => (
              <QuestionEditor
                index={index()}
                count={draft.questions.length}
                onMove={(d) => list.move(index(), d)}
                onRemove={() => list.remove(index())}
              />
            )}
          </For>
        </ol>
      </Show>
      <button id="pb-questions-add" type="button" class="button button--secondary" onClick={() => list.add()}>
        {t('builder.questions.add')}
      </button>
      <p class="visually-hidden" aria-live="polite">
        {list.announcement()}
      </p>
    </fieldset>
  );
}

import { For, Show } from 'solid-js';
import { SCORE_MAX, SCORE_MIN } from '../../../../functions/src/domain/scoring';
import { useI18n } from '../../i18n';
import { describedBy, FieldMessages } from '../../ui/field';
import { useBuilderField } from './use-builder-field';
import { useBuilder } from './builder-state';
import { CriterionEditor } from './criterion-editor';
import { fieldId } from './field-paths';
import { createListEditor } from './list-editor';
import { newCriterion } from './program-draft';

/** The rubric reviewers score (each criterion from 0 to 5) and the weights of the ranking's weighted average. */
export function RubricSection() {
  const { t } = useI18n();
  const { draft, setDraft } = useBuilder();
  const field = useBuilderField({ path: 'rubric' });
  const totalWeight = () => draft.rubric.reduce((sum, c) => sum + c.weight, 0);
  const list = createListEditor({
    items: () => draft.rubric,
    set: (next) => setDraft('rubric', next),
    create: () => newCriterion(draft.rubric.map((c) => c.id)),
    firstFieldId: (index) => fieldId(`rubric.${index}.id`),
    moveButtonId: (index, direction) => `${fieldId(`rubric.${index}`)}-${direction}`,
    addButtonId: 'pb-rubric-add',
    said: {
      added: (n) => t('builder.criterion.added', { n }),
      removed: (n) => t('builder.criterion.removed', { n }),
      moved: (n) => t('builder.criterion.moved', { n }),
    },
  });
  return (
    <fieldset
      id={field.id}
      tabindex="-1"
      class="form-section builder-section"
      aria-describedby={describedBy(`${field.id}-hint`, field.error && `${field.id}-error`)}
    >
      <legend class="form-section__title">{t('builder.rubric.legend')}</legend>
      <FieldMessages id={field.id} hint={t('builder.rubric.scale', { min: SCORE_MIN, max: SCORE_MAX })} error={field.error} />
      <Show when={draft.rubric.length > 0} fallback={<p class="muted">{t('builder.rubric.none')}</p>}>
        <ol class="builder-items">
          <For each={draft.rubric}>
            {(_, index) => (
              <CriterionEditor
                index={index()}
                count={draft.rubric.length}
                onMove={(d) => list.move(index(), d)}
                onRemove={() => list.remove(index())}
              />
            )}
          </For>
        </ol>
        <p class="builder-total">{t('builder.rubric.total', { total: totalWeight() })}</p>
      </Show>
      <button id="pb-rubric-add" type="button" class="button button--secondary" onClick={() => list.add()}>
        {t('builder.rubric.add')}
      </button>
      <p class="visually-hidden" aria-live="polite">
        {list.announcement()}
      </p>
    </fieldset>
  );
}

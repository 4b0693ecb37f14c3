import { For, Show } from 'solid-js';
import type { DocumentType } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { BilingualField } from './bilingual-field';
import { useBuilder } from './builder-state';
import { fieldId } from './field-paths';
import type { DocumentMode } from './program-draft';

const MODES: readonly DocumentMode[] = ['none', 'optional', 'required'];

/** One document type: not asked, optional or required, and, when asked, a help text for applicants. */
export function DocumentRequirementRow(props: { type: DocumentType }) {
  const { t } = useI18n();
  const { draft, setDraft } = useBuilder();
  const doc = () => draft.documents[props.type];
  const base = fieldId(`documents.${props.type}`);
  return (
    <li class="builder-doc">
      <fieldset class="builder-doc__fieldset">
        <legend class="builder-doc__name">{t(`document.${props.type}`)}</legend>
        <div class="builder-doc__modes">
          <For each={MODES}>
            {(mode) => (
              <div class="form-radio">
                <input
                  id={`${base}-${mode}`}
                  type="radio"
                  name={`${base}-mode`}
                  value={mode}
                  checked={doc().mode === mode}
                  onChange={() => setDraft('documents', props.type, 'mode', mode)}
                />
                <label for={`${base}-${mode}`}>{t(`builder.document.${mode}`)}</label>
              </div>
            )}
          </For>
        </div>
        <Show when={doc().mode !== 'none'}>
          <BilingualField
            path={`documents.${props.type}.help`}
            label={t('builder.document.help')}
            value={doc().help}
            onInput={(l, v) => setDraft('documents', props.type, 'help', l, v)}
            optional
            maxLength={500}
          />
        </Show>
      </fieldset>
    </li>
  );
}

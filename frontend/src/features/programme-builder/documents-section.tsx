import { For } from 'solid-js';
import { DOCUMENT_TYPES } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { BuilderTextField } from './builder-fields';
import { useBuilder } from './builder-state';
import { DocumentRequirementRow } from './document-requirement-row';
import { fieldId } from './field-paths';

/** The documents applicants upload, type by type, and the size limit of each file. */
export function DocumentsSection() {
  const { t } = useI18n();
  const { draft, setDraft } = useBuilder();
  return (
    <fieldset id={fieldId('documents')} tabindex="-1" class="form-section builder-section">
      <legend class="form-section__title">{t('builder.documents.legend')}</legend>
      <p class="form-section__intro">{t('builder.documents.intro')}</p>
      <ul class="builder-docs">
        <For each={DOCUMENT_TYPES}>{(type) => <DocumentRequirementRow type={type} />}</For>
      </ul>
      <BuilderTextField
        path="maxFileSizeBytes"
        label={t('builder.maxFileSize.label')}
        hint={t('builder.maxFileSize.hint')}
        value={draft.maxFileSizeMb}
        onInput={(v) => setDraft('maxFileSizeMb', v)}
        inputMode="decimal"
        size="short"
        maxLength={6}
      />
    </fieldset>
  );
}

import { useI18n } from '../../i18n';
import { BilingualField } from './bilingual-field';
import { useBuilder } from './builder-state';

/** The public texts of the call, in French (the reference) and English: title, summary for the list, full description. */
export function TextsSection() {
  const { t } = useI18n();
  const { draft, setDraft } = useBuilder();
  return (
    <fieldset class="form-section builder-section">
      <legend class="form-section__title">{t('builder.texts.legend')}</legend>
      <BilingualField
        path="title"
        label={t('builder.title.label')}
        value={draft.title}
        onInput={(l, v) => setDraft('title', l, v)}
        maxLength={200}
      />
      <BilingualField
        path="summary"
        label={t('builder.summary.label')}
        hint={t('builder.summary.hint')}
        value={draft.summary}
        onInput={(l, v) => setDraft('summary', l, v)}
        multiline
      />
      <BilingualField
        path="description"
        label={t('builder.description.label')}
        hint={t('builder.description.hint')}
        value={draft.description}
        onInput={(l, v) => setDraft('description', l, v)}
        multiline
      />
    </fieldset>
  );
}

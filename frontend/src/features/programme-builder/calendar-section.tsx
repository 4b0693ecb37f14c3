import { useI18n } from '../../i18n';
import { useBuilder } from './builder-state';
import { BuilderDateField, BuilderMoneyField } from './builder-fields';

/** When applications may be filed (Paris time) and the money the call distributes in total. */
export function CalendarSection() {
  const { t } = useI18n();
  const { draft, setDraft } = useBuilder();
  return (
    <fieldset class="form-section builder-section">
      <legend class="form-section__title">{t('builder.calendar.legend')}</legend>
      <BuilderDateField
        path="opensAt"
        legend={t('builder.opens.label')}
        value={draft.opens}
        onChange={(value) => setDraft('opens', value)}
      />
      <BuilderDateField
        path="closesAt"
        legend={t('builder.closes.label')}
        hint={t('builder.closes.hint')}
        value={draft.closes}
        onChange={(value) => setDraft('closes', value)}
      />
      <BuilderMoneyField
        path="envelopeCents"
        label={t('builder.envelope.label')}
        hint={t('builder.envelope.hint')}
        value={draft.envelope}
        onInput={(value) => setDraft('envelope', value)}
      />
    </fieldset>
  );
}

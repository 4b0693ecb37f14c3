import { Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { BuilderTextField } from './builder-fields';
import { useBuilder } from './builder-state';

/**
 * What names the programme: its identifier (the address of its public page,
 * chosen once: links and applications point to it), the prefix of application
 * references, and the address applicants write to.
 */
export function IdentificationSection(props: { creating: boolean }) {
  const { t } = useI18n();
  const { draft, setDraft } = useBuilder();
  return (
    <fieldset class="form-section builder-section">
      <legend class="form-section__title">{t('builder.identification.legend')}</legend>
      <Show
        when={props.creating}
        fallback={
          <p class="builder-fixed">
            <span class="form-field__label">{t('builder.id.label')}</span>
            <code>{draft.id}</code> <span class="muted">{t('builder.id.fixed')}</span>
          </p>
        }
      >
        <BuilderTextField
          path="id"
          label={t('builder.id.label')}
          hint={t('builder.id.hint')}
          value={draft.id}
          onInput={(value) => setDraft('id', value.toLowerCase())}
          size="medium"
          maxLength={63}
        />
      </Show>
      <BuilderTextField
        path="referencePrefix"
        label={t('builder.prefix.label')}
        hint={t('builder.prefix.hint')}
        value={draft.referencePrefix}
        onInput={(value) => setDraft('referencePrefix', value.toUpperCase())}
        size="short"
        maxLength={8}
      />
      <BuilderTextField
        path="contactEmail"
        label={t('builder.contact.label')}
        hint={t('builder.contact.hint')}
        type="email"
        inputMode="email"
        value={draft.contactEmail}
        onInput={(value) => setDraft('contactEmail', value)}
        size="medium"
        maxLength={254}
      />
    </fieldset>
  );
}

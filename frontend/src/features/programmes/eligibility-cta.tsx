import { Show } from 'solid-js';
import type { Program } from '../../../../functions/src/domain/program';
import { isOpen } from '../../../../functions/src/domain/program-window';
import { useI18n } from '../../i18n';

/**
 * The way into the journey from a programme page, offered only while the call
 * accepts applications: a closed call would lead to a verdict nobody can act on.
 */
export function EligibilityCta(props: { program: Program }) {
  const { t } = useI18n();
  return (
    <Show when={isOpen(props.program, new Date())}>
      <div class="cta">
        <a class="button button--large" href={`/programmes/${encodeURIComponent(props.program.id)}/eligibilite`}>
          {t('elig.cta')}
        </a>
        <p class="cta__note">{t('elig.ctaNote')}</p>
      </div>
    </Show>
  );
}

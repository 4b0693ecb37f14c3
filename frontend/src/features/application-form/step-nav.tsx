/**
 * "Étape précédente" / "Étape suivante" at the foot of each step. "Suivante" is
 * the step form's submit button, so Enter in a field moves on as well.
 */
import { Show } from 'solid-js';
import { STEP_IDS, type StepId } from '../../../../functions/src/domain/application';
import { useI18n } from '../../i18n';

/** No "suivante" on the last step: submitting is its own, explicit action. */
export function StepNav(props: { step: StepId; onGo: (step: StepId) => void }) {
  const { t } = useI18n();
  const index = () => STEP_IDS.indexOf(props.step);
  const previous = () => STEP_IDS[index() - 1];
  return (
    <div class="form-nav">
      <Show when={previous()}>
        {(step) => (
          <button type="button" class="button button--secondary" onClick={() => props.onGo(step())}>
            {t('form.nav.previous')}
          </button>
        )}
      </Show>
      <Show when={index() < STEP_IDS.length - 1}>
        <button type="submit" class="button form-nav__next">
          {t('form.nav.next')}
        </button>
      </Show>
    </div>
  );
}

/**
 * The error summary of the step on screen: after "Étape suivante" (the step's own
 * errors, with a way to continue anyway) or after a refused submission (the
 * server's list, across steps).
 */
import { Show } from 'solid-js';
import type { StepId } from '../../../../functions/src/domain/application';
import type { FieldError } from '../../../../functions/src/domain/errors';
import { useI18n } from '../../i18n';
import { ErrorSummary } from './error-summary';

/** Renders nothing until there is something to correct. */
export function StepErrors(props: {
  kind: 'step' | 'submit' | null;
  errors: FieldError[];
  focusKey: number;
  step: StepId;
  onContinue: (() => void) | undefined;
}) {
  const { t } = useI18n();
  return (
    <Show when={props.kind && props.errors.length > 0}>
      <ErrorSummary
        title={props.kind === 'submit' ? t('form.summary.submitTitle') : t('form.summary.title')}
        errors={props.errors}
        focusKey={props.focusKey}
        currentStep={props.step}
      >
        <Show when={props.kind === 'step' && props.onContinue}>
          {(onContinue) => (
            <p class="form-errors__continue">
              <button type="button" class="button button--secondary" onClick={() => onContinue()()}>
                {t('form.summary.continue')}
              </button>
            </p>
          )}
        </Show>
      </ErrorSummary>
    </Show>
  );
}

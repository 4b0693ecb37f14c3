/**
 * The error summary of the step on screen: after "Étape suivante" (the step's own
 * errors, with a way to continue anyway) or after a refused submission (the
 * server's list, across steps).
 */
import { Show } from 'solid-js';
import type { StepId } from '../../../../functions/src/domain/application';
import type { FieldError } from '../../../../functions/src/domain/errors';
import { useI18n } from '../../i18n';
import { ErrorSummary } from '../../ui/error-summary';
import { useForm } from './form-context';
import { errorText, fieldId, stepOfPath } from './form-paths';

/** Renders nothing until there is something to correct. */
export function StepErrors(props: {
  kind: 'step' | 'submit' | null;
  errors: FieldError[];
  focusKey: number;
  step: StepId;
  onContinue: (() => void) | undefined;
}) {
  const form = useForm();
  const i18n = useI18n();
  const { t } = i18n;
  // A link to a field of the step on screen stays in the page; one to another step opens that step at the field.
  const problems = () =>
    props.errors.map((error) => {
      const step = stepOfPath(error.path);
      const id = fieldId(error.path);
      return {
        fieldId: id,
        message: errorText(error, form.program, i18n),
        href: step && step !== props.step ? `/demandes/${form.applicationId}/modifier/${step}#${id}` : undefined,
      };
    });
  return (
    <Show when={props.kind && props.errors.length > 0}>
      <ErrorSummary
        title={props.kind === 'submit' ? t('form.summary.submitTitle') : t('form.summary.title')}
        id="form-errors"
        problems={problems()}
        focusKey={props.focusKey}
      >
        <Show when={props.kind === 'step' && props.onContinue}>
          {(onContinue) => (
            <p class="error-summary__continue">
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

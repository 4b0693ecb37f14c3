/**
 * The check before submitting: every step with its state, each thing still missing
 * as a link straight to the field, and what the step says, read-only, with a
 * "Modifier" link to it. It runs the same `checkSubmission` as the API, so
 * eligibility problems show here first.
 */
import { For, Show } from 'solid-js';
import { STEP_IDS, type StepId } from '../../../../../functions/src/domain/application';
import type { FieldError } from '../../../../../functions/src/domain/errors';
import { useI18n } from '../../../i18n';
import { focusById } from '../form-focus';
import { errorText, fieldId, stepNumber, stepOfPath } from '../form-paths';
import { useForm } from '../form-context';
import { ReviewContent } from './review-content';

/** `errors` is the submission check's list; errors not tied to a step (the programme closed) are shown above it. */
export function ReviewList(props: { errors: FieldError[] }) {
  const form = useForm();
  const i18n = useI18n();
  const { t } = i18n;
  const errorsOf = (step: StepId) => props.errors.filter((error) => stepOfPath(error.path) === step);
  const general = () => props.errors.filter((error) => stepOfPath(error.path) === null);
  /** Errors of this very step (the sworn statement) stay in the page; others open their step at the field. */
  const href = (step: StepId, path?: string) => {
    const anchor = path ? `#${fieldId(path)}` : '';
    return step === 'declaration' && anchor ? anchor : `/demandes/${form.applicationId}/modifier/${step}${anchor}`;
  };
  const jump = (event: MouseEvent, step: StepId, path: string) => {
    if (step !== 'declaration') return;
    event.preventDefault();
    focusById(fieldId(path));
  };
  return (
    <>
      <For each={general()}>{(error) => <p class="alert alert--error">{error.message[i18n.locale()]}</p>}</For>
      <ol class="form-review">
        <For each={STEP_IDS}>
          {(step) => (
            <li class="form-review__step">
              <p class="form-review__head">
                <span class="form-review__name">
                  {stepNumber(step)}. {t(`form.step.${step}`)}
                </span>
                <span class={`form-tag ${errorsOf(step).length === 0 ? 'form-tag--ok' : 'form-tag--todo'}`}>
                  {errorsOf(step).length === 0
                    ? t('form.review.ok')
                    : t(errorsOf(step).length === 1 ? 'form.review.todoOne' : 'form.review.todo', { count: errorsOf(step).length })}
                </span>
                <Show when={step !== 'declaration'}>
                  <a class="form-review__edit" href={href(step)}>
                    {t('form.review.edit')}
                    <span class="visually-hidden"> — {t(`form.step.${step}`)}</span>
                  </a>
                </Show>
              </p>
              <Show when={errorsOf(step).length > 0}>
                <ul class="form-review__errors">
                  <For each={errorsOf(step)}>
                    {(error) => (
                      <li>
                        <a href={href(step, error.path)} onClick={(event) => jump(event, step, error.path)}>
                          {errorText(error, form.program, i18n)}
                        </a>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={step !== 'declaration'}>
                <ReviewContent step={step} />
              </Show>
            </li>
          )}
        </For>
      </ol>
    </>
  );
}

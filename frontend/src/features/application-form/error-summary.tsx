/**
 * The error list at the top of a step. It takes focus when it appears (and again
 * each time the applicant asks to move on), so a screen reader reads it at once;
 * each error links to its field, which the link focuses.
 */
import { createEffect, For, on, type JSX } from 'solid-js';
import type { FieldError } from '../../../../functions/src/domain/errors';
import { useI18n } from '../../i18n';
import { focusById } from './form-focus';
import { errorText, fieldId, stepOfPath } from './form-paths';
import { useForm } from './form-context';

/** `role="alert"` and `tabindex="-1"`: announced when it appears, and focusable by script. */
export function ErrorSummary(props: {
  title: string;
  errors: FieldError[];
  /** Changes each time focus must come back to the summary. */
  focusKey: number;
  /** The step on screen: links to its fields stay in the page, others open their step. */
  currentStep: string;
  children?: JSX.Element;
}) {
  const form = useForm();
  const i18n = useI18n();
  let box: HTMLDivElement | undefined;
  createEffect(on(() => props.focusKey, () => box?.focus()));
  const href = (path: string) => {
    const step = stepOfPath(path);
    const anchor = `#${fieldId(path)}`;
    return step && step !== props.currentStep ? `/demandes/${form.applicationId}/modifier/${step}${anchor}` : anchor;
  };
  const jump = (event: MouseEvent, path: string) => {
    const step = stepOfPath(path);
    if (step && step !== props.currentStep) return;
    event.preventDefault();
    focusById(fieldId(path));
  };
  return (
    <div ref={box} class="form-errors" role="alert" tabindex="-1" aria-labelledby="form-errors-title">
      <h2 id="form-errors-title" class="form-errors__title">
        {props.title}
      </h2>
      <ul class="form-errors__list">
        <For each={props.errors}>
          {(error) => (
            <li>
              <a href={href(error.path)} onClick={(event) => jump(event, error.path)}>
                {errorText(error, form.program, i18n)}
              </a>
            </li>
          )}
        </For>
      </ul>
      {props.children}
    </div>
  );
}

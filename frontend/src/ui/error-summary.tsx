import { createEffect, For, on, Show, type JSX } from 'solid-js';
import { useUiText } from './use-ui-text';

/** One thing to fix: the id of the field concerned and the message, already in the reader's language. */
export interface FormProblem {
  fieldId: string;
  message: string;
  /** Where the link goes when the field is elsewhere (another step); defaults to `#fieldId`. */
  href?: string | undefined;
}

/**
 * The problems of a form, listed above it as GOV.UK and the DSFR do: announced
 * at once (`role="alert"`), focused so a keyboard user starts from it, each
 * linking to its field, which the link focuses. Use it on every form that can
 * refuse a submission. `focusKey` changes on every failed try, so a second
 * failure brings focus back here too.
 */
export function ErrorSummary(props: {
  problems: readonly FormProblem[];
  focusKey: number;
  title?: string | undefined;
  /** Makes the heading's id unique when a page holds two summaries. */
  id?: string | undefined;
  children?: JSX.Element;
}) {
  const text = useUiText();
  const titleId = () => `${props.id ?? 'error-summary'}-title`;
  let box: HTMLDivElement | undefined;
  createEffect(
    on(
      () => props.focusKey,
      () => {
        if (props.problems.length === 0) return;
        const current = box as HTMLDivElement | undefined;
        if (current) current.focus();
        else requestAnimationFrame(() => box?.focus());
      },
    ),
  );
  const follow = (event: MouseEvent, problem: FormProblem) => {
    if (problem.href && problem.href !== `#${problem.fieldId}`) return;
    event.preventDefault();
    const field = document.getElementById(problem.fieldId);
    if (!field) return;
    // A section or a heading named by a problem becomes focusable, so the reader lands there.
    if (!field.matches('input, select, textarea, button, a[href], [tabindex]')) field.setAttribute('tabindex', '-1');
    field.focus({ preventScroll: true });
    field.scrollIntoView?.({ block: 'center' });
  };
  return (
    <Show when={props.problems.length > 0}>
      <div ref={box} class="error-summary" role="alert" tabindex="-1" aria-labelledby={titleId()}>
        <h2 id={titleId()} class="error-summary__title">
          {props.title ?? text('ui.errorSummary')}
        </h2>
        <ul class="error-summary__list">
          <For each={props.problems}>
            {(problem) => (
              <li>
                <a href={problem.href ?? `#${problem.fieldId}`} onClick={(event) => follow(event, problem)}>
                  {problem.message}
                </a>
              </li>
            )}
          </For>
        </ul>
        {props.children}
      </div>
    </Show>
  );
}

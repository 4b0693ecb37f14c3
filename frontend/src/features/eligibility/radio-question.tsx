import { For, Show } from 'solid-js';
import { describedBy, FieldError } from '../../ui/field';

/** One choice: its value, its label and an optional one-line explanation. */
export type RadioChoice<T extends string> = { value: T; label: string; hint?: string };

type Props<T extends string> = {
  /** Prefix of the radios' ids; the first radio's id is `${id}-${first value}`, where the error summary links. */
  id: string;
  question: string;
  hint?: string;
  choices: RadioChoice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  error: string | undefined;
};

/**
 * A single-choice question as a fieldset whose legend is the step's heading: the
 * question is announced with each radio, and it is what focus lands on when the
 * step appears. Hints hang on each radio through `aria-describedby`.
 */
export function RadioQuestion<T extends string>(props: Props<T>) {
  const errorId = `${props.id}-error`;
  const hintId = `${props.id}-hint`;
  return (
    <fieldset class="question" aria-describedby={describedBy(props.hint && hintId, props.error && errorId)}>
      <legend class="question__legend">
        <h2 id="wizard-heading" class="question__heading" tabindex="-1">
          {props.question}
        </h2>
      </legend>
      <Show when={props.hint}>
        <p id={hintId} class="hint">
          {props.hint}
        </p>
      </Show>
      <FieldError id={errorId} message={props.error} />
      <div class="radio-list">
        <For each={props.choices}>
          {(choice) => {
            const id = `${props.id}-${choice.value}`;
            return (
              <div class="radio">
                <input
                  id={id}
                  type="radio"
                  name={props.id}
                  value={choice.value}
                  checked={props.value === choice.value}
                  aria-describedby={choice.hint ? `${id}-hint` : undefined}
                  aria-invalid={props.error ? true : undefined}
                  onChange={() => props.onChange(choice.value)}
                />
                <label for={id}>{choice.label}</label>
                <Show when={choice.hint}>
                  <p id={`${id}-hint`} class="radio__hint">
                    {choice.hint}
                  </p>
                </Show>
              </div>
            );
          }}
        </For>
      </div>
    </fieldset>
  );
}

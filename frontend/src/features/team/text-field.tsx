import { Show } from 'solid-js';
import { describedBy, FieldError } from '../../components/error-summary';

/**
 * A labelled text input with its hint and its error, tied together with
 * `aria-describedby` and `aria-invalid`, on the journey's field styles.
 */
export function TextField(props: {
  id: string;
  label: string;
  type: 'text' | 'email';
  value: string;
  onInput: (value: string) => void;
  error: string | undefined;
  hint?: string;
  autocomplete?: string;
  ref?: (element: HTMLInputElement) => void;
}) {
  return (
    <div class="field team-field">
      <label class="label" for={props.id}>
        {props.label}
      </label>
      <Show when={props.hint}>
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      </Show>
      <FieldError id={`${props.id}-error`} message={props.error} />
      <input
        ref={props.ref}
        id={props.id}
        class="input"
        type={props.type}
        value={props.value}
        autocomplete={props.autocomplete ?? 'off'}
        spellcheck={false}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.hint && `${props.id}-hint`, props.error && `${props.id}-error`)}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}

/**
 * The pieces of the field frame, for controls that lay themselves out (a
 * checkbox with its label beside it, a section holding a list of controls):
 * the "(obligatoire)" marker, the error line, hint and error together, and the
 * `aria-describedby` joiner. Prefer `Field` and the kit's inputs.
 */
import { Show, type JSX } from 'solid-js';
import { useUiText } from './use-ui-text';

/** "(obligatoire)" / "(facultatif)" after a label or a legend. */
export function FieldMarker(props: { marker: 'required' | 'optional' | undefined }) {
  const text = useUiText();
  return (
    <Show when={props.marker}>
      {(marker) => <span class="form-field__required"> {text(marker() === 'required' ? 'ui.required' : 'ui.optional')}</span>}
    </Show>
  );
}

/** The message under a field, with a hidden "Erreur :" so screen readers say what kind of text follows. */
export function FieldError(props: { id: string; message: string | undefined; role?: 'alert' | undefined }) {
  const text = useUiText();
  return (
    <Show when={props.message}>
      <p class="form-field__error" id={props.id} role={props.role}>
        <span class="visually-hidden">{text('ui.errorPrefix')} </span>
        {props.message}
      </p>
    </Show>
  );
}

/**
 * The hint and the error of the field `id`, with the ids its control names: for
 * a section that holds several controls of its own (a list of questions).
 */
export function FieldMessages(props: {
  id: string;
  hint?: JSX.Element | undefined;
  error?: string | undefined;
  live?: boolean | undefined;
}) {
  return (
    <>
      <Show when={props.hint}>
        <p class="form-field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.live} fallback={<FieldError id={`${props.id}-error`} message={props.error} />}>
        <div aria-live="polite">
          <FieldError id={`${props.id}-error`} message={props.error} />
        </div>
      </Show>
    </>
  );
}

/** Joins the ids a control is described by, dropping the absent ones; undefined when none remain. */
export function describedBy(...ids: (string | false | undefined | null | 0)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}

import { createSignal, createUniqueId, Show, type JSX } from 'solid-js';
import './action-disclosure.css';

/**
 * A staff action that needs a form (a reason, an amount) behind its button: the
 * button says whether the form is open (`aria-expanded`), and closing the form
 * brings focus back to the button, so a keyboard user never lands nowhere.
 */
export function ActionDisclosure(props: { label: string; danger?: boolean; children: (close: () => void) => JSX.Element }) {
  const [open, setOpen] = createSignal(false);
  const id = createUniqueId();
  let button: HTMLButtonElement | undefined;
  const close = () => {
    setOpen(false);
    button?.focus();
  };
  return (
    <div class="action-disclosure">
      <button
        ref={button}
        type="button"
        class={props.danger ? 'button button--secondary button--danger' : 'button button--secondary'}
        aria-expanded={open()}
        aria-controls={open() ? `disclosure-${id}` : undefined}
        onClick={() => setOpen(!open())}
      >
        {props.label}
      </button>
      <Show when={open()}>
        <div id={`disclosure-${id}`} class="action-disclosure__body">
          {props.children(close)}
        </div>
      </Show>
    </div>
  );
}

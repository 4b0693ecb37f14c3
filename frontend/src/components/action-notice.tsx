import { createSignal, Show } from 'solid-js';
import './action-notice.css';

/**
 * The confirmation after a staff action ("Demande accordée.", "3 attributions
 * ajoutées…"). The live region is always in the page, so the new text is
 * announced; focus then moves to it, since the button that was pressed may have
 * disappeared with the action.
 */
export function createNotice() {
  const [message, setMessage] = createSignal<string>();
  let box: HTMLDivElement | undefined;
  const show = (text: string) => {
    setMessage(text);
    box?.focus();
  };
  const clear = () => setMessage(undefined);
  function Notice() {
    return (
      <div ref={box} class="action-notice" role="status" tabindex="-1">
        <Show when={message()}>
          <p class="callout callout--success">
            <span aria-hidden="true">✓ </span>
            {message()}
          </p>
        </Show>
      </div>
    );
  }
  return { show, clear, Notice };
}

import { createEffect, Show, type JSX } from 'solid-js';
import { useUiText } from './use-ui-text';

/** What the owner of a dialog can do with it. */
export interface DialogControl {
  open: () => void;
  close: () => void;
}

/**
 * A modal question before a step that cannot be undone (withdraw, deactivate,
 * transmit). Focus starts on "Annuler" (the harmless answer), Escape closes it
 * unless the request is on its way, an API refusal shows inside it where the
 * person acted, and focus goes back to what opened it when it closes. Open it
 * with `control` or drive it with `open`. Not for information a reader may want
 * beside the page: put that in the page.
 */
export function Dialog(props: {
  id: string;
  title: string;
  children: JSX.Element;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  control?: (control: DialogControl) => void;
  open?: boolean | undefined;
  /** After the dialog closed and focus went back (Escape, "Annuler", or the owner closing it). */
  onClose?: (() => void) | undefined;
  error?: string | undefined;
  danger?: boolean | undefined;
  /** Shown on the confirm button while `pending`; defaults to "Envoi en cours…". */
  pendingLabel?: string | undefined;
  cancelLabel?: string | undefined;
}) {
  const text = useUiText();
  let dialog: HTMLDialogElement | undefined;
  let cancel: HTMLButtonElement | undefined;
  let opener: Element | null = null;
  const open = () => {
    opener = document.activeElement;
    dialog?.showModal();
    cancel?.focus();
  };
  props.control?.({ open, close: () => dialog?.close() });
  createEffect(() => {
    if (props.open === undefined || !dialog) return;
    if (props.open && !dialog.open) open();
    else if (!props.open && dialog.open) dialog.close();
  });
  const closed = () => {
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    props.onClose?.();
  };
  return (
    <dialog
      ref={dialog}
      class={props.danger ? 'dialog' : 'dialog dialog--confirm'}
      aria-labelledby={`${props.id}-title`}
      aria-describedby={`${props.id}-text`}
      onClose={closed}
      onCancel={(event) => {
        if (props.pending) event.preventDefault();
      }}
    >
      <h2 id={`${props.id}-title`} class="dialog__title">
        {props.title}
      </h2>
      <div id={`${props.id}-text`}>{props.children}</div>
      <Show when={props.error}>
        <p class="form-field__error" role="alert">
          {props.error}
        </p>
      </Show>
      <div class="button-row">
        <button
          type="button"
          class={props.danger ? 'button button--danger' : 'button'}
          disabled={props.pending}
          onClick={() => props.onConfirm()}
        >
          <Show when={props.pending} fallback={props.confirmLabel}>
            {props.pendingLabel ?? text('ui.pending')}
          </Show>
        </button>
        <button ref={cancel} type="button" class="button button--secondary" disabled={props.pending} onClick={() => dialog?.close()}>
          {props.cancelLabel ?? text('ui.cancel')}
        </button>
      </div>
    </dialog>
  );
}

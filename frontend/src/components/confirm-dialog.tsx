import { Show, type JSX } from 'solid-js';
import { useI18n } from '../i18n';

/** What the owner of a dialog can do with it. */
export interface DialogControl {
  open: () => void;
  close: () => void;
}

/**
 * A modal question before a step that cannot be undone. Focus starts on
 * "Annuler" (the harmless answer), Escape closes it unless the request is on its
 * way, and focus goes back to the button that opened it when it closes without
 * the step being taken.
 */
export function ConfirmDialog(props: {
  id: string;
  title: string;
  children: JSX.Element;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  control: (control: DialogControl) => void;
}) {
  const { t } = useI18n();
  let dialog: HTMLDialogElement | undefined;
  let cancel: HTMLButtonElement | undefined;
  let opener: Element | null = null;
  props.control({
    open: () => {
      opener = document.activeElement;
      dialog?.showModal();
      cancel?.focus();
    },
    close: () => dialog?.close(),
  });
  const restoreFocus = () => {
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  };
  return (
    <dialog
      ref={dialog}
      class="dialog dialog--confirm"
      aria-labelledby={`${props.id}-title`}
      aria-describedby={`${props.id}-text`}
      onClose={restoreFocus}
      onCancel={(event) => {
        if (props.pending) event.preventDefault();
      }}
    >
      <h2 id={`${props.id}-title`} class="dialog__title">
        {props.title}
      </h2>
      <div id={`${props.id}-text`}>{props.children}</div>
      <div class="button-row">
        <button type="button" class="button" disabled={props.pending} onClick={() => props.onConfirm()}>
          <Show when={props.pending} fallback={props.confirmLabel}>
            {t('review.action.pending')}
          </Show>
        </button>
        <button ref={cancel} type="button" class="button button--secondary" disabled={props.pending} onClick={() => dialog?.close()}>
          {t('review.action.cancel')}
        </button>
      </div>
    </dialog>
  );
}

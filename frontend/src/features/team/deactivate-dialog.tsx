import { createEffect, createUniqueId, Show } from 'solid-js';
import { useI18n } from '../../i18n';

/**
 * The confirmation before deactivating an account, in a modal `<dialog>`: it
 * says that the person's sessions end at once. Focus starts on "Annuler" (the
 * harmless choice), Escape closes it unless the request is under way, and an
 * API refusal shows inside it so the manager reads it where they acted.
 */
export function DeactivateDialog(props: {
  name: string;
  open: boolean;
  pending: boolean;
  error: string | undefined;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  let dialog: HTMLDialogElement | undefined;
  let cancel: HTMLButtonElement | undefined;
  const titleId = `deactivate-${createUniqueId()}`;
  createEffect(() => {
    if (!dialog) return;
    if (props.open && !dialog.open) {
      dialog.showModal();
      cancel?.focus();
    } else if (!props.open && dialog.open) dialog.close();
  });
  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby={titleId}
      aria-describedby={`${titleId}-text`}
      onClose={() => props.onClose()}
      onCancel={(event) => {
        if (props.pending) event.preventDefault();
      }}
    >
      <h2 id={titleId} class="dialog__title">
        {t('team.deactivate.title', { name: props.name })}
      </h2>
      <p id={`${titleId}-text`}>{t('team.deactivate.text', { name: props.name })}</p>
      <Show when={props.error}>
        <p class="field-error" role="alert">
          {props.error}
        </p>
      </Show>
      <div class="button-row">
        <button type="button" class="button button--danger" disabled={props.pending} onClick={() => props.onConfirm()}>
          {props.pending ? t('team.deactivate.pending') : t('team.deactivate.confirm')}
        </button>
        <button ref={cancel} type="button" class="button button--secondary" disabled={props.pending} onClick={() => props.onClose()}>
          {t('team.deactivate.cancel')}
        </button>
      </div>
    </dialog>
  );
}

import { action, useAction, useSubmission } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { transitionApplication } from '../../lib/api';
import { focusMain } from '../../lib/focus-main';
import { problemMessage } from '../../lib/problem-message';

const withdrawApplication = action((applicationId: string) => transitionApplication(applicationId, 'withdraw'), 'application-withdraw');

/**
 * "Retirer ma demande" and its confirmation. Withdrawing cannot be undone, so it
 * takes a second, explicit answer in a modal `<dialog>`: focus starts on
 * "Annuler" (the harmless choice), Escape closes it, and focus returns to the
 * button that opened it, or to the page heading once that button is gone.
 */
export function WithdrawControl(props: { applicationId: string; onWithdrawn: () => void }) {
  const { locale, t } = useI18n();
  const withdraw = useAction(withdrawApplication);
  const submission = useSubmission(withdrawApplication);
  const [error, setError] = createSignal<string>();
  let dialog: HTMLDialogElement | undefined;
  let opener: HTMLButtonElement | undefined;
  let cancel: HTMLButtonElement | undefined;
  let withdrawn = false;
  const open = () => {
    setError(undefined);
    dialog?.showModal();
    cancel?.focus();
  };
  const confirm = async () => {
    setError(undefined);
    try {
      await withdraw(props.applicationId);
    } catch (failure) {
      setError(problemMessage(failure, locale(), t('status.unavailable')));
      return;
    }
    withdrawn = true;
    dialog?.close();
    props.onWithdrawn();
  };
  const restoreFocus = () => {
    if (!withdrawn && opener?.isConnected) opener.focus();
    else focusMain();
  };
  return (
    <>
      <button ref={opener} type="button" class="button button--secondary button--danger" onClick={open}>
        {t('app.withdraw')}
      </button>
      <dialog
        ref={dialog}
        class="dialog"
        aria-labelledby="withdraw-title"
        aria-describedby="withdraw-text"
        onClose={restoreFocus}
        onCancel={(event) => {
          if (submission.pending) event.preventDefault();
        }}
      >
        <h2 id="withdraw-title" class="dialog__title">
          {t('app.withdrawTitle')}
        </h2>
        <p id="withdraw-text">{t('app.withdrawText')}</p>
        <Show when={error()}>
          <p class="field-error" role="alert">
            {error()}
          </p>
        </Show>
        <div class="button-row">
          <button type="button" class="button button--danger" disabled={submission.pending} onClick={() => void confirm()}>
            {t('app.withdrawConfirm')}
          </button>
          <button ref={cancel} type="button" class="button button--secondary" disabled={submission.pending} onClick={() => dialog?.close()}>
            {t('app.withdrawCancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}

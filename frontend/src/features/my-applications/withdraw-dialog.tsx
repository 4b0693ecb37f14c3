import { action, useAction, useSubmission } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { useI18n } from '../../i18n';
import { transitionApplication } from '../../lib/api';
import { focusMain } from '../../lib/focus-main';
import { problemMessage } from '../../lib/problem-message';
import { Dialog, type DialogControl } from '../../ui/dialog';

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
  let dialog: DialogControl | undefined;
  let withdrawn = false;
  const open = () => {
    setError(undefined);
    dialog?.open();
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
  return (
    <>
      <button type="button" class="button button--secondary button--danger" onClick={open}>
        {t('app.withdraw')}
      </button>
      <Dialog
        id="withdraw"
        title={t('app.withdrawTitle')}
        control={(control) => (dialog = control)}
        pending={!!submission.pending}
        error={error()}
        danger
        confirmLabel={t('app.withdrawConfirm')}
        pendingLabel={t('app.withdrawConfirm')}
        cancelLabel={t('app.withdrawCancel')}
        onConfirm={() => void confirm()}
        onClose={() => {
          // The button that opened it is gone once the application is withdrawn: the page heading takes focus.
          if (withdrawn) focusMain();
        }}
      >
        <p>{t('app.withdrawText')}</p>
      </Dialog>
    </>
  );
}

import { action, useAction, useNavigate, useSubmission } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { useI18n } from '../../i18n';
import { ApiError, deleteAccount } from '../../lib/api';
import { problemMessage } from '../../lib/problem-message';
import { useSession } from '../../lib/session';
import { Dialog, type DialogControl } from '../../ui/dialog';
import { TextField } from '../../ui/text-field';
import { rememberClosedAccount } from './closed-notice';

const closeAccount = action((confirmEmail: string) => deleteAccount(confirmEmail), 'account-delete');

const FIELD_ID = 'delete-account-email';

/**
 * "Supprimer mon compte" and its confirmation. Closing an account cannot be undone,
 * so the dialog asks for the account's address, typed again; the API checks it
 * (a 400 on `body.confirmEmail` shows on the field). Once closed, the API has ended
 * the session: the SPA forgets the user and goes home, where the notice says what
 * was erased and what was kept.
 */
export function DeleteAccount(props: { email: string }) {
  const { locale, t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const close = useAction(closeAccount);
  const submission = useSubmission(closeAccount);
  const [typed, setTyped] = createSignal('');
  const [fieldError, setFieldError] = createSignal<string>();
  const [error, setError] = createSignal<string>();
  let dialog: DialogControl | undefined;
  let input: HTMLInputElement | undefined;
  const open = () => {
    setTyped('');
    setFieldError(undefined);
    setError(undefined);
    dialog?.open();
  };
  const refuse = (message: string) => {
    setFieldError(message);
    input?.focus();
  };
  const confirm = async () => {
    if (submission.pending) return;
    setFieldError(undefined);
    setError(undefined);
    const email = typed().trim();
    if (email === '') {
      refuse(t('myaccount.delete.emailMissing'));
      return;
    }
    let report: Awaited<ReturnType<typeof deleteAccount>>;
    try {
      report = await close(email);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 400)
        refuse(problemMessage(failure, locale(), t('myaccount.delete.emailWrong'), 'body.confirmEmail'));
      else setError(problemMessage(failure, locale(), t('status.unavailable')));
      return;
    }
    rememberClosedAccount(report);
    dialog?.close();
    session.forget();
    navigate('/', { replace: true });
  };
  return (
    <>
      <button type="button" class="button button--danger" onClick={open}>
        {t('myaccount.delete.button')}
      </button>
      <Dialog
        id="delete-account"
        title={t('myaccount.delete.dialogTitle')}
        control={(control) => (dialog = control)}
        pending={!!submission.pending}
        error={error()}
        danger
        confirmLabel={t('myaccount.delete.confirm')}
        pendingLabel={t('myaccount.delete.pending')}
        cancelLabel={t('myaccount.delete.cancel')}
        onConfirm={() => void confirm()}
      >
        <p>{t('myaccount.delete.dialogText')}</p>
        {/* Enter in the field confirms, as the button does. */}
        <form
          novalidate
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <TextField
            ref={(element) => (input = element)}
            id={FIELD_ID}
            label={t('myaccount.delete.confirmEmail')}
            hint={t('myaccount.delete.confirmEmailHint', { email: props.email })}
            error={fieldError()}
            type="email"
            name="confirmEmail"
            autocomplete="off"
            spellcheck={false}
            value={typed()}
            onInput={setTyped}
          />
        </form>
      </Dialog>
    </>
  );
}

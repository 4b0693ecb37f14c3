import { useAction, useSubmission } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import type { StaffUser } from '../../lib/staff-api';
import { problemMessage } from '../../lib/problem-message';
import { DeactivateDialog } from './deactivate-dialog';
import { updateStaffAction } from './team-actions';

/**
 * An account's status, written out, with "Désactiver" (after a confirmation,
 * since it signs the person out everywhere at once) or "Réactiver". The same
 * button changes its label, so focus comes back to it after either action.
 */
export function StatusControl(props: { user: StaffUser; onChanged: (user: StaffUser) => void }) {
  const { locale, t } = useI18n();
  const save = useAction(updateStaffAction);
  const submission = useSubmission(updateStaffAction, ([userId, changes]) => userId === props.user.id && changes.status !== undefined);
  const [confirming, setConfirming] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [done, setDone] = createSignal<string>();
  let button: HTMLButtonElement | undefined;
  const active = () => props.user.status === 'active';
  const change = async (status: 'active' | 'disabled') => {
    setError(undefined);
    setDone(undefined);
    try {
      const user = await save(props.user.id, { status });
      props.onChanged(user);
      setConfirming(false);
      setDone(t(status === 'active' ? 'team.reactivated' : 'team.deactivated', { name: user.displayName }));
      button?.focus();
    } catch (failure) {
      setError(problemMessage(failure, locale(), t('status.unavailable')));
    }
  };
  const act = () => {
    if (!active()) return void change('active');
    setDone(undefined);
    setError(undefined);
    setConfirming(true);
  };
  const close = () => {
    setConfirming(false);
    setError(undefined);
    button?.focus();
  };
  return (
    <div class="status-control">
      <span classList={{ 'account-status': true, 'account-status--disabled': !active() }}>{t(`team.status.${props.user.status}`)}</span>
      <button
        ref={button}
        type="button"
        class="button button--small"
        classList={{ 'button--secondary': true, 'button--danger': active() }}
        disabled={submission.pending}
        onClick={act}
      >
        {active() ? t('team.deactivate.open') : t('team.reactivate')}{' '}
        <span class="visually-hidden">{t('team.accountOf', { name: props.user.displayName })}</span>
      </button>
      <p class="status-control__done" role="status">
        {done()}
      </p>
      <Show when={error() && !confirming()}>
        <p class="form-field__error" role="alert">
          {error()}
        </p>
      </Show>
      <DeactivateDialog
        name={props.user.displayName}
        open={confirming()}
        pending={submission.pending ?? false}
        error={confirming() ? error() : undefined}
        onConfirm={() => void change('disabled')}
        onClose={close}
      />
    </div>
  );
}

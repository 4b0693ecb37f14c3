import { useAction, useSubmission } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import type { StaffUser } from '../../lib/staff-api';
import { problemMessage } from '../../lib/problem-message';
import { STAFF_ROLE_CHOICES, updateStaffAction, type StaffRole } from './team-actions';

/**
 * An account's role: a select and "Enregistrer". A new role ends the person's
 * sessions at once (the API revokes them), which the confirmation says. A
 * refusal (a manager demoting themselves) is shown under the control and the
 * choice stays as picked.
 */
export function RoleControl(props: { user: StaffUser; onChanged: (user: StaffUser) => void }) {
  const { locale, t } = useI18n();
  const save = useAction(updateStaffAction);
  const submission = useSubmission(updateStaffAction, ([userId, changes]) => userId === props.user.id && changes.role !== undefined);
  const [role, setRole] = createSignal<StaffRole>(props.user.role === 'manager' ? 'manager' : 'reviewer');
  const [saved, setSaved] = createSignal<string>();
  const [error, setError] = createSignal<string>();
  const id = () => `role-${props.user.id}`;
  let select: HTMLSelectElement | undefined;
  let button: HTMLButtonElement | undefined;
  const submit = async () => {
    setSaved(undefined);
    setError(undefined);
    try {
      const user = await save(props.user.id, { role: role() });
      props.onChanged(user);
      setSaved(t('team.roleSaved', { role: t(`team.role.${role()}`) }));
      // The button is disabled now the role is saved: keep the keyboard user on the select.
      select?.focus();
    } catch (failure) {
      setError(problemMessage(failure, locale(), t('status.unavailable')));
      button?.focus();
    }
  };
  return (
    <div class="role-control">
      <label class="visually-hidden" for={id()}>
        {t('team.roleOf', { name: props.user.displayName })}
      </label>
      <div class="role-control__row">
        <select
          ref={select}
          id={id()}
          class="input role-control__select"
          value={role()}
          onChange={(event) => setRole(event.currentTarget.value === 'manager' ? 'manager' : 'reviewer')}
        >
          <For each={STAFF_ROLE_CHOICES}>{(choice) => <option value={choice}>{t(`team.role.${choice}`)}</option>}</For>
        </select>
        <button
          ref={button}
          type="button"
          class="button button--secondary button--small"
          disabled={submission.pending || role() === props.user.role}
          onClick={() => void submit()}
        >
          {t('team.saveRole')}
          {' '}
          <span class="visually-hidden">{t('team.roleOfPerson', { name: props.user.displayName })}</span>
        </button>
      </div>
      <p class="role-control__saved" role="status">
        {saved()}
      </p>
      <Show when={error()}>
        <p class="field-error" role="alert">
          {error()}
        </p>
      </Show>
    </div>
  );
}

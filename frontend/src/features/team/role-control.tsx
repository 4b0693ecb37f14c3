import { useAction, useSubmission } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import type { StaffUser } from '../../lib/staff-api';
import { problemMessage } from '../../lib/problem-message';
import { Select } from '../../ui/select';
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
      <div class="role-control__row">
        <Select
          ref={(element) => (select = element)}
          id={id()}
          class="role-control__field"
          labelHidden
          label={t('team.roleOf', { name: props.user.displayName })}
          options={STAFF_ROLE_CHOICES.map((choice) => ({ value: choice, label: t(`team.role.${choice}`) }))}
          value={role()}
          placeholder={false}
          onValue={setRole}
        />
        <button
          ref={button}
          type="button"
          class="button button--secondary button--small"
          disabled={submission.pending || role() === props.user.role}
          onClick={() => void submit()}
        >
          {t('team.saveRole')} <span class="visually-hidden">{t('team.roleOfPerson', { name: props.user.displayName })}</span>
        </button>
      </div>
      <p class="role-control__saved" role="status">
        {saved()}
      </p>
      <Show when={error()}>
        <p class="form-field__error" role="alert">
          {error()}
        </p>
      </Show>
    </div>
  );
}

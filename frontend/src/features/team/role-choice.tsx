import { For } from 'solid-js';
import { useI18n } from '../../i18n';
import { STAFF_ROLE_CHOICES, type StaffRole } from './team-actions';

/** The invitee's role as two radios in a fieldset, each with what the role may do. */
export function RoleChoice(props: { value: StaffRole; onChange: (role: StaffRole) => void }) {
  const { t } = useI18n();
  return (
    <fieldset class="field team-roles">
      <legend class="label">{t('team.invite.role')}</legend>
      <div class="radio-list">
        <For each={STAFF_ROLE_CHOICES}>
          {(role) => (
            <div class="radio">
              <input
                id={`invite-role-${role}`}
                type="radio"
                name="invite-role"
                value={role}
                checked={props.value === role}
                aria-describedby={`invite-role-${role}-hint`}
                onChange={() => props.onChange(role)}
              />
              <label for={`invite-role-${role}`}>{t(`team.role.${role}`)}</label>
              <p id={`invite-role-${role}-hint`} class="radio__hint">
                {t(`team.roleHint.${role}`)}
              </p>
            </div>
          )}
        </For>
      </div>
    </fieldset>
  );
}

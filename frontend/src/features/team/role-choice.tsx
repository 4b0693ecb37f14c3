import { useI18n } from '../../i18n';
import { RadioGroup } from '../../ui/radio-group';
import { STAFF_ROLE_CHOICES, type StaffRole } from './team-actions';

/** The invitee's role as two radios in a fieldset, each with what the role may do. */
export function RoleChoice(props: { value: StaffRole; onChange: (role: StaffRole) => void }) {
  const { t } = useI18n();
  return (
    <RadioGroup
      id="invite-role"
      class="team-roles"
      idsByValue
      cards
      label={t('team.invite.role')}
      options={STAFF_ROLE_CHOICES.map((role) => ({ value: role, label: t(`team.role.${role}`), hint: t(`team.roleHint.${role}`) }))}
      value={props.value}
      onValue={(role) => props.onChange(role)}
    />
  );
}

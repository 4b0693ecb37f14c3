import { createSignal, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import type { StaffUser } from '../../lib/staff-api';
import { RoleControl } from './role-control';
import { StatusControl } from './status-control';
import { UserHistory } from './user-history';

/** An address that may wrap before its "@" rather than anywhere in the middle of a word. */
function EmailText(props: { email: string }) {
  const at = () => props.email.lastIndexOf('@');
  return (
    <Show when={at() > 0} fallback={props.email}>
      {props.email.slice(0, at())}
      <wbr />
      {props.email.slice(at())}
    </Show>
  );
}

/**
 * One account of the team: name, email, role and status with their controls,
 * and "Historique", a disclosure whose panel is the next table row. The history
 * loads on the first opening and stays loaded when folded again.
 */
export function StaffRow(props: {
  user: StaffUser;
  self: boolean;
  columns: Record<'name' | 'email' | 'role' | 'status' | 'history', string>;
  onChanged: (user: StaffUser) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = createSignal(false);
  const [opened, setOpened] = createSignal(false);
  const panelId = () => `history-${props.user.id}`;
  const toggle = () => {
    setOpened(true);
    setOpen(!open());
  };
  return (
    <>
      <tr classList={{ 'staff-row': true, 'staff-row--disabled': props.user.status === 'disabled' }}>
        <th scope="row" data-label={props.columns.name}>
          {props.user.displayName}
          <Show when={props.self}>
            <span class="staff-row__self"> {t('team.you')}</span>
          </Show>
        </th>
        <td data-label={props.columns.email} class="staff-row__email">
          <EmailText email={props.user.email} />
        </td>
        {/* A manager cannot lower or end their own rights (the API refuses it): their row says who can. */}
        <Show
          when={!props.self}
          fallback={
            <>
              <td data-label={props.columns.role}>{t(`team.role.${props.user.role}`)}</td>
              <td data-label={props.columns.status}>
                <span class="account-status">{t(`team.status.${props.user.status}`)}</span>
                <p class="muted">{t('team.selfHint')}</p>
              </td>
            </>
          }
        >
          <td data-label={props.columns.role}>
            <RoleControl user={props.user} onChanged={props.onChanged} />
          </td>
          <td data-label={props.columns.status}>
            <StatusControl user={props.user} onChanged={props.onChanged} />
          </td>
        </Show>
        <td data-label={props.columns.history}>
          <button type="button" class="link-button disclosure" aria-expanded={open()} aria-controls={panelId()} onClick={toggle}>
            {open() ? t('team.history.hide') : t('team.history.show')}{' '}
            <span class="visually-hidden">{t('team.ofPerson', { name: props.user.displayName })}</span>
          </button>
        </td>
      </tr>
      <tr class="staff-history-row" hidden={!open()}>
        <td id={panelId()} colSpan={5}>
          <Show when={opened()}>
            <UserHistory userId={props.user.id} name={props.user.displayName} />
          </Show>
        </td>
      </tr>
    </>
  );
}

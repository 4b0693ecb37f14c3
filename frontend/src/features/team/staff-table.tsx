import { For } from 'solid-js';
import { useI18n } from '../../i18n';
import { Table } from '../../ui/table';
import type { StaffUser } from '../../lib/staff-api';
import { StaffRow } from './staff-row';

/** The team as a table on a wide screen and as one card per person on a phone (same markup, see dashboard.css). */
export function StaffTable(props: { users: readonly StaffUser[]; selfId: string | undefined; onChanged: (user: StaffUser) => void }) {
  const { t } = useI18n();
  const columns = () => ({
    name: t('team.column.name'),
    email: t('team.column.email'),
    role: t('team.column.role'),
    status: t('team.column.status'),
    history: t('team.column.history'),
  });
  return (
    <Table class="data-table data-table--cards staff-table" caption={t('team.members')} captionHidden>
      <thead>
        <tr>
          <For each={Object.values(columns())}>{(name) => <th scope="col">{name}</th>}</For>
        </tr>
      </thead>
      <tbody>
        <For each={props.users}>
          {(user) => <StaffRow user={user} self={user.id === props.selfId} columns={columns()} onChanged={props.onChanged} />}
        </For>
      </tbody>
    </Table>
  );
}

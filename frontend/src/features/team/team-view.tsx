import { createEffect, createResource, Match, Switch } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import { useI18n } from '../../i18n';
import { useSession } from '../../lib/session';
import { listStaff, type StaffUser } from '../../lib/staff-api';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';
import { InviteForm } from './invite-form';
import { StaffTable } from './staff-table';
import './team.css';

/** Keeps the list sorted by email, as the API sends it, with `user` added or replaced. */
function upsert(list: readonly StaffUser[], user: StaffUser): StaffUser[] {
  const others = list.filter((other) => other.id !== user.id);
  return [...others, user].sort((a, b) => a.email.localeCompare(b.email));
}

/**
 * The team page's content: the invitation form, then every manager and reviewer
 * with their controls. Each account the API returns is merged by id into a
 * store, so the line shows what is stored without reloading the list, and the
 * line's controls (and the focus in them) survive the update.
 */
export function TeamView() {
  const { t } = useI18n();
  const { me } = useSession();
  const [staff, { refetch }] = createResource(listStaff);
  const [users, setUsers] = createStore<StaffUser[]>([]);
  createEffect(() => {
    if (staff.state === 'ready') setUsers(reconcile(staff(), { key: 'id' }));
  });
  const changed = (user: StaffUser) => setUsers(reconcile(upsert(unwrap(users), user), { key: 'id' }));
  return (
    <>
      <section class="team-section" aria-labelledby="team-invite-title">
        <h2 id="team-invite-title">{t('team.invite.title')}</h2>
        <p class="muted">{t('team.invite.intro')}</p>
        <InviteForm onInvited={changed} />
      </section>
      <section class="team-section" aria-labelledby="team-members-title">
        <h2 id="team-members-title">{t('team.members')}</h2>
        <Switch>
          <Match when={staff.error !== undefined}>
            <ErrorAlert title={t('team.loadError')} onRetry={() => void refetch()} />
          </Match>
          <Match when={staff.state === 'ready' || staff.state === 'refreshing'}>
            <StaffTable users={users} selfId={me()?.id} onChanged={changed} />
          </Match>
          <Match when={staff.loading}>
            <LoadingMessage />
          </Match>
        </Switch>
      </section>
    </>
  );
}

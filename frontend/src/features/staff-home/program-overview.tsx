import { createResource, For, Match, Show, Switch } from 'solid-js';
import type { ProgramStatus, ProgramSummary } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { useSession } from '../../lib/session';
import { listAllPrograms } from '../../lib/staff-api';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';
import { StaffProgramCard } from './staff-program-card';
import './staff-home.css';

/** Group order, as a manager works through a programme's life; spelled here so this page does not load zod. */
const GROUP_ORDER: readonly ProgramStatus[] = ['draft', 'published', 'closed'];

const GROUP_TITLES = {
  draft: 'staffHome.group.draft',
  published: 'staffHome.group.published',
  closed: 'staffHome.group.closed',
} as const satisfies Record<ProgramStatus, string>;

/** The programmes of one status, most recent opening first. */
function inStatus(programs: readonly ProgramSummary[], status: ProgramStatus): ProgramSummary[] {
  return programs.filter((program) => program.status === status).sort((a, b) => b.opensAt.localeCompare(a.opensAt));
}

/**
 * Every programme the signed-in staff member may work on, grouped by status
 * (managers see drafts too). Empty groups are left out; an empty list says
 * what to do next.
 */
export function ProgramOverview() {
  const { t } = useI18n();
  const { me } = useSession();
  const manager = () => me()?.role === 'manager';
  const [programs, { refetch }] = createResource(listAllPrograms);
  const groups = () => {
    const list = programs.state === 'ready' ? programs() : [];
    return GROUP_ORDER.map((status) => ({ status, items: inStatus(list, status) })).filter((group) => group.items.length > 0);
  };
  return (
    <Switch>
      <Match when={programs.loading}>
        <LoadingMessage />
      </Match>
      <Match when={programs.error !== undefined}>
        <ErrorAlert title={t('staffHome.loadError')} onRetry={() => void refetch()} />
      </Match>
      <Match when={programs.state === 'ready'}>
        <Show
          when={groups().length > 0}
          fallback={<p class="empty-state">{manager() ? t('staffHome.emptyManager') : t('staffHome.emptyReviewer')}</p>}
        >
          <For each={groups()}>
            {(group) => (
              <section class="staff-group" aria-labelledby={`staff-group-${group.status}`}>
                <h2 id={`staff-group-${group.status}`}>
                  {t(GROUP_TITLES[group.status])} <span class="staff-group__count">({group.items.length})</span>
                </h2>
                <ul class="staff-program-list">
                  <For each={group.items}>
                    {(program) => (
                      <li>
                        <StaffProgramCard program={program} manager={manager()} />
                      </li>
                    )}
                  </For>
                </ul>
              </section>
            )}
          </For>
        </Show>
      </Match>
    </Switch>
  );
}

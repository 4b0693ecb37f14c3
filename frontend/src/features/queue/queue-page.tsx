import { useSearchParams } from '@solidjs/router';
import { type Component, createSignal, Show } from 'solid-js';
import type { Program } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { ProgramLoader } from '../../components/program-loader';
import { createNotice } from '../../components/action-notice';
import { parseQueueSort, parseQueueStatus, QueueFilters } from './queue-filters';
import { QueueResults } from './queue-results';
import { REVIEWABLE_STATUSES } from '../../lib/review-format';
import { useQueue } from './use-queue';
import './queue.css';

/**
 * A programme's files for staff. The filter and sort live in the address
 * (`?statut=…&tri=…`), so a reload, the back button or a shared link keeps them.
 * Managers also reach the dashboard and the programme's settings from here, and
 * give files out while the status shown is one that can still be reviewed.
 */
function QueueContent(props: { program: Program; manager: boolean; assignmentTools: AssignmentToolsSlot }) {
  const { locale, t } = useI18n();
  const [params, setParams] = useSearchParams<{ statut?: string; tri?: string }>();
  const status = () => parseQueueStatus(params.statut);
  const sort = () => parseQueueSort(params.tri);
  const queue = useQueue(() => ({ programId: props.program.id, status: status(), sort: sort() }));
  const [selected, setSelected] = createSignal<string[]>([]);
  const notice = createNotice();
  const assignable = () => props.manager && REVIEWABLE_STATUSES.includes(status());
  const base = `/gestion/programmes/${encodeURIComponent(props.program.id)}`;
  const change = (next: { statut?: string; tri?: string }) => {
    setSelected([]);
    notice.clear();
    setParams(next);
  };
  const assigned = (message: string) => {
    setSelected([]);
    notice.show(message);
    void queue.refresh();
  };
  const selection = {
    has: (id: string) => selected().includes(id),
    toggle: (id: string, on: boolean) => setSelected((ids) => (on ? [...ids, id] : ids.filter((other) => other !== id))),
  };
  return (
    <div class="queue-page">
      <h1>{props.program.title[locale()]}</h1>
      <p class="lead">{props.manager ? t('review.queue.leadManager') : t('review.queue.leadReviewer')}</p>
      <Show when={props.manager}>
        <ul class="link-row">
          <li>
            <a href={`${base}/tableau-de-bord`}>{t('review.queue.dashboard')}</a>
          </li>
          <li>
            <a href={`${base}/modifier`}>{t('review.queue.edit')}</a>
          </li>
        </ul>
      </Show>
      <QueueFilters status={status()} sort={sort()} onStatus={(statut) => change({ statut })} onSort={(tri) => change({ tri })} />
      <notice.Notice />
      <Show when={assignable()}>
        <props.assignmentTools programId={props.program.id} selectedIds={selected()} onDone={assigned} />
      </Show>
      <section class="queue-results" aria-labelledby="queue-heading">
        <h2 id="queue-heading">{t(`review.queue.heading.${status()}`)}</h2>
        <QueueResults
          queue={queue}
          manager={props.manager}
          selection={assignable() ? selection : undefined}
          caption={t(`review.queue.heading.${status()}`)}
        />
      </section>
    </div>
  );
}

/**
 * The manager's tools for giving out the files ticked in the list, supplied by
 * the route (the queue does not own assignment); `onDone` receives the message
 * to show, and the queue then clears the selection and reloads.
 */
export type AssignmentToolsSlot = Component<{ programId: string; selectedIds: string[]; onDone: (message: string) => void }>;

/** `/gestion/programmes/:programId` once the programme is known: a real "not found" otherwise. */
export function QueuePage(props: { programId: string; manager: boolean; assignmentTools: AssignmentToolsSlot }) {
  const { locale, t } = useI18n();
  return (
    <ProgramLoader programId={props.programId} title={(program) => (program ? program.title[locale()] : t('review.queue.docTitle'))}>
      {(program) => <QueueContent program={program} manager={props.manager} assignmentTools={props.assignmentTools} />}
    </ProgramLoader>
  );
}

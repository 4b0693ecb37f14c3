import { Match, Switch } from 'solid-js';
import { useI18n } from '../../i18n';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';
import { AssignSelected } from './assign-selected';
import { plural } from '../../lib/review-format';
import { RoundRobinForm } from './round-robin-form';
import { useAssignableStaff } from '../../lib/use-assignable-staff';

/**
 * The manager's two ways of giving out files, each folded away until needed so
 * the queue stays in view: the files ticked in the list, or all open files shared
 * automatically.
 */
export function AssignmentTools(props: { programId: string; selectedIds: string[]; onDone: (message: string) => void }) {
  const { locale, t } = useI18n();
  const { staff, people, retry } = useAssignableStaff();
  return (
    <section class="assignment-tools" aria-labelledby="assignment-heading">
      <h2 id="assignment-heading">{t('review.assign.title')}</h2>
      <Switch>
        <Match when={staff.error !== undefined}>
          <ErrorAlert title={t('review.assign.staffError')} onRetry={retry} />
        </Match>
        <Match when={staff.loading}>
          <LoadingMessage />
        </Match>
        <Match when={staff.state === 'ready'}>
          <details class="summary-part">
            <summary class="summary-part__title">
              {t(plural(locale(), props.selectedIds.length, 'review.assign.openSelectedOne', 'review.assign.openSelectedOther'), {
                count: props.selectedIds.length,
              })}
            </summary>
            <div class="summary-part__body">
              <AssignSelected programId={props.programId} selectedIds={props.selectedIds} people={people()} onDone={props.onDone} />
            </div>
          </details>
          <details class="summary-part">
            <summary class="summary-part__title">{t('review.roundRobin.title')}</summary>
            <div class="summary-part__body">
              <RoundRobinForm programId={props.programId} people={people()} onDone={props.onDone} />
            </div>
          </details>
        </Match>
      </Switch>
    </section>
  );
}

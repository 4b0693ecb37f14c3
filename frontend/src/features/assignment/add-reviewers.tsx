import { useAction, useSubmission } from '@solidjs/router';
import { createSignal, Match, Show, Switch } from 'solid-js';
import type { Application } from '../../../../functions/src/domain/application';
import { useI18n } from '../../i18n';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';
import { splitProblem } from '../../lib/api-problem';
import { plural } from '../../lib/review-format';
import { ReviewerPicker } from '../../components/reviewer-picker';
import { assignAction } from '../../lib/staff-actions';
import { useAssignableStaff } from '../../lib/use-assignable-staff';

/**
 * Gives this one file to more reviewers (for instance after a declared conflict),
 * offering only people not already assigned to it.
 */
export function AddReviewers(props: { application: Application; assignedIds: string[]; onDone: (message: string) => void }) {
  const { locale, t } = useI18n();
  const { staff, people, retry } = useAssignableStaff();
  const assign = useAction(assignAction);
  const submission = useSubmission(assignAction);
  const [chosen, setChosen] = createSignal<string[]>([]);
  const [error, setError] = createSignal<{ field?: string | undefined; form?: string | undefined }>({});
  const available = () => people().filter((person) => !props.assignedIds.includes(person.id));
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (chosen().length === 0) {
      setError({ field: t('review.assign.noReviewer') });
      return document.getElementById('add-reviewers')?.focus();
    }
    setError({});
    try {
      const { added } = await assign(props.application.programId, [{ applicationId: props.application.id, reviewerIds: chosen() }]);
      setChosen([]);
      props.onDone(t(plural(locale(), added, 'review.assign.addedOne', 'review.assign.addedOther'), { count: added }));
    } catch (failure) {
      const problem = splitProblem(failure, locale(), t('status.unavailable'));
      setError({ field: problem.fields['body.reviewerIds'], form: problem.form });
    }
  };
  return (
    <Switch>
      <Match when={staff.error !== undefined}>
        <ErrorAlert title={t('review.assign.staffError')} onRetry={retry} />
      </Match>
      <Match when={staff.loading}>
        <LoadingMessage />
      </Match>
      <Match when={staff.state === 'ready'}>
        <form class="stack" novalidate onSubmit={(event) => void submit(event)}>
          <Show when={error().form}>
            <p class="alert alert--error" role="alert">
              {error().form}
            </p>
          </Show>
          <ReviewerPicker
            id="add-reviewers"
            legend={t('review.assign.reviewers')}
            people={available()}
            selected={chosen()}
            onChange={setChosen}
            error={error().field}
          />
          <div class="button-row">
            <button type="submit" class="button" disabled={submission.pending || available().length === 0}>
              {submission.pending ? t('review.assign.pending') : t('review.assign.submitOne')}
            </button>
          </div>
        </form>
      </Match>
    </Switch>
  );
}

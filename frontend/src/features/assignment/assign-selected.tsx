import { useAction, useSubmission } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import type { StaffUser } from '../../lib/staff-api';
import { splitProblem } from '../../lib/api-problem';
import { ReviewerPicker } from '../../components/reviewer-picker';
import { plural } from '../../lib/review-format';
import { assignAction } from '../../lib/staff-actions';

/**
 * Gives the files ticked in the queue to the reviewers chosen here. Both choices
 * are checked before sending; the API's refusal (an inactive account, a file no
 * longer open to review) is shown next to the reviewers, and the choices stay.
 */
export function AssignSelected(props: {
  programId: string;
  selectedIds: string[];
  people: StaffUser[];
  onDone: (message: string) => void;
}) {
  const { locale, t } = useI18n();
  const assign = useAction(assignAction);
  const submission = useSubmission(assignAction);
  const [reviewers, setReviewers] = createSignal<string[]>([]);
  const [error, setError] = createSignal<{ selection?: string; reviewers?: string; form?: string }>({});
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const problems = {
      ...(props.selectedIds.length === 0 ? { selection: t('review.assign.noSelection') } : {}),
      ...(reviewers().length === 0 ? { reviewers: t('review.assign.noReviewer') } : {}),
    };
    setError(problems);
    if (problems.selection) return document.getElementById('assign-selection-error')?.focus();
    if (problems.reviewers) return document.getElementById('assign-reviewers')?.focus();
    try {
      const { added } = await assign(
        props.programId,
        props.selectedIds.map((applicationId) => ({ applicationId, reviewerIds: reviewers() })),
      );
      setReviewers([]);
      props.onDone(t(plural(locale(), added, 'review.assign.addedOne', 'review.assign.addedOther'), { count: added }));
    } catch (failure) {
      const problem = splitProblem(failure, locale(), t('status.unavailable'));
      const reviewersError = problem.fields['body.reviewerIds'];
      setError({ reviewers: reviewersError, form: problem.form ?? (reviewersError ? undefined : Object.values(problem.fields)[0]) });
    }
  };
  return (
    <form class="stack" novalidate onSubmit={(event) => void submit(event)}>
      <p class="muted">
        {t(plural(locale(), props.selectedIds.length, 'review.assign.selectedOne', 'review.assign.selectedOther'), {
          count: props.selectedIds.length,
        })}
      </p>
      <Show when={error().selection}>
        <p id="assign-selection-error" class="form-field__error" role="alert" tabindex="-1">
          {error().selection}
        </p>
      </Show>
      <Show when={error().form}>
        <p class="alert alert--error" role="alert">
          {error().form}
        </p>
      </Show>
      <ReviewerPicker
        id="assign-reviewers"
        legend={t('review.assign.reviewers')}
        people={props.people}
        selected={reviewers()}
        onChange={setReviewers}
        error={error().reviewers}
      />
      <div class="button-row">
        <button type="submit" class="button" disabled={submission.pending}>
          {submission.pending ? t('review.assign.pending') : t('review.assign.submit')}
        </button>
      </div>
    </form>
  );
}

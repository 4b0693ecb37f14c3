import { useAction, useSubmission } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import type { StaffUser } from '../../lib/staff-api';
import { RadioGroup } from '../../ui/radio-group';
import { splitProblem } from '../../lib/api-problem';
import { ReviewerPicker } from '../../components/reviewer-picker';
import { plural } from '../../lib/review-format';
import { roundRobinAction } from '../../lib/staff-actions';

const PER_APPLICATION = [1, 2, 3] as const;

/**
 * "Répartir automatiquement": the API shares every open file of the programme
 * among the chosen reviewers, least loaded first, until each file has the number
 * of reviewers asked for; the answer says how many assignments it added.
 */
export function RoundRobinForm(props: { programId: string; people: StaffUser[]; onDone: (message: string) => void }) {
  const { locale, t } = useI18n();
  const share = useAction(roundRobinAction);
  const submission = useSubmission(roundRobinAction);
  const [reviewers, setReviewers] = createSignal<string[]>([]);
  const [perApplication, setPerApplication] = createSignal(2);
  const [error, setError] = createSignal<{ reviewers?: string; count?: string; form?: string }>({});
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (reviewers().length === 0) {
      setError({ reviewers: t('review.assign.noReviewer') });
      return document.getElementById('round-robin-reviewers')?.focus();
    }
    setError({});
    try {
      const result = await share(props.programId, { reviewerIds: reviewers(), perApplication: perApplication() });
      const added = t(plural(locale(), result.added, 'review.assign.addedOne', 'review.assign.addedOther'), { count: result.added });
      const files = t(plural(locale(), result.applications, 'review.count.applicationOne', 'review.count.applicationOther'), {
        count: result.applications,
      });
      // One call shares a few hundred files; past that the API says so, and so do we.
      props.onDone(t(result.more ? 'review.roundRobin.doneMore' : 'review.roundRobin.done', { added, files }));
    } catch (failure) {
      const problem = splitProblem(failure, locale(), t('status.unavailable'));
      setError({ reviewers: problem.fields['body.reviewerIds'], count: problem.fields['body.perApplication'], form: problem.form });
    }
  };
  return (
    <form class="stack" novalidate onSubmit={(event) => void submit(event)}>
      <p class="muted">{t('review.roundRobin.hint')}</p>
      <Show when={error().form}>
        <p class="alert alert--error" role="alert">
          {error().form}
        </p>
      </Show>
      <ReviewerPicker
        id="round-robin-reviewers"
        legend={t('review.roundRobin.reviewers')}
        people={props.people}
        selected={reviewers()}
        onChange={setReviewers}
        error={error().reviewers}
      />
      <RadioGroup
        id="round-robin-count"
        class="picker"
        inline
        label={t('review.roundRobin.perApplication')}
        error={error().count}
        options={PER_APPLICATION.map((count) => ({
          value: String(count),
          label: t(plural(locale(), count, 'review.roundRobin.countOne', 'review.roundRobin.countOther'), { count }),
        }))}
        value={String(perApplication())}
        onValue={(count) => setPerApplication(Number(count))}
      />
      <div class="button-row">
        <button type="submit" class="button" disabled={submission.pending}>
          {submission.pending ? t('review.roundRobin.pending') : t('review.roundRobin.submit')}
        </button>
      </div>
    </form>
  );
}

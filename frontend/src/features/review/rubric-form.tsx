import { useAction, useSubmission } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { RubricCriterion } from '../../../../functions/src/domain/program';
import type { Review } from '../../../../functions/src/domain/scoring';
import { useI18n } from '../../i18n';
import type { ReviewState } from '../../lib/staff-api';
import { ErrorSummary } from '../../ui/error-summary';
import type { DialogControl } from '../../ui/dialog';
import { TextArea } from '../../ui/text-area';
import { RubricCriterionField, scoreFieldId } from './rubric-criterion';
import { rubricProblem } from './rubric-problem';
import { RubricSaved } from './rubric-saved';
import { saveReviewAction } from '../../lib/staff-actions';
import { TransmitDialog } from './transmit-dialog';
import { useRubricValues } from './use-rubric-values';

type Props = {
  applicationId: string;
  rubric: RubricCriterion[];
  review: Review | null;
  onSaved: (state: ReviewState) => void;
  onSubmitted: (state: ReviewState) => void;
  /** The API said the review can no longer change (already transmitted, file decided). */
  onLocked: (message: string) => void;
};

/**
 * The reviewer's scoring: every criterion, a general comment, a draft to come
 * back to, and "Transmettre" once every criterion has a score, after a
 * confirmation showing the weighted score. Nothing typed is lost on a refusal:
 * the API's field errors go next to their criterion and the summary links there.
 */
export function RubricForm(props: Props) {
  const { locale, t } = useI18n();
  const save = useAction(saveReviewAction);
  const drafting = useSubmission(saveReviewAction, ([, input]) => !input.submitted);
  const sending = useSubmission(saveReviewAction, ([, input]) => input.submitted);
  const form = useRubricValues(() => props.rubric, props.review);
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal<string>();
  const [attempt, setAttempt] = createSignal(0);
  const [savedAt, setSavedAt] = createSignal<string>();
  let dialog: DialogControl | undefined;
  const check = (submitted: boolean) =>
    form.blocking(submitted, { missing: t('review.rubric.missing'), commentNeedsScore: t('review.rubric.commentNeedsScore') });
  const fail = (found: Record<string, string>) => {
    setErrors(found);
    setAttempt(attempt() + 1);
  };
  const send = async (submitted: boolean) => {
    setFormError(undefined);
    setSavedAt(undefined);
    try {
      const state = await save(props.applicationId, {
        conflictOfInterest: false,
        scores: form.scores(),
        comment: form.comment().trim(),
        submitted,
      });
      dialog?.close();
      setErrors({});
      if (submitted) return props.onSubmitted(state);
      setSavedAt(new Date().toISOString());
      props.onSaved(state);
    } catch (failure) {
      dialog?.close();
      const problem = rubricProblem(failure, props.rubric, locale(), t('status.unavailable'));
      if (problem.kind === 'locked') return props.onLocked(problem.message ?? t('review.rubric.locked'));
      setFormError(problem.form);
      fail(problem.criteria);
    }
  };
  const draft = () => {
    const found = check(false);
    if (Object.keys(found).length > 0) return fail(found);
    void send(false);
  };
  const transmit = () => {
    const found = check(true);
    if (Object.keys(found).length > 0) return fail(found);
    setErrors({});
    dialog?.open();
  };
  const problems = () =>
    props.rubric
      .filter((c) => errors()[c.id])
      .map((c) => ({ fieldId: scoreFieldId(c.id), message: `${c.label[locale()]} : ${errors()[c.id]}` }));
  return (
    <form class="stack rubric-form" novalidate onSubmit={(event) => event.preventDefault()}>
      <ErrorSummary problems={problems()} focusKey={attempt()} />
      <Show when={formError()}>
        <p class="alert alert--error" role="alert">
          {formError()}
        </p>
      </Show>
      <p class="muted">{t('review.rubric.scale')}</p>
      <For each={props.rubric}>
        {(criterion) => (
          <RubricCriterionField
            criterion={criterion}
            score={form.score(criterion.id)}
            comment={form.criterionComment(criterion.id)}
            error={errors()[criterion.id]}
            onScore={(score) => form.setScore(criterion.id, score)}
            onComment={(text) => form.setCriterionComment(criterion.id, text)}
          />
        )}
      </For>
      <TextArea
        counter
        id="review-comment"
        label={t('review.rubric.generalComment')}
        hint={t('review.rubric.generalHint')}
        value={form.comment()}
        onInput={form.setComment}
        maxLength={5000}
      />
      <RubricSaved savedAt={savedAt()} />
      <div class="button-row">
        <button type="button" class="button" disabled={sending.pending || drafting.pending} onClick={transmit}>
          {t('review.rubric.submit')}
        </button>
        <button type="button" class="button button--secondary" disabled={drafting.pending || sending.pending} onClick={draft}>
          {drafting.pending ? t('review.rubric.saving') : t('review.rubric.saveDraft')}
        </button>
      </div>
      <TransmitDialog
        rubric={props.rubric}
        scores={form.scores()}
        pending={sending.pending ?? false}
        onConfirm={() => void send(true)}
        control={(control) => (dialog = control)}
      />
    </form>
  );
}

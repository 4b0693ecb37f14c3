import { useAction, useSubmission } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { useI18n } from '../../i18n';
import { ApiError } from '../../lib/api';
import type { ReviewState, ReviewSubject } from '../../lib/staff-api';
import { RadioGroup } from '../../ui/radio-group';
import { problemMessage } from '../../lib/problem-message';
import { ReviewSubjectFacts } from './review-subject';
import { saveReviewAction } from '../../lib/staff-actions';

type Choice = 'none' | 'conflict';

/**
 * The conflict-of-interest question itself: the two answers spelled out with
 * what each leads to, and the choice final. A 404 right after declaring a
 * conflict is the API closing the file to the reviewer, which is exactly the
 * expected outcome. `heading` keeps the outline in order wherever it sits.
 */
export function ConflictForm(props: { subject: ReviewSubject; heading: 'h2' | 'h3'; onDeclared: (state: ReviewState) => void }) {
  const { locale, t } = useI18n();
  const save = useAction(saveReviewAction);
  const submission = useSubmission(saveReviewAction);
  const [choice, setChoice] = createSignal<Choice>();
  const [error, setError] = createSignal<string>();
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = choice();
    if (!chosen) {
      setError(t('review.conflict.required'));
      return document.getElementById('conflict-none')?.focus();
    }
    setError(undefined);
    const conflictOfInterest = chosen === 'conflict';
    try {
      props.onDeclared(await save(props.subject.id, { conflictOfInterest, scores: {}, comment: '', submitted: false }));
    } catch (failure) {
      if (conflictOfInterest && failure instanceof ApiError && failure.status === 404) {
        return props.onDeclared({ state: 'conflict_declared', subject: props.subject });
      }
      setError(problemMessage(failure, locale(), t('status.unavailable'), 'body.conflictOfInterest'));
    }
  };
  return (
    <form class="stack declaration-form" novalidate onSubmit={(event) => void submit(event)}>
      <RadioGroup
        id="conflict"
        class="question"
        heading={{ level: props.heading, class: 'question__heading' }}
        idsByValue
        cards
        label={t('review.conflict.question')}
        hint={t('review.conflict.final')}
        error={error()}
        options={(['none', 'conflict'] as const).map((value) => ({
          value,
          label: t(`review.conflict.${value}`),
          hint: t(`review.conflict.${value}Hint`),
        }))}
        value={choice()}
        onValue={setChoice}
      />
      <div class="button-row">
        <button type="submit" class="button" disabled={submission.pending}>
          {submission.pending ? t('review.conflict.pending') : t('review.conflict.submit')}
        </button>
      </div>
    </form>
  );
}

/** What a reviewer sees of a file before declaring: only its subject, then the question. */
export function ConflictDeclaration(props: { subject: ReviewSubject; onDeclared: (state: ReviewState) => void }) {
  const { t } = useI18n();
  return (
    <div class="page-narrow">
      <h1>{props.subject.projectTitle?.trim() || t('app.untitled')}</h1>
      <p class="lead">{t('review.conflict.lead')}</p>
      <ReviewSubjectFacts subject={props.subject} />
      <ConflictForm subject={props.subject} heading="h2" onDeclared={props.onDeclared} />
    </div>
  );
}

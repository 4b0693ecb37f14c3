import { useAction, useSubmission } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { splitProblem } from '../../lib/api-problem';
import { TextArea } from '../../ui/text-area';
import { transitionAction } from '../../lib/staff-actions';

export type ReasonEvent = 'request_changes' | 'reject' | 'reopen';

/** The API's text limit for a message or a reason. */
const MAX_LENGTH = 5000;

/**
 * A staff transition that needs words: a change request (the applicant gets it
 * by email and in the thread), a refusal's reason, a re-opening's reason. The
 * text is required before sending and kept if the API refuses; the field takes
 * focus when the form opens.
 */
export function ReasonForm(props: {
  applicationId: string;
  event: ReasonEvent;
  label: string;
  hint: string;
  submitLabel: string;
  done: string;
  danger?: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { locale, t } = useI18n();
  const run = useAction(transitionAction);
  const submission = useSubmission(transitionAction, ([, transition]) => transition.event === props.event);
  const [text, setText] = createSignal('');
  const [error, setError] = createSignal<{ field?: string | undefined; form?: string | undefined }>({});
  let field: HTMLTextAreaElement | undefined;
  onMount(() => field?.focus());
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const value = text().trim();
    if (value === '') {
      setError({ field: t('review.reason.required') });
      return field?.focus();
    }
    setError({});
    try {
      await run(
        props.applicationId,
        props.event === 'request_changes' ? { event: props.event, message: value } : { event: props.event, reason: value },
      );
      props.onDone(props.done);
    } catch (failure) {
      const problem = splitProblem(failure, locale(), t('status.unavailable'));
      setError({ field: problem.fields['body.message'] ?? problem.fields['body.reason'], form: problem.form });
      if (!problem.form) field?.focus();
    }
  };
  return (
    <form class="stack reason-form" novalidate onSubmit={(event) => void submit(event)}>
      <Show when={error().form}>
        <p class="alert alert--error" role="alert">
          {error().form}
        </p>
      </Show>
      <TextArea
        counter
        ref={(element) => (field = element)}
        id={`reason-${props.event}`}
        label={props.label}
        hint={props.hint}
        value={text()}
        onInput={setText}
        error={error().field}
        maxLength={MAX_LENGTH}
      />
      <div class="button-row">
        <button type="submit" class={props.danger ? 'button button--danger' : 'button'} disabled={submission.pending}>
          {submission.pending ? t('review.action.pending') : props.submitLabel}
        </button>
        <button type="button" class="button button--secondary" disabled={submission.pending} onClick={() => props.onCancel()}>
          {t('review.action.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * "Déposer ma demande": saves what is pending, then asks the API to submit. A
 * router action carries the request, so `pending` disables the button for its
 * whole duration (the server is idempotent, but a double tap should not even
 * send twice). When the API is busy (503 or 429 with Retry-After, as on deadline
 * day), the action waits and tries again on its own, a few times, before saying so.
 */
import { action, useAction, useNavigate, useSubmission } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import type { FieldError } from '../../../../../functions/src/domain/errors';
import { useI18n } from '../../../i18n';
import { ApiError, transitionApplication } from '../../../lib/api';
import { withoutBodyPrefix } from '../form-paths';
import { useForm } from '../form-context';

/** Tries in all when the API says "busy" (503 or 429, e.g. a crowd at the deadline): submitting is idempotent. */
const SUBMIT_TRIES = 5;
const MAX_WAIT_SECONDS = 10;

const submitApplication = action(async (flush: () => Promise<boolean>, applicationId: string) => {
  if (!(await flush())) throw new Error('unsaved');
  for (let attempt = 1; ; attempt++) {
    try {
      return await transitionApplication(applicationId, 'submit');
    } catch (error) {
      const busy = error instanceof ApiError && (error.status === 503 || error.status === 429);
      if (!busy || attempt >= SUBMIT_TRIES) throw error;
      // As long as the API asked (at least a second), jittered so a crowd does not come back at once.
      const seconds = Math.min(MAX_WAIT_SECONDS, error.retryAfterSeconds ?? attempt);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1_000 * (1 + Math.random() * 0.3)));
    }
  }
}, 'submitApplication');

/** `ready` is the shared submission check; `missing` counts what it still lists, to say why the button is disabled. */
export function SubmitSection(props: { ready: boolean; missing: number; onSubmitErrors: (errors: FieldError[]) => void }) {
  const form = useForm();
  const { locale, t } = useI18n();
  const navigate = useNavigate();
  const submit = useAction(submitApplication);
  const submission = useSubmission(submitApplication);
  const [problem, setProblem] = createSignal<string>();
  const run = async () => {
    setProblem(undefined);
    try {
      await submit(() => form.autosave.flush(), form.applicationId);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.errors.length > 0)
        return props.onSubmitErrors(withoutBodyPrefix(error.errors));
      if (error instanceof ApiError && error.status > 0) return setProblem(error.detailI18n?.[locale()] ?? t('form.submit.failed'));
      return setProblem(error instanceof ApiError ? t('form.submit.failed') : t('form.submit.unsaved'));
    }
    form.autosave.dispose();
    navigate(`/demandes/${form.applicationId}?deposee=1`);
  };
  return (
    <div class="form-submit">
      <Show when={!props.ready}>
        <p id="submit-reason" class="form-submit__reason">
          {t(props.missing === 1 ? 'form.submit.notReadyOne' : 'form.submit.notReady', { count: props.missing })}
        </p>
      </Show>
      <Show when={problem()}>
        <p class="alert alert--error" role="alert">
          {problem()}
        </p>
      </Show>
      <button
        type="button"
        class="button form-submit__button"
        disabled={!props.ready || submission.pending}
        aria-describedby={props.ready ? undefined : 'submit-reason'}
        onClick={() => void run()}
      >
        {submission.pending ? t('form.submit.pending') : t('form.submit.button')}
      </button>
    </div>
  );
}

/**
 * "Déposer ma demande": saves what is pending, then asks the API to submit. A
 * router action carries the request, so `pending` disables the button for its
 * whole duration (the server is idempotent, but a double tap should not even
 * send twice).
 */
import { action, useAction, useNavigate, useSubmission } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import type { FieldError } from '../../../../../functions/src/domain/errors';
import { useI18n } from '../../../i18n';
import { ApiError, transitionApplication } from '../../../lib/api';
import { withoutBodyPrefix } from '../form-paths';
import { useForm } from '../form-context';

const submitApplication = action(async (flush: () => Promise<boolean>, applicationId: string) => {
  if (!(await flush())) throw new Error('unsaved');
  return transitionApplication(applicationId, 'submit');
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

import { useAction, useSubmission } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import type { Application } from '../../../../functions/src/domain/application';
import { can, type Actor } from '../../../../functions/src/domain/lifecycle';
import { useI18n } from '../../i18n';
import { problemMessage } from '../../lib/problem-message';
import { ActionDisclosure } from '../../components/action-disclosure';
import { transitionAction } from '../../lib/staff-actions';
import type { ReasonFormSlot } from './review-slots';

/**
 * The review steps an assigned reviewer or a manager may take, offered only when
 * the lifecycle allows them (the API remains the judge and its refusal is shown):
 * start the review of a submitted file, or ask the applicant for changes.
 */
export function ReviewActions(props: {
  application: Application;
  actor: Actor;
  onDone: (message: string) => void;
  reasonForm: ReasonFormSlot;
}) {
  const { locale, t } = useI18n();
  const run = useAction(transitionAction);
  const starting = useSubmission(transitionAction, ([, transition]) => transition.event === 'start_review');
  const [error, setError] = createSignal<string>();
  const allowed = (event: 'start_review' | 'request_changes') => can(props.application.status, event, props.actor);
  const start = async () => {
    setError(undefined);
    try {
      await run(props.application.id, { event: 'start_review' });
      props.onDone(t('review.start.done'));
    } catch (failure) {
      setError(problemMessage(failure, locale(), t('status.unavailable')));
    }
  };
  return (
    <Show when={allowed('start_review') || allowed('request_changes')}>
      <section class="work-section" aria-labelledby="review-actions-heading">
        <h2 id="review-actions-heading">{t('review.actions.title')}</h2>
        <Show when={error()}>
          <p class="alert alert--error" role="alert">
            {error()}
          </p>
        </Show>
        <div class="stack">
          <Show when={allowed('start_review')}>
            <div>
              <button type="button" class="button" disabled={starting.pending} onClick={() => void start()}>
                {starting.pending ? t('review.action.pending') : t('review.start.submit')}
              </button>
              <p class="muted">{t('review.start.hint')}</p>
            </div>
          </Show>
          <Show when={allowed('request_changes')}>
            <ActionDisclosure label={t('review.changes.open')}>
              {(close) => (
                <props.reasonForm
                  applicationId={props.application.id}
                  event="request_changes"
                  label={t('review.changes.label')}
                  hint={t('review.changes.hint')}
                  submitLabel={t('review.changes.submit')}
                  done={t('review.changes.done')}
                  onDone={props.onDone}
                  onCancel={close}
                />
              )}
            </ActionDisclosure>
          </Show>
        </div>
      </section>
    </Show>
  );
}

import { useAction, useSubmission } from '@solidjs/router';
import { createResource, createSignal, For, Match, Switch } from 'solid-js';
import type { Message } from '../../../../functions/src/domain/application';
import { useI18n } from '../../i18n';
import { listMessages } from '../../lib/api';
import { formatDateTime } from '../journey/date-time';
import { problemMessage } from '../journey/problem-message';
import { ErrorAlert, LoadingMessage } from '../status-views';
import { CountedTextarea } from './counted-textarea';
import { staffMessageAction } from './staff-actions';

const MAX_LENGTH = 5000;

/**
 * The thread with the applicant, seen from the team's side: who wrote each
 * message (the applicant, or a named colleague), and a box to answer. The text
 * stays in the box if sending fails. `reloadKey` changes after a staff action
 * that writes in the thread (a change request), so it shows at once.
 */
export function StaffMessages(props: { applicationId: string; reloadKey: number; onSent: () => void }) {
  const { locale, t } = useI18n();
  const [messages, { refetch, mutate }] = createResource(() => ({ id: props.applicationId, key: props.reloadKey }), (source) => listMessages(source.id));
  const send = useAction(staffMessageAction);
  const submission = useSubmission(staffMessageAction);
  const [body, setBody] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [sent, setSent] = createSignal(false);
  const author = (message: Message) =>
    t(message.authorRole === 'applicant' ? 'review.messages.applicant' : 'review.messages.team', { name: message.authorName });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSent(false);
    if (body().trim() === '') return setError(t('app.messages.empty'));
    setError(undefined);
    try {
      const created = await send(props.applicationId, body().trim());
      mutate((previous) => [...(previous ?? []), created]);
      setBody('');
      setSent(true);
      props.onSent();
    } catch (failure) {
      setError(problemMessage(failure, locale(), t('status.unavailable'), 'body.body'));
    }
  };
  return (
    <section class="app-section" aria-labelledby="staff-messages-heading">
      <h2 id="staff-messages-heading">{t('app.messages')}</h2>
      <Switch>
        <Match when={messages.error !== undefined}>
          <ErrorAlert title={t('app.messages.loadError')} onRetry={() => void refetch()} />
        </Match>
        <Match when={messages.latest === undefined}>
          <LoadingMessage />
        </Match>
        <Match when={(messages.latest ?? []).length === 0}>
          <p class="muted">{t('app.messages.none')}</p>
        </Match>
        <Match when={messages.latest}>
          {(list) => (
            <ol class="messages">
              <For each={list()}>
                {(message) => (
                  <li class={`message ${message.authorRole === 'applicant' ? 'message--staff' : 'message--mine'}`}>
                    <p class="message__meta">
                      <strong>{author(message)}</strong> · <time datetime={message.at}>{formatDateTime(message.at, locale())}</time>
                    </p>
                    <p class="message__body">{message.body}</p>
                  </li>
                )}
              </For>
            </ol>
          )}
        </Match>
      </Switch>
      <form class="stack message-form" novalidate onSubmit={(event) => void submit(event)}>
        <CountedTextarea
          id="staff-message"
          label={t('review.messages.label')}
          hint={t('review.messages.hint')}
          value={body()}
          onInput={setBody}
          error={error()}
          maxLength={MAX_LENGTH}
          rows={4}
        />
        <div class="button-row">
          <button type="submit" class="button" disabled={submission.pending}>
            {submission.pending ? t('app.messages.sending') : t('app.messages.send')}
          </button>
          <p class="status-inline" role="status">
            {sent() ? t('app.messages.sent') : ''}
          </p>
        </div>
      </form>
    </section>
  );
}

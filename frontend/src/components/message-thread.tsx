import { action, useAction, useSubmission } from '@solidjs/router';
import { createResource, createSignal, For, Match, Switch } from 'solid-js';
import type { Message } from '../../../functions/src/domain/application';
import { useI18n } from '../i18n';
import { listMessages, postMessage } from '../lib/api';
import { ErrorAlert, LoadingMessage } from '../ui/status-views';
import { TextArea } from '../ui/text-area';
import { problemMessage } from '../lib/problem-message';
import { formatParisDateTime } from '../../../functions/src/domain/format';
import './message-thread.css';

const sendMessage = action((applicationId: string, body: string) => postMessage(applicationId, body), 'application-send-message');
const MAX_LENGTH = 5000;

/**
 * The conversation about one application between the applicant and the ESS unit:
 * what was said, oldest first, and a box to write. The applicant reads "Vous" and
 * the unit's names; the team (`viewer="staff"`) reads who wrote what on both sides.
 * "Envoyer" is disabled while the message travels, so a double tap never sends it
 * twice; the text stays in the box if sending fails. A new `reloadKey` re-reads the
 * thread, after an action that wrote in it (a change request).
 */
export function MessageThread(props: { applicationId: string; onSent: () => void; viewer?: 'applicant' | 'staff'; reloadKey?: number }) {
  const { locale, t } = useI18n();
  const staff = () => props.viewer === 'staff';
  const [messages, { refetch, mutate }] = createResource(
    () => ({ id: props.applicationId, key: props.reloadKey ?? 0 }),
    (source) => listMessages(source.id),
  );
  const send = useAction(sendMessage);
  const submission = useSubmission(sendMessage);
  const [body, setBody] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [sent, setSent] = createSignal(false);
  const fromApplicant = (message: Message) => message.authorRole === 'applicant';
  const author = (message: Message) => {
    if (staff()) return t(fromApplicant(message) ? 'review.messages.applicant' : 'review.messages.team', { name: message.authorName });
    return fromApplicant(message) ? t('app.messages.you') : t('app.messages.staff', { name: message.authorName });
  };
  const mine = (message: Message) => fromApplicant(message) !== staff();
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSent(false);
    const text = body().trim();
    if (text === '') return setError(t('app.messages.empty'));
    setError(undefined);
    try {
      const created = await send(props.applicationId, text);
      mutate((previous) => [...(previous ?? []), created]);
      setBody('');
      setSent(true);
      props.onSent();
    } catch (failure) {
      setError(problemMessage(failure, locale(), t('status.unavailable'), 'body.body'));
    }
  };
  return (
    <>
      <Switch>
        <Match when={messages.error !== undefined}>
          <ErrorAlert title={t('app.messages.loadError')} onRetry={() => void refetch()} />
        </Match>
        <Match when={messages.state === 'unresolved' || messages.state === 'pending'}>
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
                  <li class={`message ${mine(message) ? 'message--mine' : 'message--staff'}`}>
                    <p class="message__meta">
                      <strong>{author(message)}</strong> · <time datetime={message.at}>{formatParisDateTime(message.at, locale())}</time>
                    </p>
                    <p class="message__body">{message.body}</p>
                  </li>
                )}
              </For>
            </ol>
          )}
        </Match>
      </Switch>
      <form class="stack message-form" novalidate onSubmit={submit}>
        <TextArea
          id="message-body"
          label={staff() ? t('review.messages.label') : t('app.messages.label')}
          hint={staff() ? t('review.messages.hint') : t('app.messages.hint')}
          error={error()}
          rows={4}
          maxLength={MAX_LENGTH}
          value={body()}
          onInput={setBody}
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
    </>
  );
}

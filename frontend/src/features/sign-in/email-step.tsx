import { action, useAction, useSubmission } from '@solidjs/router';
import { createSignal, onMount } from 'solid-js';
import { useI18n } from '../../i18n';
import { requestCode } from '../../lib/api';
import { TextField } from '../../ui/text-field';
import { ErrorSummary } from '../../ui/error-summary';
import { problemMessage, retryAfter } from '../../lib/problem-message';
import type { CodeSent } from './sign-in-flow';

const sendCode = action((email: string, locale: 'fr' | 'en') => requestCode(email, locale), 'sign-in-send-code');

/** Loose on purpose: the API has the last word, this only catches a forgotten "@" or domain before a round trip. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Step 1 of sign-in: the email address the code goes to, in the reader's language. */
export function EmailStep(props: { email: string; onEmail: (email: string) => void; onSent: (sent: CodeSent) => void }) {
  const { locale, t } = useI18n();
  const send = useAction(sendCode);
  const submission = useSubmission(sendCode);
  const [error, setError] = createSignal<string>();
  const [attempt, setAttempt] = createSignal(0);
  let input: HTMLInputElement | undefined;
  onMount(() => {
    if (props.email) input?.focus();
  });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const email = props.email.trim();
    const problem = email === '' ? t('signin.error.emailMissing') : EMAIL_SHAPE.test(email) ? undefined : t('signin.error.emailFormat');
    setError(problem);
    if (!problem) {
      try {
        props.onSent(await send(email, locale()));
        return;
      } catch (failure) {
        const wait = retryAfter(failure);
        setError(
          wait ? t('signin.error.tooMany', { seconds: wait }) : problemMessage(failure, locale(), t('status.unavailable'), 'body.email'),
        );
      }
    }
    setAttempt((count) => count + 1);
  };
  return (
    <>
      <form class="stack" novalidate onSubmit={submit}>
        <ErrorSummary problems={error() ? [{ fieldId: 'signin-email', message: error() ?? '' }] : []} focusKey={attempt()} />
        <h2 class="step-heading">{t('signin.emailHeading')}</h2>
        <TextField
          ref={(element) => (input = element)}
          id="signin-email"
          label={t('signin.email')}
          hint={t('signin.emailHint')}
          error={error()}
          type="email"
          name="email"
          autocomplete="email"
          spellcheck={false}
          value={props.email}
          onInput={props.onEmail}
        />
        <button type="submit" class="button" disabled={submission.pending}>
          {submission.pending ? t('signin.sending') : t('signin.sendCode')}
        </button>
      </form>
      {/* What happens to the address typed here, before anything is sent. */}
      <p>
        <a href="/donnees-personnelles">{t('signin.privacy')}</a>
      </p>
    </>
  );
}

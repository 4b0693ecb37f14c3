import { action, useAction, useSubmission } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { signIn } from '../../lib/api';
import { TextField } from '../../ui/text-field';
import { ErrorSummary } from '../../ui/error-summary';
import { problemMessage, retryAfter } from '../../lib/problem-message';
import { ResendCode } from './resend-code';
import type { CodeSent } from './sign-in-flow';

const verifyCode = action((email: string, code: string) => signIn(email, code), 'sign-in-verify-code');

type Props = {
  email: string;
  sent: CodeSent;
  onResent: (sent: CodeSent) => void;
  onChangeEmail: () => void;
  onSignedIn: () => Promise<void>;
};

/** Step 2 of sign-in: the six-digit code, a way to get a new one, and a way back to the address. */
export function CodeStep(props: Props) {
  const { locale, t } = useI18n();
  const verify = useAction(verifyCode);
  const verifying = useSubmission(verifyCode);
  const [code, setCode] = createSignal('');
  const [error, setError] = createSignal<string>();
  const [attempt, setAttempt] = createSignal(0);
  const [notice, setNotice] = createSignal<string>();
  const [finishing, setFinishing] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());

  const fail = (failure: unknown, fallback: string) => {
    const wait = retryAfter(failure);
    setError(wait ? t('signin.error.tooMany', { seconds: wait }) : problemMessage(failure, locale(), fallback, 'body.code'));
    setAttempt((count) => count + 1);
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setNotice(undefined);
    const digits = code().replace(/\s/g, '');
    if (!/^\d{6}$/.test(digits)) return fail(undefined, t('signin.error.codeFormat'));
    setError(undefined);
    try {
      await verify(props.email, digits);
    } catch (failure) {
      return fail(failure, t('status.unavailable'));
    }
    setFinishing(true);
    await props.onSignedIn();
  };
  const resent = (sent: CodeSent) => {
    setError(undefined);
    setCode('');
    setNotice(t('signin.resent'));
    props.onResent(sent);
  };
  const sentText = () => t('signin.codeSent', { minutes: Math.round(props.sent.expiresInSeconds / 60) }).split('{email}');
  return (
    <form class="stack" novalidate onSubmit={submit}>
      <ErrorSummary problems={error() ? [{ fieldId: 'signin-code', message: error() ?? '' }] : []} focusKey={attempt()} />
      <h2 ref={heading} class="step-heading" tabindex="-1">
        {t('signin.codeHeading')}
      </h2>
      <p>
        {sentText()[0]}
        <strong>{props.sent.sentTo}</strong>
        {sentText()[1]}
      </p>
      <Show when={notice()}>
        <p class="callout callout--success" role="status">
          {notice()}
        </p>
      </Show>
      <TextField
        id="signin-code"
        label={t('signin.code')}
        hint={t('signin.codeHint')}
        error={error()}
        width="code"
        inputMode="numeric"
        autocomplete="one-time-code"
        pattern="\d{6}"
        maxLength={6}
        value={code()}
        onInput={setCode}
      />
      <button type="submit" class="button" disabled={verifying.pending || finishing()}>
        {t('signin.submit')}
      </button>
      <div class="button-row">
        <ResendCode
          email={props.email}
          sent={props.sent}
          onResent={resent}
          onFailure={(failure) => fail(failure, t('status.unavailable'))}
        />
        <button type="button" class="link-button" onClick={() => props.onChangeEmail()}>
          {t('signin.changeEmail')}
        </button>
      </div>
    </form>
  );
}

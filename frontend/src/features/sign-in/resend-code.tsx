import { action, useAction, useSubmission } from '@solidjs/router';
import { createEffect, on } from 'solid-js';
import { useI18n } from '../../i18n';
import { requestCode } from '../../lib/api';
import { createCountdown } from './countdown';
import { retryAfter } from '../../lib/problem-message';
import type { CodeSent } from './sign-in-flow';

const resendCode = action((email: string, locale: 'fr' | 'en') => requestCode(email, locale), 'sign-in-resend-code');

/**
 * "Renvoyer un code", disabled with the seconds left written on it for as long
 * as the API would refuse a new code (after each sending, and after a 429).
 */
export function ResendCode(props: {
  email: string;
  sent: CodeSent;
  onResent: (sent: CodeSent) => void;
  onFailure: (failure: unknown) => void;
}) {
  const { locale, t } = useI18n();
  const resend = useAction(resendCode);
  const resending = useSubmission(resendCode);
  const countdown = createCountdown();
  createEffect(
    on(
      () => props.sent,
      (sent) => countdown.start(sent.resendAfterSeconds),
    ),
  );
  const sendAgain = async () => {
    try {
      props.onResent(await resend(props.email, locale()));
    } catch (failure) {
      const wait = retryAfter(failure);
      if (wait) countdown.start(wait);
      props.onFailure(failure);
    }
  };
  return (
    <button
      type="button"
      class="button button--secondary"
      disabled={countdown.remaining() > 0 || resending.pending}
      onClick={() => void sendAgain()}
    >
      {countdown.remaining() > 0 ? t('signin.resendIn', { seconds: countdown.remaining() }) : t('signin.resend')}
    </button>
  );
}

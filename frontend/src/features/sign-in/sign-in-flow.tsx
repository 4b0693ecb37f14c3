import { useNavigate } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { homeFor, useSession } from '../../lib/session';
import { CodeStep } from './code-step';
import { EmailStep } from './email-step';

/** What POST /api/auth/code answered: where the code went and the delays that follow. */
export type CodeSent = { sentTo: string; resendAfterSeconds: number; expiresInSeconds: number };

/**
 * Passwordless sign-in in two screens: the email address, then the six-digit
 * code sent to it. Once the code is accepted the session is re-read, so the
 * header and the next page know who is there, and the applicant goes on to `next`.
 */
export function SignInFlow(props: { next: string | null }) {
  const session = useSession();
  const navigate = useNavigate();
  const [email, setEmail] = createSignal('');
  const [sent, setSent] = createSignal<CodeSent>();
  const signedIn = async () => {
    const me = await session.refresh();
    navigate(props.next ?? homeFor(me?.role), { replace: true });
  };
  return (
    <Show when={sent()} fallback={<EmailStep email={email()} onEmail={setEmail} onSent={setSent} />}>
      {(current) => (
        <CodeStep
          email={email().trim()}
          sent={current()}
          onResent={setSent}
          onChangeEmail={() => setSent(undefined)}
          onSignedIn={signedIn}
        />
      )}
    </Show>
  );
}

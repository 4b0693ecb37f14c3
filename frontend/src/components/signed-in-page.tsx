import { ErrorBoundary, type JSX } from 'solid-js';
import { useI18n } from '../i18n';
import { RequireSignIn, useSession } from '../lib/session';
import { ErrorAlert, LoadingMessage } from '../ui/status-views';

/**
 * Frame of a page reserved to signed-in applicants: a visitor is sent to sign in
 * and back, and a failed session check shows a retry instead of a blank page
 * (`RequireSignIn` reads the session resource, which throws when /api/me failed).
 */
export function SignedInPage(props: { title: string; children: JSX.Element }) {
  const { t } = useI18n();
  const session = useSession();
  return (
    <ErrorBoundary
      fallback={(_error, reset) => (
        <>
          <h1>{props.title}</h1>
          <ErrorAlert
            title={t('journey.sessionError')}
            onRetry={() => {
              void session.refresh().then(reset);
            }}
          />
        </>
      )}
    >
      <RequireSignIn fallback={<LoadingMessage />}>{props.children}</RequireSignIn>
    </ErrorBoundary>
  );
}

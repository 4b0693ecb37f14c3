import { useI18n } from '../i18n';

/** Shown while data loads; `role="status"` lets screen readers announce it without stealing focus. */
export function LoadingMessage() {
  const { t } = useI18n();
  return (
    <p class="status-message" role="status">
      {t('status.loading')}
    </p>
  );
}

/**
 * A failed load, announced at once (`role="alert"`), with a retry button because
 * most failures here are a dropped mobile connection.
 */
export function ErrorAlert(props: { title: string; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div class="alert alert--error" role="alert">
      <p class="alert__title">{props.title}</p>
      <p>{t('status.unavailable')}</p>
      <button type="button" class="button button--secondary" onClick={() => props.onRetry()}>
        {t('status.retry')}
      </button>
    </div>
  );
}

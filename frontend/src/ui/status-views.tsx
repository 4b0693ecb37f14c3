import { useI18n } from '../i18n';

/**
 * Shown while data loads, in place of what is coming. `role="status"` lets
 * screen readers announce it without stealing focus.
 */
export function LoadingMessage() {
  const { t } = useI18n();
  return (
    <p class="status-message" role="status">
      {t('status.loading')}
    </p>
  );
}

/**
 * A failed load, in place of what could not be loaded: announced at once
 * (`role="alert"`), with a retry button because most failures here are a
 * dropped mobile connection. Not for a refused form: that is `ErrorSummary`.
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

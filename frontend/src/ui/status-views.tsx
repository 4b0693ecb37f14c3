import { useUiText } from './use-ui-text';

/**
 * Shown while data loads, in place of what is coming. `role="status"` lets
 * screen readers announce it without stealing focus.
 */
export function LoadingMessage() {
  const text = useUiText();
  return (
    <p class="status-message" role="status">
      {text('ui.loading')}
    </p>
  );
}

/**
 * A failed load, in place of what could not be loaded: announced at once
 * (`role="alert"`), with a retry button because most failures here are a
 * dropped mobile connection. Not for a refused form: that is `ErrorSummary`.
 */
export function ErrorAlert(props: { title: string; onRetry: () => void }) {
  const text = useUiText();
  return (
    <div class="alert alert--error" role="alert">
      <p class="alert__title">{props.title}</p>
      <p>{text('ui.unavailable')}</p>
      <button type="button" class="button button--secondary" onClick={() => props.onRetry()}>
        {text('ui.retry')}
      </button>
    </div>
  );
}

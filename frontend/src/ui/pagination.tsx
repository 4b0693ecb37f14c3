import { Show } from 'solid-js';
import { useI18n } from '../i18n';
import { useUiText } from './use-ui-text';

/**
 * "Afficher plus" for lists paged with a cursor (the queue, my applications):
 * the next page is added below what is shown. Shown only while pages remain; a
 * failed page says so (`role="alert"`) and the button stays to try again. The
 * caller moves focus to the first new item once `onMore` resolves.
 */
export function Pagination(props: {
  hasMore: boolean;
  state: 'idle' | 'loading' | 'error';
  onMore: () => void;
  errorText?: string | undefined;
  label?: string | undefined;
  loadingLabel?: string | undefined;
}) {
  const { t } = useI18n();
  const text = useUiText();
  return (
    <>
      <Show when={props.state === 'error' && props.errorText}>
        <p class="form-field__error" role="alert">
          {props.errorText}
        </p>
      </Show>
      <Show when={props.hasMore}>
        <div class="button-row">
          <button type="button" class="button button--secondary" disabled={props.state === 'loading'} onClick={() => props.onMore()}>
            {props.state === 'loading' ? (props.loadingLabel ?? t('status.loading')) : (props.label ?? text('ui.showMore'))}
          </button>
        </div>
      </Show>
    </>
  );
}

import { createSignal, For, Show } from 'solid-js';
import { type ApplicationDocument, isUsable } from '../../../functions/src/domain/application';
import { useI18n } from '../i18n';
import { documentDownloadUrl } from '../lib/api';
import { problemMessage } from '../lib/problem-message';
import './documents-summary.css';

/**
 * The documents sent, with their check status in words. Only verified files that the
 * antivirus found clean can be downloaded (the API refuses the others too): the API issues a short-lived link, which the browser then opens
 * (the file comes as an attachment, so the page stays where it is).
 */
export function DocumentsSummary(props: { applicationId: string; documents: ApplicationDocument[] }) {
  const { locale, t } = useI18n();
  const [pending, setPending] = createSignal<string>();
  const [error, setError] = createSignal<{ id: string; message: string }>();
  const download = async (document: ApplicationDocument) => {
    setPending(document.id);
    setError(undefined);
    try {
      const { url } = await documentDownloadUrl(props.applicationId, document.id);
      window.location.assign(url);
    } catch (failure) {
      setError({ id: document.id, message: problemMessage(failure, locale(), t('status.unavailable')) });
    } finally {
      setPending(undefined);
    }
  };
  return (
    <Show when={props.documents.length > 0} fallback={<p class="muted">{t('app.documents.none')}</p>}>
      <ul class="document-list">
        <For each={props.documents}>
          {(document) => (
            <li class="document-item">
              <span class="document-list__name">{t(`document.${document.type}`)}</span>
              <span class="document-item__file">{document.filename}</span>
              <span class={`document-item__status document-item__status--${document.status}`}>{t(`app.documents.${document.status}`)}</span>
              <Show when={document.rejection}>{(rejection) => <span class="document-list__help">{rejection()[locale()]}</span>}</Show>
              <Show when={isUsable(document)}>
                <button
                  type="button"
                  class="button button--secondary button--small"
                  aria-label={t('app.documents.downloadNamed', { filename: document.filename })}
                  disabled={pending() === document.id}
                  onClick={() => void download(document)}
                >
                  {t('app.documents.download')}
                </button>
              </Show>
              <Show when={error()?.id === document.id}>
                <span class="form-field__error" role="alert">
                  {error()?.message}
                </span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

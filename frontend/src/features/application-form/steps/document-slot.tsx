/**
 * One document the programme asks for: what is already sent, a file picker that
 * uploads as soon as a file is chosen, the progress, and the verdict.
 */
import { For, Show } from 'solid-js';
import { FILE_INPUT_ACCEPT } from '../../../../../functions/src/domain/file-type';
import type { DocumentRequirement } from '../../../../../functions/src/domain/program';
import { useI18n } from '../../../i18n';
import { FieldError, FieldMarker } from '../../../ui/field';
import { FileInput } from '../../../ui/file-input';
import { fieldId } from '../form-paths';
import { useForm } from '../form-context';
import { UploadedDocumentRow } from './uploaded-document-row';
import { UploadProgress } from './upload-progress';
import { useDocumentUpload } from './use-document-upload';
import { WalletOffer, type WalletState } from './wallet-offer';

/** The slot of one required or optional document type; its file input carries the id error links point at. */
export function DocumentSlot(props: { requirement: DocumentRequirement; wallet: WalletState }) {
  const form = useForm();
  const { locale, t } = useI18n();
  const type = () => props.requirement.type;
  const id = () => fieldId(`documents.${type()}`);
  const { sending, problem, setProblem, freshId, verified, send, settle } = useDocumentUpload(type);
  const documents = () => form.documents().filter((d) => d.type === type());
  const error = () => problem() ?? form.errorFor(`documents.${type()}`)?.[locale()];

  return (
    <section class="form-doc" aria-labelledby={`${id()}-title`}>
      <h3 class="form-doc__title" id={`${id()}-title`}>
        {t(`document.${type()}`)}
        <FieldMarker marker={props.requirement.required ? 'required' : 'optional'} />
      </h3>
      <Show when={props.requirement.help}>{(help) => <p class="form-field__hint">{help()[locale()]}</p>}</Show>
      <Show when={documents().length > 0}>
        <ul class="form-doc-rows">
          <For each={documents()}>
            {(document) => (
              <UploadedDocumentRow document={document} fresh={document.id === freshId()} onError={(message) => setProblem(message)} />
            )}
          </For>
        </ul>
      </Show>
      <FieldError id={`${id()}-error`} message={error()} role={problem() ? 'alert' : undefined} />
      <WalletOffer
        type={type()}
        required={props.requirement.required}
        wallet={props.wallet}
        freshId={freshId()}
        busy={sending() !== undefined}
        onSettled={settle}
        onError={(message) => setProblem(message)}
      />
      <div class="form-doc__picker">
        <FileInput
          id={id()}
          label={
            <>
              {documents().some((d) => d.status !== 'rejected') ? t('form.documents.replace') : t('form.documents.choose')}
              <span class="visually-hidden"> — {t(`document.${type()}`)}</span>
            </>
          }
          accept={FILE_INPUT_ACCEPT}
          busy={sending() !== undefined}
          describedBy={[error() ? `${id()}-error` : '', 'documents-formats'].filter(Boolean).join(' ')}
          invalid={!!error()}
          onFile={(input) => void send(input)}
        />
      </div>
      <Show when={sending()?.fraction === 1}>
        <p class="form-doc__verifying" role="status">
          {t('form.documents.verifying', { filename: sending()?.filename ?? '' })}
        </p>
      </Show>
      <UploadProgress id={`${id()}-progress`} filename={sending()?.filename ?? ''} fraction={sending()?.fraction ?? null} />
      <p class="visually-hidden" aria-live="polite">
        {verified()}
      </p>
    </section>
  );
}

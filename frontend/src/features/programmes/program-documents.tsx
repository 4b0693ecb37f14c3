import { For, Show } from 'solid-js';
import type { DocumentRequirement } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';

function DocumentList(props: { heading: string; documents: DocumentRequirement[] }) {
  const { locale, t } = useI18n();
  return (
    <Show when={props.documents.length > 0}>
      <h3>{props.heading}</h3>
      <ul class="document-list">
        <For each={props.documents}>
          {(document) => (
            <li>
              <span class="document-list__name">{t(`document.${document.type}`)}</span>
              <Show when={document.help}>{(help) => <span class="document-list__help">{help()[locale()]}</span>}</Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** The supporting documents, required ones first, so applicants can gather them before starting. */
export function ProgramDocuments(props: { documents: DocumentRequirement[] }) {
  const { t } = useI18n();
  const required = () => props.documents.filter((document) => document.required);
  const optional = () => props.documents.filter((document) => !document.required);
  return (
    <Show when={props.documents.length > 0} fallback={<p>{t('program.noDocuments')}</p>}>
      <DocumentList heading={t('program.documentsRequired')} documents={required()} />
      <DocumentList heading={t('program.documentsOptional')} documents={optional()} />
    </Show>
  );
}

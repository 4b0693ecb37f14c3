/**
 * Step 5: the supporting documents, required ones first. Each file goes straight
 * to storage and is then checked by its content on the server.
 */
import { For } from 'solid-js';
import { useI18n } from '../../../i18n';
import { formatMegabytes } from '../../../../../functions/src/domain/format';
import { useForm } from '../form-context';
import { DocumentSlot } from './document-slot';
import { ACCEPTED_FORMATS } from './precheck-message';
import { createWalletState } from './wallet-offer';

/** Accepted formats and size limit once at the top, then one slot per document the programme asks for. */
export function DocumentsStep() {
  const form = useForm();
  const { locale, t } = useI18n();
  // The document wallet, read once for every slot: kept organisation documents to reuse.
  const wallet = createWalletState();
  const requirements = () => [...form.program.documents].sort((a, b) => Number(b.required) - Number(a.required));
  return (
    <>
      <p id="documents-formats" class="form-section__intro">
        {t('form.documents.formats', { formats: ACCEPTED_FORMATS, max: formatMegabytes(form.program.maxFileSizeBytes, locale()) })}
      </p>
      <For each={requirements()} fallback={<p>{t('form.documents.none')}</p>}>
        {(requirement) => <DocumentSlot requirement={requirement} wallet={wallet} />}
      </For>
    </>
  );
}

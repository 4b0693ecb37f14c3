/**
 * One document already sent: its name, its state in words ("Vérifié ✓",
 * "En cours de vérification", "Refusé : <motif>", and the antivirus's "Analyse
 * antivirus en cours…", "Fichier infecté : supprimé") and a delete button. A document
 * refused or found infected just now is announced at once (`role="alert"`); one from an
 * earlier visit is simply listed.
 */
import { createSignal, Match, Show, Switch } from 'solid-js';
import type { ApplicationDocument } from '../../../../../functions/src/domain/application';
import { useI18n } from '../../../i18n';
import { deleteDocument } from '../../../lib/api';
import { useForm } from '../form-context';

/** `fresh` marks the document settled during this visit, whose refusal must be announced. */
export function UploadedDocumentRow(props: { document: ApplicationDocument; fresh: boolean; onError: (message: string) => void }) {
  const form = useForm();
  const { locale, t } = useI18n();
  const [deleting, setDeleting] = createSignal(false);
  const remove = async () => {
    setDeleting(true);
    try {
      await deleteDocument(form.applicationId, props.document.id);
      form.setDocuments(form.documents().filter((d) => d.id !== props.document.id));
    } catch {
      props.onError(t('form.documents.deleteFailed', { filename: props.document.filename }));
      setDeleting(false);
    }
  };
  const refused = () =>
    props.document.status === 'rejected' || (props.document.status === 'verified' && props.document.scan === 'infected');
  return (
    <li class="form-doc-row" classList={{ 'form-doc-row--rejected': refused() }}>
      <span class="form-doc-row__name">{props.document.filename}</span>
      <span class="form-doc-row__status" role={props.fresh && refused() ? 'alert' : undefined}>
        <Switch>
          <Match when={props.document.status === 'verified' && props.document.scan === 'clean'}>
            <span class="form-tag form-tag--ok">{t('form.documents.verified')}</span>
          </Match>
          <Match when={props.document.status === 'verified' && props.document.scan === 'pending'}>
            <span class="form-tag">{t('form.documents.scanPending')}</span>
          </Match>
          <Match when={props.document.status === 'verified' && props.document.scan === 'infected'}>
            <span class="form-tag form-tag--error">{t('form.documents.scanInfected')}</span>
          </Match>
          <Match when={props.document.status === 'verified' && props.document.scan === 'error'}>
            <span class="form-tag form-tag--error">{t('form.documents.scanError')}</span>
          </Match>
          <Match when={props.document.status === 'pending'}>
            <span class="form-tag">{t('form.documents.pending')}</span>
          </Match>
          <Match when={props.document.status === 'rejected'}>
            <span class="form-tag form-tag--error">{t('form.documents.rejected')}</span>{' '}
            <Show when={props.document.rejection}>{(reason) => reason()[locale()]}</Show>
          </Match>
        </Switch>
      </span>
      <button
        type="button"
        class="button button--secondary button--small"
        disabled={deleting()}
        aria-label={t('form.documents.delete', { filename: props.document.filename })}
        onClick={() => void remove()}
      >
        {deleting() ? t('form.documents.deleting') : t('form.remove')}
      </button>
    </li>
  );
}

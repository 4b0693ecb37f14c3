import { Show } from 'solid-js';
import { isEditable } from '../../../../functions/src/domain/lifecycle';
import { useI18n } from '../../i18n';
import type { ApplicationView } from '../../lib/api';

/**
 * The deposit receipt of the latest submission, once the file has been sent in. A plain
 * link: the browser downloads the PDF with the session cookie (the API answers it as an
 * attachment). While the file is reopened for changes there is none: the next
 * submission makes a new one.
 */
export function ReceiptLink(props: { view: ApplicationView }) {
  const { t } = useI18n();
  const application = () => props.view.application;
  return (
    <Show when={application().submittedAt && application().reference && !isEditable(application().status)}>
      <p class="app-receipt">
        <a class="button button--secondary" href={`/api/applications/${application().id}/receipt.pdf`} download="">
          {t('app.receipt')}
        </a>
        <span class="app-receipt__hint muted">{t('app.receiptHint')}</span>
      </p>
    </Show>
  );
}

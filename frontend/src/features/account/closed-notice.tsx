import { createSignal, onMount, Show } from 'solid-js';
import { useI18n, type MessageKey } from '../../i18n';
import type { ErasureReport } from '../../lib/api';
import './account.css';

/**
 * What closing the account did, kept in memory for the next page only: not in the
 * address, so no link can tell someone their account is gone, and a reload does
 * not say it again.
 */
let pending: ErasureReport | undefined;

export function rememberClosedAccount(report: ErasureReport): void {
  pending = report;
}

function counted(count: number, base: 'myaccount.closed.drafts' | 'myaccount.closed.files'): MessageKey {
  return `${base}.${count === 0 ? 'zero' : count === 1 ? 'one' : 'many'}`;
}

/**
 * The confirmation the home page shows right after an account was closed: how many
 * drafts were erased and how many submitted files are kept without the person's
 * details. Announced as it appears, since focus goes to the page heading.
 */
export function AccountClosedNotice() {
  const { t } = useI18n();
  const [report, setReport] = createSignal<ErasureReport>();
  onMount(() => {
    setReport(pending);
    pending = undefined;
  });
  return (
    <Show when={report()}>
      {(done) => (
        <div class="callout callout--success account-closed" role="alert">
          <p class="callout__title">{t('myaccount.closed.title')}</p>
          <ul>
            <li>{t(counted(done().erasedDrafts, 'myaccount.closed.drafts'), { count: done().erasedDrafts })}</li>
            <li>{t(counted(done().pseudonymisedApplications, 'myaccount.closed.files'), { count: done().pseudonymisedApplications })}</li>
          </ul>
          <p>{t('myaccount.closed.signedOut')}</p>
        </div>
      )}
    </Show>
  );
}

/**
 * Nothing typed is lost by leaving: closing or reloading the tab with unsaved
 * changes triggers the browser's own warning, and leaving the form inside the
 * app saves first, asking only if the save cannot go through.
 */
import { useBeforeLeave } from '@solidjs/router';
import { onCleanup, onMount } from 'solid-js';
import { useI18n } from '../../i18n';
import type { FormState } from './form-state';

/** Installs both guards for the open form; returns the way to reload on purpose. */
export function useLeaveGuard(form: FormState) {
  const { t } = useI18n();
  const formPath = `/demandes/${form.applicationId}/modifier`;
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!form.autosave.hasUnsavedChanges()) return;
    event.preventDefault();
    event.returnValue = '';
  };
  onMount(() => window.addEventListener('beforeunload', onBeforeUnload));
  onCleanup(() => {
    window.removeEventListener('beforeunload', onBeforeUnload);
    form.autosave.dispose();
  });
  useBeforeLeave((event) => {
    const to = typeof event.to === 'string' ? event.to : '';
    if (to.startsWith(formPath) || !form.autosave.hasUnsavedChanges()) return;
    event.preventDefault();
    void form.autosave.flush().then((saved) => {
      if (saved || window.confirm(t('form.leaveConfirm'))) event.retry(true);
    });
  });
  /** Lets the applicant reload on purpose (after a conflict) without the warning they have already read. */
  return () => {
    window.removeEventListener('beforeunload', onBeforeUnload);
    window.location.reload();
  };
}

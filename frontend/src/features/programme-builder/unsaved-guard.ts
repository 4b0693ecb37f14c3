/**
 * Nothing typed in the builder is lost by leaving by mistake: closing or
 * reloading the tab with unsaved changes triggers the browser's own warning, and
 * leaving for another page of the app asks first.
 */
import { useBeforeLeave } from '@solidjs/router';
import { onCleanup, onMount } from 'solid-js';
import { useI18n } from '../../i18n';

/** Guards the page while `dirty()` is true. */
export function useUnsavedGuard(dirty: () => boolean): void {
  const { t } = useI18n();
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!dirty()) return;
    event.preventDefault();
    event.returnValue = '';
  };
  onMount(() => window.addEventListener('beforeunload', onBeforeUnload));
  onCleanup(() => window.removeEventListener('beforeunload', onBeforeUnload));
  useBeforeLeave((event) => {
    if (dirty() && !window.confirm(t('builder.leaveConfirm'))) event.preventDefault();
  });
}

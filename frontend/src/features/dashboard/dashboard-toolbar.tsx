import { Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { exportCsvHref } from '../../lib/staff-api';
import { problemMessage } from '../../lib/problem-message';
import type { DashboardState } from './use-dashboard';
import { formatParisTime } from '../../../../functions/src/domain/format';

/**
 * "Actualiser", the CSV export and where the figures stand. The freshness line
 * is a live region, so a refresh is announced when it lands; a failed refresh
 * says so while the previous figures stay on the page.
 */
export function DashboardToolbar(props: { programId: string; state: DashboardState }) {
  const { locale, t } = useI18n();
  let refreshButton: HTMLButtonElement | undefined;
  const time = () => {
    const at = props.state.loadedAt();
    return at ? formatParisTime(at, locale()) : '';
  };
  const refresh = async () => {
    await props.state.reload();
    // A disabled button drops focus; give it back so the keyboard user stays put.
    if (document.activeElement === document.body || document.activeElement === null) refreshButton?.focus();
  };
  return (
    <div class="dashboard-toolbar">
      <div class="button-row dashboard-toolbar__actions">
        <button ref={refreshButton} type="button" class="button" disabled={props.state.pending()} onClick={() => void refresh()}>
          {props.state.pending() ? t('dashboard.refreshing') : t('dashboard.refresh')}
        </button>
        <a class="button button--secondary" href={exportCsvHref(props.programId)} download="" aria-describedby="dashboard-export-hint">
          {t('dashboard.export')}
        </a>
      </div>
      <p id="dashboard-export-hint" class="muted">
        {t('dashboard.exportHint')}
      </p>
      <p class="dashboard-toolbar__freshness" role="status">
        {props.state.pending() ? t('dashboard.refreshing') : time() ? t('dashboard.loadedAt', { time: time() }) : ''}
      </p>
      <Show when={props.state.error() !== undefined && props.state.data() !== undefined}>
        <div class="alert alert--error" role="alert">
          <p class="alert__title">{t('dashboard.refreshError', { time: time() })}</p>
          <p>{problemMessage(props.state.error(), locale(), t('status.unavailable'))}</p>
        </div>
      </Show>
    </div>
  );
}

/**
 * The autosave line ("Enregistrement…", "Enregistré à 14:32"…) announced politely,
 * and, when another tab or device saved first, an alert that stops the applicant
 * before they type more into a form that can no longer be saved; and, when saves
 * keep failing, a calm notice that the changes are kept and when the next try is.
 */
import { Match, Show, Switch, createSignal, onCleanup } from 'solid-js';
import { useI18n } from '../../i18n';
import type { AutosaveStatus } from './autosave';
import { formatParisTime } from '../../../../functions/src/domain/format';

/** A polite live region: announced without interrupting what the applicant is typing. */
export function AutosaveStatusLine(props: { status: AutosaveStatus }) {
  const { locale, t } = useI18n();
  return (
    <p class="form-autosave" aria-live="polite">
      <Switch>
        <Match when={props.status.kind === 'pending'}>{t('form.autosave.pending')}</Match>
        <Match when={props.status.kind === 'saving'}>{t('form.autosave.saving')}</Match>
        <Match when={props.status.kind === 'saved' && props.status}>
          {(saved) => t('form.autosave.saved', { time: formatParisTime(saved().at, locale()) })}
        </Match>
        <Match when={props.status.kind === 'retrying'}>{t('form.autosave.retrying')}</Match>
        <Match when={props.status.kind === 'invalid'}>{t('form.autosave.invalid')}</Match>
        <Match when={props.status.kind === 'conflict'}>{t('form.autosave.stopped')}</Match>
        <Match when={props.status.kind === 'failed'}>{t('form.autosave.failed')}</Match>
      </Switch>
    </p>
  );
}

/** Shown on a 409: nothing more is saved until the page is reloaded with the latest version. */
export function ConflictAlert(props: { status: AutosaveStatus; onReload: () => void }) {
  const { t } = useI18n();
  return (
    <Show when={props.status.kind === 'conflict'}>
      <div class="alert alert--error form-conflict" role="alert">
        <p class="alert__title">{t('form.conflict.title')}</p>
        <p>{t('form.conflict.text')}</p>
        <button type="button" class="button" onClick={() => props.onReload()}>
          {t('form.conflict.reload')}
        </button>
      </div>
    </Show>
  );
}

/** After a few failed tries: the edits are kept, the next try is counted down, and the applicant can try at once. */
export function UnsavedNotice(props: { status: AutosaveStatus; onRetryNow: () => void }) {
  return (
    <Show when={props.status.kind === 'unsaved' && props.status}>
      {(unsaved) => <UnsavedCountdown retryAt={unsaved().retryAt} onRetryNow={props.onRetryNow} />}
    </Show>
  );
}

function UnsavedCountdown(props: { retryAt: Date; onRetryNow: () => void }) {
  const { t } = useI18n();
  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 1_000);
  onCleanup(() => clearInterval(tick));
  const seconds = () => Math.max(0, Math.ceil((props.retryAt.getTime() - now()) / 1_000));
  return (
    <div class="alert form-unsaved">
      {/* Announced once, politely; the countdown beside it is not read out every second. */}
      <p role="status">{t('form.unsaved.text')}</p>
      <p>{t('form.unsaved.retryIn', { seconds: seconds() })}</p>
      <button type="button" class="button" onClick={() => props.onRetryNow()}>
        {t('form.unsaved.retryNow')}
      </button>
    </div>
  );
}

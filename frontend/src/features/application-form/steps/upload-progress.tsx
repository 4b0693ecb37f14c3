/**
 * A visible progress bar named after the file, plus a polite announcement at each
 * quarter: a screen reader hears "25 %", "50 %"… rather than every percent.
 */
import { createEffect, createSignal, Show } from 'solid-js';
import { useI18n } from '../../../i18n';
import { formatPercent } from '../../../../../functions/src/domain/format';

/** `fraction` null hides the bar (nothing being sent) and resets the announcements. */
export function UploadProgress(props: { id: string; filename: string; fraction: number | null }) {
  const { locale, t } = useI18n();
  const [announced, setAnnounced] = createSignal('');
  let lastQuarter = 0;
  const percent = () => formatPercent(Math.round((props.fraction ?? 0) * 100), locale());
  createEffect(() => {
    if (props.fraction === null) {
      lastQuarter = 0;
      return;
    }
    const quarter = Math.floor(props.fraction * 4);
    if (quarter > lastQuarter) {
      lastQuarter = quarter;
      setAnnounced(t('form.documents.progressAnnounce', { filename: props.filename, percent: formatPercent(quarter * 25, locale()) }));
    }
  });
  return (
    <>
      <Show when={props.fraction !== null}>
        <div class="form-upload">
          <label class="form-upload__label" for={props.id}>
            {t('form.documents.progress', { filename: props.filename, percent: percent() })}
          </label>
          <progress id={props.id} class="form-upload__bar" max="1" value={props.fraction ?? 0}>
            {percent()}
          </progress>
        </div>
      </Show>
      <p class="visually-hidden" aria-live="polite">
        {announced()}
      </p>
    </>
  );
}

import { Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { FieldMessages, useFieldFrame } from './builder-field';
import { parisLocalToIso, type ParisLocal } from '../../../../functions/src/domain/format';
import { formatParisDateTime } from '../../../../functions/src/domain/format';

/**
 * A date and a time in Paris time, under one legend. What was understood is read
 * back with its UTC offset, so the summer/winter hour is visible (a call closing
 * at 23:59 on 31 March is +02:00, on 1 March +01:00).
 */
export function DateTimeField(props: { path: string; legend: string; value: ParisLocal; onChange: (value: ParisLocal) => void }) {
  const { locale, t } = useI18n();
  const readback = () => {
    const instant = parisLocalToIso(props.value.date, props.value.time);
    if (!instant.ok) return undefined;
    return t('builder.dateTime.readback', { when: formatParisDateTime(instant.iso, locale()), offset: instant.iso.slice(-6) });
  };
  const frame = useFieldFrame({ path: props.path, hint: t('builder.dateTime.hint'), get readback() { return readback(); } });
  return (
    <fieldset class="form-field builder-datetime" classList={{ 'form-field--error': !!frame.error() }} aria-describedby={frame.control.describedBy}>
      <legend class="form-field__label">{props.legend}</legend>
      <FieldMessages id={frame.id()} hint={t('builder.dateTime.hint')} error={frame.error()} />
      <div class="builder-datetime__inputs">
        <div>
          <label class="builder-sublabel" for={frame.id()}>
            {t('builder.dateTime.date')}
          </label>
          <input
            id={frame.id()}
            class="form-input form-input--medium"
            type="date"
            value={props.value.date}
            aria-invalid={frame.control.invalid}
            onInput={(event) => props.onChange({ ...props.value, date: event.currentTarget.value })}
          />
        </div>
        <div>
          <label class="builder-sublabel" for={`${frame.id()}-time`}>
            {t('builder.dateTime.time')}
          </label>
          <input
            id={`${frame.id()}-time`}
            class="form-input form-input--short"
            type="time"
            step={props.value.time.length > 5 ? 1 : 60}
            value={props.value.time}
            aria-invalid={frame.control.invalid}
            onInput={(event) => props.onChange({ ...props.value, time: event.currentTarget.value })}
          />
        </div>
      </div>
      <Show when={readback()}>
        <p class="builder-readback" id={`${frame.id()}-readback`}>
          {readback()}
        </p>
      </Show>
    </fieldset>
  );
}

import type { JSX } from 'solid-js';
import { formatParisDateTime } from '../../../functions/src/domain/format';
import { parisLocalToIso, type ParisLocal } from '../../../functions/src/domain/paris-time';
import { useI18n } from '../i18n';
import { FieldGroup, type FieldProps } from './field';
import { useUiText } from './use-ui-text';

/**
 * A date and a time in Paris time under one legend, for deadlines and opening
 * dates. What was understood is read back with its UTC offset, so the summer or
 * winter hour is visible (23:59 on 31 March is +02:00, on 1 March +01:00). The
 * value stays as typed (`ParisLocal`); `parisLocalToIso` turns it into an instant.
 */
export function DateField(
  props: Omit<FieldProps, 'after'> & {
    value: ParisLocal;
    onChange: (value: ParisLocal) => void;
    /** The read-back line for a valid instant; defaults to the instant in words and its offset. */
    readback?: ((iso: string) => JSX.Element) | undefined;
  },
) {
  const { locale } = useI18n();
  const text = useUiText();
  const readback = () => {
    const instant = parisLocalToIso(props.value.date, props.value.time);
    if (!instant.ok) return undefined;
    return props.readback ? props.readback(instant.iso) : `${formatParisDateTime(instant.iso, locale())} (UTC${instant.iso.slice(-6)})`;
  };
  return (
    <FieldGroup
      {...props}
      class={`form-datetime ${props.class ?? ''}`}
      after={readback() ? <p class="form-readback">{readback()}</p> : undefined}
    >
      {(control) => (
        <div class="form-datetime__inputs">
          <div>
            <label class="form-sublabel" for={control.id}>
              {text('ui.date')}
            </label>
            <input
              id={control.id}
              class="form-input form-input--medium"
              type="date"
              value={props.value.date}
              aria-invalid={control.invalid}
              onInput={(event) => props.onChange({ ...props.value, date: event.currentTarget.value })}
            />
          </div>
          <div>
            <label class="form-sublabel" for={`${control.id}-time`}>
              {text('ui.time')}
            </label>
            <input
              id={`${control.id}-time`}
              class="form-input form-input--short"
              type="time"
              step={props.value.time.length > 5 ? 1 : 60}
              value={props.value.time}
              aria-invalid={control.invalid}
              onInput={(event) => props.onChange({ ...props.value, time: event.currentTarget.value })}
            />
          </div>
        </div>
      )}
    </FieldGroup>
  );
}

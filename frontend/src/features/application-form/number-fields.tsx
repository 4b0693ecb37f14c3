/**
 * Number and money inputs bound to the draft. Both keep what the applicant typed
 * while it is being typed, store only a value they can read, and say so beside
 * the field when they cannot, rather than silently saving a different number.
 */
import { createEffect, createSignal, on } from 'solid-js';
import { formatEuros, formatNumber } from '../../../../functions/src/domain/format';
import { parseEuros } from '../../../../functions/src/domain/money';
import { useI18n } from '../../i18n';
import { Field } from '../../ui/field';
import { MoneyField } from '../../ui/money-field';
import { useFormField } from './use-form-field';

interface NumberProps {
  path: string;
  label: string;
  value: number | null | undefined;
  /** `undefined` when the field was emptied. */
  onValue: (value: number | undefined) => void;
  required?: boolean | undefined;
  hint?: string | undefined;
}

/** A count such as jobs created: whole numbers from 0 to `max`. */
export function FormNumberField(props: NumberProps & { max?: number; integer?: boolean }) {
  const { locale, t } = useI18n();
  const [problem, setProblem] = createSignal<string>();
  const field = useFormField({
    get path() {
      return props.path;
    },
    get required() {
      return props.required;
    },
    get localError() {
      return problem();
    },
  });
  const read = (input: HTMLInputElement) => {
    const typed = input.value.trim();
    const value = typed === '' ? undefined : Number(typed);
    const inRange = (n: number) => Number.isFinite(n) && n >= 0 && (props.max === undefined || n <= props.max);
    const valid = !input.validity.badInput && (value === undefined || (inRange(value) && (!props.integer || Number.isInteger(value))));
    const max = props.max === undefined ? '' : formatNumber(props.max, locale());
    setProblem(valid ? undefined : props.integer ? t('form.number.integer', { max }) : t('form.number.invalid'));
    props.onValue(valid ? value : undefined);
  };
  return (
    <Field {...field} label={props.label} hint={props.hint}>
      {(control) => (
        <input
          id={control.id}
          class="form-input form-input--short"
          type="number"
          min="0"
          max={props.max}
          step={props.integer ? 1 : 'any'}
          inputmode={props.integer ? 'numeric' : 'decimal'}
          value={props.value ?? ''}
          aria-describedby={control.describedBy}
          aria-invalid={control.invalid}
          aria-required={props.required ? 'true' : undefined}
          onInput={(event) => read(event.currentTarget)}
        />
      )}
    </Field>
  );
}

/**
 * An amount in euros stored as integer cents, typed the French way ("12 000",
 * "12 000,50", "1.500,50"); shown formatted ("12 000 €") once the field is left.
 */
export function FormMoneyField(props: NumberProps & { class?: string }) {
  const { locale, t } = useI18n();
  const format = (cents: number | null | undefined) => (cents === null || cents === undefined ? '' : formatEuros(cents, locale()));
  const [text, setText] = createSignal(format(props.value));
  const [problem, setProblem] = createSignal<string>();
  const field = useFormField({
    get path() {
      return props.path;
    },
    get required() {
      return props.required;
    },
    get localError() {
      return problem();
    },
  });
  let input: HTMLInputElement | undefined;
  createEffect(
    on(
      [() => props.value, locale],
      () => {
        if (document.activeElement !== input && !problem()) setText(format(props.value));
      },
      { defer: true },
    ),
  );
  const read = (typed: string) => {
    setText(typed);
    if (typed.trim() === '') {
      setProblem(undefined);
      return props.onValue(undefined);
    }
    const cents = parseEuros(typed);
    setProblem(cents === null ? t('form.money.invalid') : undefined);
    // An amount that cannot be read counts for nothing: totals never include a number the applicant cannot see.
    props.onValue(cents ?? undefined);
  };
  return (
    <MoneyField
      {...field}
      ref={(element) => (input = element)}
      class={props.class}
      label={props.label}
      hint={props.hint}
      required={props.required}
      value={text()}
      onInput={read}
      onBlur={() => {
        if (!problem()) setText(format(props.value));
      }}
    />
  );
}

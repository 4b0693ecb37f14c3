/**
 * The kit's text inputs bound to one draft value. Limits mirror the shared draft
 * schemas (`maxLength`), so the browser stops typing where the server would refuse a save.
 */
import type { JSX } from 'solid-js';
import { useI18n } from '../../i18n';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';
import { useFormField } from './use-form-field';

interface TextProps {
  path: string;
  label: string;
  value: string | null | undefined;
  onValue: (value: string) => void;
  required?: boolean | undefined;
  hint?: string | undefined;
  maxLength: number;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  autocomplete?: string;
  inputMode?: JSX.HTMLAttributes<HTMLInputElement>['inputmode'];
  spellcheck?: boolean;
  /** A narrow box for short values (postcode, SIRET, dates), so its size hints at the expected length. */
  width?: 'short' | 'medium';
}

/** A one-line draft value; `type` and `autocomplete` let phones offer the right keyboard and suggestions. */
export function FormTextField(props: TextProps) {
  const field = useFormField(props);
  return (
    <TextField
      {...field}
      label={props.label}
      hint={props.hint}
      required={props.required}
      type={props.type}
      value={props.value ?? ''}
      onInput={props.onValue}
      maxLength={props.maxLength}
      autocomplete={props.autocomplete}
      inputMode={props.inputMode}
      spellcheck={props.spellcheck}
      width={props.width}
    />
  );
}

/** A long draft value with a character counter, which also says the minimum while the text is shorter. */
export function FormTextArea(props: Omit<TextProps, 'type' | 'inputMode' | 'width' | 'autocomplete'> & { minLength?: number }) {
  const { t } = useI18n();
  const field = useFormField(props);
  const length = () => (props.value ?? '').length;
  return (
    <TextArea
      {...field}
      label={props.label}
      hint={props.hint}
      required={props.required}
      value={props.value ?? ''}
      onInput={props.onValue}
      maxLength={props.maxLength}
      counter
      counterNote={props.minLength && length() < props.minLength ? t('form.counterMin', { min: props.minLength }) : undefined}
    />
  );
}

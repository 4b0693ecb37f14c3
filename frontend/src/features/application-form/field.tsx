/**
 * The frame every form field shares: label above, help under the label, the
 * error under the help, then the control; the control is tied to the help and
 * the error with `aria-describedby` and flagged with `aria-invalid`.
 *
 * A field counts as "touched" once a change event leaves it, which is when its
 * error may start to show (see form-state).
 */
import { Show, type JSX } from 'solid-js';
import { useI18n } from '../../i18n';
import { fieldId } from './form-paths';
import { useForm } from './form-context';

/** What a field hands its control: spread these on the input. */
export interface ControlAttributes {
  readonly id: string;
  readonly describedBy: string | undefined;
  readonly invalid: true | undefined;
}

interface FrameProps {
  path: string;
  required?: boolean | undefined;
  hint?: string | undefined;
  /** A problem the control itself found (an amount it cannot read), shown before the shared validation's. */
  localError?: string | undefined;
  /** Extra ids for `aria-describedby`, such as a character counter. */
  describedBy?: string | undefined;
}

/** "(obligatoire)" or "(facultatif)": both are spelled out, so nobody has to guess what an asterisk means. */
export function RequiredMark(props: { required?: boolean | undefined }) {
  const { t } = useI18n();
  return <span class="form-field__required"> {props.required ? t('form.required') : t('form.optional')}</span>;
}

function useFrame(props: FrameProps) {
  const form = useForm();
  const { locale, t } = useI18n();
  const id = fieldId(props.path);
  const error = () => props.localError ?? form.errorFor(props.path)?.[locale()];
  const attributes: ControlAttributes = {
    id,
    get describedBy() {
      const ids = [props.hint ? `${id}-hint` : '', error() ? `${id}-error` : '', props.describedBy ?? ''];
      return ids.filter(Boolean).join(' ') || undefined;
    },
    get invalid() {
      return error() ? true : undefined;
    },
  };
  const messages = () => (
    <>
      <Show when={props.hint}>
        <p class="form-field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={error()}>
        <p class="form-field__error" id={`${id}-error`}>
          <span class="visually-hidden">{t('form.errorPrefix')} </span>
          {error()}
        </p>
      </Show>
    </>
  );
  return { form, id, error, attributes, messages };
}

/** One labelled control. */
export function Field(props: FrameProps & { label: string; class?: string; children: (control: ControlAttributes) => JSX.Element }) {
  const frame = useFrame(props);
  return (
    <div
      class={`form-field ${props.class ?? ''}`}
      classList={{ 'form-field--error': !!frame.error() }}
      onChange={() => frame.form.touch(props.path)}
    >
      <label class="form-field__label" for={frame.id}>
        {props.label}
        <RequiredMark required={props.required} />
      </label>
      {frame.messages()}
      {props.children(frame.attributes)}
    </div>
  );
}

/** A group of radios under a legend; the first radio carries the field id so error links land on it. */
export function FieldGroup(props: FrameProps & { legend: string; children: (control: ControlAttributes) => JSX.Element }) {
  const frame = useFrame(props);
  return (
    <fieldset
      class="form-field form-group"
      classList={{ 'form-field--error': !!frame.error() }}
      aria-describedby={frame.attributes.describedBy}
      onChange={() => frame.form.touch(props.path)}
    >
      <legend class="form-field__label">
        {props.legend}
        <RequiredMark required={props.required} />
      </legend>
      {frame.messages()}
      {props.children(frame.attributes)}
    </fieldset>
  );
}

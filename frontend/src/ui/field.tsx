/**
 * The field frame ("form group" in GOV.UK Frontend): label, hint, error, the
 * control, then anything read back under it (a counter, how an amount was
 * understood). The control is tied to its hint, error and extras with
 * `aria-describedby` and flagged `aria-invalid`. Every input of the kit sits in it.
 */
import { Show, type JSX } from 'solid-js';
import { describedBy, FieldMarker, FieldMessages } from './field-parts';

export { describedBy, FieldError, FieldMarker, FieldMessages } from './field-parts';

/** What the frame hands its control: spread these on the input. */
export interface ControlAttributes {
  readonly id: string;
  readonly describedBy: string | undefined;
  readonly invalid: true | undefined;
}

/** What every kit input accepts to describe itself. */
export interface FieldProps {
  id: string;
  label: JSX.Element;
  hint?: JSX.Element | undefined;
  error?: string | undefined;
  /** Written after the label: "(obligatoire)" or "(facultatif)", spelled out so nobody guesses what an asterisk means. */
  marker?: 'required' | 'optional' | undefined;
  /** Extra ids for `aria-describedby`, such as a list of lines to fix elsewhere on the page. */
  describedBy?: string | undefined;
  /** Shown under the control with the id `${id}-after` (a counter, a read-back); announced with the control. */
  after?: JSX.Element | undefined;
  class?: string | undefined;
  /** On the frame, so a form can mark the field touched when a change leaves it. */
  onFieldChange?: (() => void) | undefined;
}

/** The hint and error of a frame, and the attributes its control needs. */
export function useFieldFrame(props: FieldProps) {
  const attributes: ControlAttributes = {
    get id() {
      return props.id;
    },
    get describedBy() {
      return describedBy(props.hint && `${props.id}-hint`, props.error && `${props.id}-error`, props.after && `${props.id}-after`, props.describedBy);
    },
    get invalid() {
      return props.error ? true : undefined;
    },
  };
  const messages = () => <FieldMessages id={props.id} hint={props.hint} error={props.error} />;
  const after = () => (
    <Show when={props.after}>
      <div class="form-field__after" id={`${props.id}-after`}>
        {props.after}
      </div>
    </Show>
  );
  return { attributes, messages, after };
}

/**
 * One labelled control. Use it to build an input the kit lacks; for text,
 * amounts, dates and choices use the kit's ready-made fields, which sit in it.
 */
export function Field(props: FieldProps & { children: (control: ControlAttributes) => JSX.Element }) {
  const frame = useFieldFrame(props);
  return (
    <div class={`form-field ${props.class ?? ''}`} classList={{ 'form-field--error': !!props.error }} onChange={() => props.onFieldChange?.()}>
      <label class="form-field__label" for={props.id}>
        {props.label}
        <FieldMarker marker={props.marker} />
      </label>
      {frame.messages()}
      {props.children(frame.attributes)}
      {frame.after()}
    </div>
  );
}

/**
 * Several controls under one legend (radios, checkboxes, a date and a time). The
 * fieldset is described by the hint and error; the first control should carry
 * `control.id` so an error summary's link lands on it.
 */
export function FieldGroup(props: FieldProps & { children: (control: ControlAttributes) => JSX.Element }) {
  const frame = useFieldFrame(props);
  return (
    <fieldset
      class={`form-field form-group ${props.class ?? ''}`}
      classList={{ 'form-field--error': !!props.error }}
      aria-describedby={frame.attributes.describedBy}
      onChange={() => props.onFieldChange?.()}
    >
      <legend class="form-field__label">
        {props.label}
        <FieldMarker marker={props.marker} />
      </legend>
      {frame.messages()}
      {props.children(frame.attributes)}
      {frame.after()}
    </fieldset>
  );
}

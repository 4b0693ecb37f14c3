/**
 * The field frame ("form group" in GOV.UK Frontend): label, hint, error, the
 * control, then anything read back under it (a counter, how an amount was
 * understood). The control is tied to its hint, error and extras with
 * `aria-describedby` and flagged `aria-invalid`. Every input of the kit sits in it.
 */
import { Show, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
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
  /**
   * The label is a heading (GOV.UK's "label as page heading"): it is wrapped in
   * an `h2` (or `level`) with this class; with an id, it is focusable by script,
   * so a step can move focus onto its question.
   */
  heading?: { id?: string | undefined; class?: string | undefined; level?: 'h2' | 'h3' | undefined } | undefined;
  /** The label is read by screen readers only: for a control in a table row, whose column already says what it is. */
  labelHidden?: boolean | undefined;
  /** The error is announced as it appears (a value checked as it is typed), from a live region that is always there. */
  liveError?: boolean | undefined;
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
      return describedBy(
        props.hint && `${props.id}-hint`,
        props.error && `${props.id}-error`,
        props.after && `${props.id}-after`,
        props.describedBy,
      );
    },
    get invalid() {
      return props.error ? true : undefined;
    },
  };
  const messages = () => <FieldMessages id={props.id} hint={props.hint} error={props.error} live={props.liveError} />;
  const after = () => (
    <Show when={props.after}>
      <div class="form-field__after" id={`${props.id}-after`}>
        {props.after}
      </div>
    </Show>
  );
  return { attributes, messages, after };
}

/** Its children inside the frame's heading when there is one, as they are otherwise. */
function AsHeading(props: { heading: FieldProps['heading']; children: JSX.Element }) {
  return (
    <Show when={props.heading} fallback={props.children}>
      {(heading) => (
        <Dynamic
          component={heading().level ?? 'h2'}
          id={heading().id}
          class={`form-field__heading ${heading().class ?? ''}`}
          tabindex={heading().id ? '-1' : undefined}
        >
          {props.children}
        </Dynamic>
      )}
    </Show>
  );
}

/**
 * One labelled control. Use it to build an input the kit lacks; for text,
 * amounts, dates and choices use the kit's ready-made fields, which sit in it.
 */
export function Field(props: FieldProps & { children: (control: ControlAttributes) => JSX.Element }) {
  const frame = useFieldFrame(props);
  return (
    <div
      class={`form-field ${props.class ?? ''}`}
      classList={{ 'form-field--error': !!props.error }}
      onChange={() => props.onFieldChange?.()}
    >
      <AsHeading heading={props.heading}>
        <label class={props.labelHidden ? 'visually-hidden' : 'form-field__label'} for={props.id}>
          {props.label}
          <FieldMarker marker={props.marker} />
        </label>
      </AsHeading>
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
        <AsHeading heading={props.heading}>
          {props.label}
          <FieldMarker marker={props.marker} />
        </AsHeading>
      </legend>
      {frame.messages()}
      {props.children(frame.attributes)}
      {frame.after()}
    </fieldset>
  );
}

/**
 * The builder's fields: label, hint and error above the control, the control
 * tied to them with `aria-describedby` and flagged `aria-invalid`, and its id
 * taken from the field's path so the error summary's links land on it.
 */
import { Show, type JSX } from 'solid-js';
import { useI18n } from '../../i18n';
import { useBuilder } from './builder-state';
import { fieldId } from './field-paths';
import { useProblemText } from './problem-text';

/** What a field hands its control: its id and the attributes tying it to its messages. */
export interface Control {
  id: string;
  describedBy: string | undefined;
  invalid: true | undefined;
}

interface FrameProps {
  path: string;
  hint?: string | undefined;
  /** Read back under the control (e.g. how an amount was understood). */
  readback?: string | undefined;
  /** Another element that describes the control (e.g. the list of lines to fix). */
  describedBy?: string | undefined;
}

/** The hint, the error and the read-back of the field at `path`, and the attributes that name them (an item's path changes when it moves). */
export function useFieldFrame(props: FrameProps) {
  const state = useBuilder();
  const text = useProblemText();
  const id = () => fieldId(props.path);
  const error = () => {
    const problem = state.problemFor(props.path);
    return problem ? text(problem) : undefined;
  };
  const control: Control = {
    get id() {
      return id();
    },
    get describedBy() {
      const ids = [props.hint && `${id()}-hint`, error() && `${id()}-error`, props.readback && `${id()}-readback`, props.describedBy];
      return ids.filter(Boolean).join(' ') || undefined;
    },
    get invalid() {
      return error() ? true : undefined;
    },
  };
  return { id, error, control };
}

/** The hint and error lines of a field, in the order the form's CSS expects. */
export function FieldMessages(props: { id: string; hint?: string | undefined; error: string | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <Show when={props.hint}>
        <p class="form-field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="form-field__error" id={`${props.id}-error`}>
          <span class="visually-hidden">{t('form.errorPrefix')} </span>
          {props.error}
        </p>
      </Show>
    </>
  );
}

/** One labelled control; "(facultatif)" is written out on optional fields, every other one is required. */
export function BuilderField(props: FrameProps & { label: string; optional?: boolean; class?: string; children: (control: Control) => JSX.Element }) {
  const { t } = useI18n();
  const frame = useFieldFrame(props);
  return (
    <div class={`form-field ${props.class ?? ''}`} classList={{ 'form-field--error': !!frame.error() }}>
      <label class="form-field__label" for={frame.id()}>
        {props.label}
        <Show when={props.optional}>
          <span class="form-field__required"> {t('form.optional')}</span>
        </Show>
      </label>
      <FieldMessages id={frame.id()} hint={props.hint} error={frame.error()} />
      {props.children(frame.control)}
      <Show when={props.readback}>
        <p class="builder-readback" id={`${frame.id()}-readback`}>
          {props.readback}
        </p>
      </Show>
    </div>
  );
}

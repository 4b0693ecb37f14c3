import { createSignal, type JSX } from 'solid-js';
import { describedBy } from './field';
import { useUiText } from './use-ui-text';

/**
 * A file picker that looks like a button, with the chosen file's name beside it.
 * The native input stays in the page, visually hidden but focusable, so the
 * keyboard (Tab, then Space or Enter) and screen readers use it as usual, and its
 * label is the visible button. Use it wherever a person sends a file.
 */
export function FileInput(props: {
  id: string;
  label: JSX.Element;
  accept?: string | undefined;
  onFile: (input: HTMLInputElement) => void;
  /** Ids of the hint and error that describe the input. */
  describedBy?: string | undefined;
  invalid?: boolean | undefined;
  /** The picker stays usable but announces it is busy (an upload is running). */
  busy?: boolean | undefined;
}) {
  const text = useUiText();
  const [chosen, setChosen] = createSignal<string>();
  return (
    <div class="file-input" classList={{ 'file-input--busy': !!props.busy }}>
      <input
        id={props.id}
        type="file"
        class="file-input__native"
        accept={props.accept}
        aria-disabled={props.busy ? 'true' : undefined}
        aria-describedby={describedBy(props.describedBy, `${props.id}-chosen`)}
        aria-invalid={props.invalid ? true : undefined}
        onChange={(event) => {
          if (!props.busy) setChosen(event.currentTarget.files?.[0]?.name);
          props.onFile(event.currentTarget);
        }}
      />
      <label class="file-input__button" for={props.id}>
        {props.label}
      </label>
      <span class="file-input__name" id={`${props.id}-chosen`}>
        {chosen() ? text('ui.fileChosen', { filename: chosen() ?? '' }) : text('ui.noFile')}
      </span>
    </div>
  );
}

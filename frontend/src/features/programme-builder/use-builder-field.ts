/**
 * Binds a kit field to the programme draft: its id comes from the field's path
 * (so the error summary's links land on it) and its error from the draft's
 * validation or the API's refusal. Every builder field is required unless it
 * says "(facultatif)".
 */
import { useBuilder } from './builder-state';
import { fieldId } from './field-paths';
import { useProblemText } from './problem-text';

/** The kit props of the field at `path` (an item's path changes when it moves): spread them on a kit input. */
export function useBuilderField(props: { path: string; optional?: boolean | undefined }) {
  const state = useBuilder();
  const text = useProblemText();
  return {
    get id() {
      return fieldId(props.path);
    },
    get error() {
      const problem = state.problemFor(props.path);
      return problem ? text(problem) : undefined;
    },
    get marker() {
      return props.optional ? ('optional' as const) : undefined;
    },
  };
}

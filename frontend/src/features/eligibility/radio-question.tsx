import { RadioGroup } from '../../ui/radio-group';

/** One choice: its value, its label and an optional one-line explanation. */
export type RadioChoice<T extends string> = { value: T; label: string; hint?: string };

type Props<T extends string> = {
  /** Prefix of the radios' ids; the first radio's id is `${id}-${first value}`, where the error summary links. */
  id: string;
  question: string;
  hint?: string;
  choices: RadioChoice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  error: string | undefined;
};

/**
 * A single-choice question as a fieldset whose legend is the step's heading: the
 * question is announced with each radio, and it is what focus lands on when the
 * step appears. Hints hang on each radio through `aria-describedby`.
 */
export function RadioQuestion<T extends string>(props: Props<T>) {
  return (
    <RadioGroup
      id={props.id}
      class="question"
      heading={{ id: 'wizard-heading', class: 'question__heading' }}
      idsByValue
      cards
      label={props.question}
      hint={props.hint}
      error={props.error}
      options={props.choices}
      value={props.value}
      onValue={(value) => props.onChange(value)}
    />
  );
}

import { createEffect, createMemo, createSignal, For, on } from 'solid-js';
import type { Commune } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { communeLabel, searchCommunes } from './commune-search';
import type { CommuneAnswer } from './wizard-draft';

type Props = {
  id: string;
  communes: readonly Commune[];
  text: string;
  value: CommuneAnswer | null;
  onText: (text: string) => void;
  onChange: (answer: CommuneAnswer | null) => void;
  describedBy: string | undefined;
  invalid: boolean;
};

/**
 * The project's commune, as an editable combobox with a list popup (WAI-ARIA 1.2
 * pattern): focus stays in the text field while `aria-activedescendant` points at
 * the highlighted option, so typing, arrows, Enter and Escape work together. The
 * last option is always "my commune is not in the list", so an applicant outside
 * the territory can say so and get a reason instead of being stuck.
 */
export function CommuneCombobox(props: Props) {
  const { t } = useI18n();
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(-1);
  const listId = `${props.id}-list`;
  const optionId = (index: number) => `${props.id}-option-${index}`;
  const query = () => (props.value?.kind === 'listed' && props.text === communeLabel(props.value) ? '' : props.text);
  const matches = createMemo(() => searchCommunes(props.communes, query()));
  const last = () => matches().length;
  createEffect(on(active, (index) => document.getElementById(optionId(index))?.scrollIntoView?.({ block: 'nearest' })));

  const choose = (index: number) => {
    const commune = matches()[index];
    if (commune) {
      props.onChange({ kind: 'listed', insee: commune.insee, name: commune.name, postcode: commune.postcode });
      props.onText(communeLabel(commune));
    } else {
      props.onChange({ kind: 'unlisted', name: props.text.trim().slice(0, 120) });
    }
    setOpen(false);
    setActive(-1);
  };
  const move = (step: 1 | -1) => {
    if (!open()) {
      setOpen(true);
      setActive(step === 1 ? 0 : last());
      return;
    }
    const next = active() + step;
    setActive(next > last() ? 0 : next < 0 ? last() : next);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && event.altKey) setOpen(true);
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') move(event.key === 'ArrowDown' ? 1 : -1);
    else if (event.key === 'Enter' && open() && active() >= 0) choose(active());
    else if (event.key === 'Escape' && open()) setOpen(false);
    else if (event.key === 'Escape' && props.text !== '') {
      props.onText('');
      props.onChange(null);
    } else return;
    event.preventDefault();
  };
  const onInput = (text: string) => {
    props.onText(text);
    props.onChange(null);
    setOpen(true);
    setActive(-1);
  };
  const count = () =>
    matches().length === 0
      ? t('elig.commune.noMatch')
      : t(matches().length === 1 ? 'elig.commune.oneMatch' : 'elig.commune.matches', { count: matches().length });
  // The ARIA combobox pattern: focus stays in the input (aria-activedescendant names the
  // active option) and the arrow keys move it, so an option is neither focusable nor keyed.
  const option = (index: () => number, content: () => string, extra = '') => (
    // biome-ignore lint/a11y/useFocusableInteractive: see above
    // biome-ignore lint/a11y/useKeyWithClickEvents: the input's key handler drives the options
    <li
      id={optionId(index())}
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a listbox option is an li by the pattern
      role="option"
      class={`combobox__option ${extra}`}
      aria-selected={active() === index()}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => choose(index())}
    >
      {content()}
    </li>
  );
  return (
    <div class="combobox">
      <input
        id={props.id}
        class="form-input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open()}
        aria-controls={listId}
        aria-activedescendant={open() && active() >= 0 ? optionId(active()) : undefined}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        autocomplete="off"
        spellcheck={false}
        value={props.text}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the combobox pattern's listbox */}
      <ul id={listId} role="listbox" class="combobox__list" aria-label={t('elig.commune.listLabel')} hidden={!open()}>
        <For each={matches()}>{(commune, index) => option(index, () => communeLabel(commune))}</For>
        {option(last, () => t('elig.commune.unlisted'), 'combobox__option--unlisted')}
      </ul>
      <p class="visually-hidden" role="status">
        {open() && query() !== '' ? count() : ''}
      </p>
    </div>
  );
}

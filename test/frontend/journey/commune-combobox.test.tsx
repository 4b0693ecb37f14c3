import { render, screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Commune } from '../../../functions/src/domain/program';
import { CommuneCombobox } from '../../../frontend/src/features/eligibility/commune-combobox';
import type { CommuneAnswer } from '../../../frontend/src/features/eligibility/wizard-draft';
import { I18nProvider } from '../../../frontend/src/i18n';

const communes: Commune[] = [
  { insee: '62041', postcode: '62000', name: 'Arras' },
  { insee: '62557', postcode: '62161', name: 'Marœuil' },
  { insee: '62744', postcode: '62223', name: 'Sainte-Catherine' },
  { insee: '62753', postcode: '62223', name: 'Saint-Laurent-Blangy' },
  { insee: '62817', postcode: '62217', name: 'Tilloy-lès-Mofflaines' },
];

function mount() {
  const [text, setText] = createSignal('');
  const [value, setValue] = createSignal<CommuneAnswer | null>(null);
  render(() => (
    <I18nProvider>
      <label for="commune">Commune du projet</label>
      <CommuneCombobox
        id="commune"
        communes={communes}
        text={text()}
        value={value()}
        onText={setText}
        onChange={setValue}
        describedBy={undefined}
        invalid={false}
      />
      <output data-testid="answer">{JSON.stringify(value())}</output>
    </I18nProvider>
  ));
  const input = screen.getByRole('combobox', { name: 'Commune du projet' });
  const listbox = document.getElementById('commune-list') as HTMLElement;
  const options = () =>
    within(listbox)
      .getAllByRole('option', { hidden: true })
      .map((option) => option.textContent);
  return { input, listbox, options, answer: () => JSON.parse(screen.getByTestId('answer').textContent ?? 'null') as CommuneAnswer | null };
}

describe('commune combobox', () => {
  it.each([
    ['maroeuil', ['Marœuil (62161)']],
    ['TILLOY LES', ['Tilloy-lès-Mofflaines (62217)']],
    ['st laurent', ['Saint-Laurent-Blangy (62223)']],
    ['sainte-cath', ['Sainte-Catherine (62223)']],
    ['62223', ['Sainte-Catherine (62223)', 'Saint-Laurent-Blangy (62223)']],
    ['lens', []],
  ])('typing "%s" lists the matching communes, accents and case aside', async (typed, expected) => {
    const user = userEvent.setup();
    const { input, listbox, options } = mount();
    await user.type(input, typed);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(listbox).toBeVisible();
    expect(options()).toEqual([...expected, "Ma commune n'est pas dans la liste"]);
  });

  it('is operated with the keyboard: arrows move, Enter chooses, Escape closes then clears', async () => {
    const user = userEvent.setup();
    const { input, listbox, answer } = mount();
    await user.type(input, 'sa');
    expect(input).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    const first = screen.getByRole('option', { name: 'Sainte-Catherine (62223)' });
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    expect(first).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    await user.keyboard('{ArrowUp}');
    const unlisted = screen.getByRole('option', { name: "Ma commune n'est pas dans la liste" });
    expect(input).toHaveAttribute('aria-activedescendant', unlisted.id);
    await user.keyboard('{ArrowUp}{Enter}');

    expect(input).toHaveValue('Saint-Laurent-Blangy (62223)');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(listbox).not.toBeVisible();
    expect(answer()).toEqual({ kind: 'listed', insee: '62753', name: 'Saint-Laurent-Blangy', postcode: '62223' });

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('Saint-Laurent-Blangy (62223)');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(answer()).toBeNull();
  });

  it('lets a commune outside the list be stated, keeping the name typed', async () => {
    const user = userEvent.setup();
    const { input, answer } = mount();
    await user.type(input, 'Lens');
    await user.click(screen.getByRole('option', { name: "Ma commune n'est pas dans la liste" }));
    expect(answer()).toEqual({ kind: 'unlisted', name: 'Lens' });
    expect(input).toHaveValue('Lens');
  });

  it('chooses with the mouse or a tap', async () => {
    const user = userEvent.setup();
    const { input, answer } = mount();
    await user.click(input);
    await user.click(screen.getByRole('option', { name: 'Arras (62000)' }));
    expect(input).toHaveValue('Arras (62000)');
    expect(input).toHaveFocus();
    expect(answer()).toMatchObject({ kind: 'listed', insee: '62041' });
  });
});

import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { acceptSaves, application, formApi } from '../support/form-fixtures';
import { renderApp } from '../support/render-app';

/** Intl writes French amounts with narrow no-break spaces; tests read them as plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');

function totals() {
  const box = screen.getByRole('region', { name: 'Équilibre du plan de financement' });
  const value = (term: string) => plain(within(box).getByText(term).nextElementSibling?.textContent);
  return {
    expenses: value('Total des dépenses'),
    funding: value('Total des recettes (dont montant demandé)'),
    gap: value('Écart'),
    verdict: plain(box.querySelector('[aria-live]')?.textContent),
  };
}

describe('budget step', { timeout: 30_000 }, () => {
  it('adds up expenses and funding as the applicant types French amounts, and says when the plan balances', async () => {
    formApi({}, acceptSaves());
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/budget');
    await screen.findByRole('heading', { level: 2, name: 'Budget et financement' });
    expect(plain(screen.getByText(/^Plafond/).textContent)).toBe('Plafond : 30 000 € ; au plus 50 % du budget. Minimum : 1 000 €.');
    expect(totals().verdict).toBe("Saisissez vos dépenses et vos financements : l'équilibre s'affichera ici.");

    await user.click(screen.getByRole('button', { name: 'Ajouter une dépense' }));
    const firstExpense = screen.getByRole('group', { name: 'Dépense 1' });
    expect(within(firstExpense).getByRole('textbox', { name: /^Libellé/ })).toHaveFocus();
    await user.keyboard('Outillage');
    await user.type(within(firstExpense).getByRole('textbox', { name: /^Montant/ }), '18 000');
    await user.click(screen.getByRole('button', { name: 'Ajouter une dépense' }));
    await user.keyboard('Salaires');
    await user.type(within(screen.getByRole('group', { name: 'Dépense 2' })).getByRole('textbox', { name: /^Montant/ }), '6.000,50');

    expect(totals()).toMatchObject({ expenses: '24 000,50 €', funding: '0 €', gap: '-24 000,50 €' });
    expect(totals().verdict).toBe('Il manque 24 000,50 € de recettes pour couvrir les dépenses.');

    await user.type(screen.getByRole('textbox', { name: /^Montant demandé à ce programme/ }), '12000');
    expect(plain(screen.getByText(/^Plafond/).textContent)).toContain(
      'Avec 24 000,50 € de dépenses, vous pouvez demander au plus 12 000,25 €.',
    );
    await user.click(screen.getByRole('button', { name: 'Ajouter un financement' }));
    const funding = screen.getByRole('group', { name: 'Financement 1' });
    await user.keyboard('Apport des associés');
    await user.selectOptions(within(funding).getByRole('combobox', { name: /^Type de financement/ }), 'Fonds propres');
    await user.type(within(funding).getByRole('textbox', { name: /^Montant/ }), '12 500');

    expect(totals()).toMatchObject({ expenses: '24 000,50 €', funding: '24 500 €', gap: '499,50 €' });
    expect(totals().verdict).toBe('Les recettes dépassent les dépenses de 499,50 €.');

    const amount = within(funding).getByRole('textbox', { name: /^Montant/ });
    await user.clear(amount);
    await user.type(amount, '12000,50');
    await user.tab();
    expect(totals().verdict).toBe('Le plan est équilibré ✓');
    expect(plain((amount as HTMLInputElement).value)).toBe('12 000,50 €');
  });

  it('names each remove button after its line, and removing a line updates the totals', async () => {
    const saved = application({
      budget: {
        expenses: [
          { label: 'Outillage', amountCents: 1_800_000 },
          { label: 'Salaires', amountCents: 600_000 },
        ],
        funding: [],
        amountRequestedCents: 1_200_000,
      },
    });
    formApi({ application: saved }, acceptSaves(saved));
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/budget');
    await screen.findByRole('heading', { level: 2, name: 'Budget et financement' });
    expect(totals()).toMatchObject({ expenses: '24 000 €', funding: '12 000 €' });

    await user.click(screen.getByRole('button', { name: 'Supprimer la ligne 2 des dépenses' }));
    expect(screen.queryByRole('group', { name: 'Dépense 2' })).toBeNull();
    expect(totals()).toMatchObject({ expenses: '18 000 €', gap: '-6 000 €' });
    expect(screen.getByRole('button', { name: 'Ajouter une dépense' })).toHaveFocus();
  });

  it('says beside the field when an amount cannot be read, without changing the totals', async () => {
    formApi({}, acceptSaves());
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/budget');
    await user.click(await screen.findByRole('button', { name: 'Ajouter une dépense' }));
    const amount = within(screen.getByRole('group', { name: 'Dépense 1' })).getByRole('textbox', { name: /^Montant/ });
    await user.type(amount, '1 2 3');
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(amount).toHaveAccessibleDescription(expect.stringContaining('Montant non reconnu'));
    expect(totals().expenses).toBe('0 €');
  });
});

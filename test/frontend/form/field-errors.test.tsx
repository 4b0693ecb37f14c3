import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SIRET_MESSAGE } from '../../../functions/src/domain/siret';
import { acceptSaves, formApi } from '../support/form-fixtures';
import { renderApp } from '../support/render-app';

describe('field errors and the error summary', { timeout: 30_000 }, () => {
  it('shows a SIRET error beside the field once it is left, tied to it for assistive technology', async () => {
    formApi({}, acceptSaves());
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/organisation');
    const siret = await screen.findByRole('textbox', { name: /^Numéro SIRET/ });
    expect(siret).not.toHaveAttribute('aria-invalid');

    await user.type(siret, '732 829 320 00075');
    expect(screen.queryByText(SIRET_MESSAGE.fr)).toBeNull();
    await user.tab();

    expect(siret).toHaveAttribute('aria-invalid', 'true');
    const error = screen.getByText(SIRET_MESSAGE.fr);
    expect(siret.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(siret).toHaveAccessibleDescription(expect.stringContaining(SIRET_MESSAGE.fr));

    await user.clear(siret);
    await user.type(siret, '732 829 320 00074');
    await user.tab();
    expect(siret).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(SIRET_MESSAGE.fr)).toBeNull();
  });

  it('on "Étape suivante" with errors, stays, shows the summary with focus, and links each error to its field', async () => {
    formApi({}, acceptSaves());
    const user = userEvent.setup();
    const { location } = renderApp('/demandes/app-1/modifier/organisation');
    await user.type(await screen.findByRole('textbox', { name: /^Nom de la structure/ }), 'La Ressourcerie du Val');
    await user.type(screen.getByRole('textbox', { name: /^Numéro SIRET/ }), '123');

    await user.click(screen.getByRole('button', { name: 'Étape suivante' }));

    const summary = await screen.findByRole('alert', { name: 'Certaines informations sont à corriger' });
    await vi.waitFor(() => expect(summary).toHaveFocus());
    expect(location()).toBe('/demandes/app-1/modifier/organisation');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toContain('#field-organisation-siret');
    expect(links.map((link) => link.getAttribute('href'))).not.toContain('#field-organisation-name');
    expect(within(summary).getByRole('link', { name: 'Forme juridique\u00a0: Ce champ est obligatoire.' })).toHaveAttribute(
      'href',
      '#field-organisation-legalForm',
    );
    const siretLink = within(summary).getByRole('link', { name: `Numéro SIRET\u00a0: ${SIRET_MESSAGE.fr}` });

    await user.click(siretLink);
    expect(screen.getByRole('textbox', { name: /^Numéro SIRET/ })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /^Prénom et nom/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('lets the applicant move on anyway, marks the step "Erreurs" and focuses the next step heading', async () => {
    formApi({}, acceptSaves());
    const user = userEvent.setup();
    const { location } = renderApp('/demandes/app-1/modifier/organisation');
    await user.click(await screen.findByRole('button', { name: 'Étape suivante' }));
    const summary = await screen.findByRole('alert', { name: 'Certaines informations sont à corriger' });

    await user.click(within(summary).getByRole('button', { name: /^Continuer sans corriger/ }));

    expect(location()).toBe('/demandes/app-1/modifier/project');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Projet' });
    await vi.waitFor(() => expect(heading).toHaveFocus());
    const stepper = screen.getByRole('navigation', { name: 'Étapes de la demande' });
    expect(within(stepper).getByRole('link', { name: /^Structure/ })).toHaveTextContent('Erreurs');
    expect(screen.queryByRole('alert', { name: 'Certaines informations sont à corriger' })).toBeNull();
  });

  it('moves straight on when the step is complete', async () => {
    formApi({}, acceptSaves());
    const user = userEvent.setup();
    const { location } = renderApp('/demandes/app-1/modifier/questions');
    await user.click(await screen.findByRole('radio', { name: 'Oui' }));
    await user.click(screen.getByRole('button', { name: 'Étape suivante' }));
    expect(location()).toBe('/demandes/app-1/modifier/documents');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

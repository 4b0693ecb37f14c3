import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { VALID_SECTIONS } from '../../support/applications';
import { acceptSaves, application, formApi } from '../support/form-fixtures';
import { renderApp } from '../support/render-app';

const stepLinks = () => within(screen.getByRole('navigation', { name: 'Étapes de la demande' })).getAllByRole('link');

describe('stepper', { timeout: 30_000 }, () => {
  it('lists the six steps in order with their state in words, computed from the draft', async () => {
    formApi({ application: application({ organisation: VALID_SECTIONS.organisation, answers: VALID_SECTIONS.answers }) });
    renderApp('/demandes/app-1/modifier/organisation');
    await screen.findByRole('heading', { level: 2, name: 'Structure' });

    const list = screen.getByRole('navigation', { name: 'Étapes de la demande' }).querySelector('ol');
    expect(list).not.toBeNull();
    expect(stepLinks().map((link) => link.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '1Structure✓ — Complète',
      '2Projet○ — À compléter',
      '3Budget et financement○ — À compléter',
      '4Questions du programme✓ — Complète',
      '5Pièces justificatives○ — À compléter',
      '6Vérification et dépôt○ — À compléter',
    ]);
    expect(stepLinks()[0]).toHaveAttribute('aria-current', 'step');
    expect(stepLinks().filter((link) => link.hasAttribute('aria-current'))).toHaveLength(1);
    expect(stepLinks()[1]).toHaveAttribute('href', '/demandes/app-1/modifier/project');
    expect(screen.getByRole('button', { name: /^Étape 1 sur 6 — Structure/ })).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens at the first step still to complete when the address names no step', async () => {
    formApi({ application: application({ organisation: VALID_SECTIONS.organisation }) });
    renderApp('/demandes/app-1/modifier');
    expect(await screen.findByRole('heading', { level: 2, name: 'Projet' })).toBeInTheDocument();
    expect(stepLinks()[1]).toHaveAttribute('aria-current', 'step');
    expect(document.title).toBe("Projet (étape 2 sur 6) — Fonds d'amorçage ESS — Guichet ESS");
  });

  it('turns a step from "Complète" to "Erreurs" when an edit breaks it, and back', async () => {
    const saved = application({ organisation: VALID_SECTIONS.organisation });
    formApi({ application: saved }, acceptSaves(saved));
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/organisation');
    const postcode = await screen.findByRole('textbox', { name: /^Code postal/ });
    await user.clear(postcode);
    await user.type(postcode, '620');
    await user.tab();
    expect(stepLinks()[0]).toHaveTextContent('Erreurs');
    await user.type(postcode, '00');
    await user.tab();
    expect(stepLinks()[0]).toHaveTextContent('Complète');
  });

  it('moves to a step from the stepper and focuses its heading', async () => {
    formApi();
    const user = userEvent.setup();
    const { location } = renderApp('/demandes/app-1/modifier/organisation');
    await screen.findByRole('heading', { level: 2, name: 'Structure' });
    await user.click(screen.getByRole('button', { name: /^Étape 1 sur 6/ }));
    await user.click(
      within(screen.getByRole('navigation', { name: 'Étapes de la demande' })).getByRole('link', { name: /^Pièces justificatives/ }),
    );
    expect(location()).toBe('/demandes/app-1/modifier/documents');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Pièces justificatives' });
    await vi.waitFor(() => expect(heading).toHaveFocus());
    expect(stepLinks()[4]).toHaveAttribute('aria-current', 'step');
  });
});

import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { VALID_SECTIONS } from '../../support/applications';
import { jsonResponse, problem, sent } from '../support/api-harness';
import { acceptSaves, APP_ID, application, documentOf, formApi, loose, patches, savedAs, viewOf } from '../support/form-fixtures';
import { renderApp } from '../support/render-app';

const complete = () =>
  application({ ...VALID_SECTIONS, declaration: { accepted: false, signatoryName: 'Léa Dupont', signatoryRole: 'Présidente' } });
const verified = () =>
  ['statuts', 'avis_sirene', 'rib', 'budget_previsionnel'].map((type) => documentOf(type as 'statuts', `${type}.pdf`, 'verified'));

describe('application form page', { timeout: 30_000 }, () => {
  it('explains that a submitted application can no longer be edited, and links to it', async () => {
    formApi({
      application: application({ status: 'submitted', reference: 'ESS-2026-000123', submittedAt: '2026-12-01T10:00:00.000Z' }),
      editable: false,
    });
    renderApp('/demandes/app-1/modifier/budget');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cette demande ne peut plus être modifiée' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir ma demande' })).toHaveAttribute('href', '/demandes/app-1');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('saves as the applicant types and, when another device saved first, stops and says so', async () => {
    // The first save goes through; meanwhile another device saves version 9, so the next one is refused.
    const conflict = () =>
      problem(409, { fr: 'La demande a été modifiée entre-temps.', en: 'The application was changed meanwhile.' }, { currentVersion: 9 });
    let saves = 0;
    const calls = formApi(
      {},
      { [`PATCH /api/applications/${APP_ID}`]: (body) => (++saves === 1 ? savedAs(application(), body) : conflict()) },
    );
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/project');
    await user.type(await screen.findByRole('textbox', { name: /^Nom du projet/ }), 'Atelier');
    await vi.waitFor(() => expect(screen.getByText(/^Enregistré à \d\d:\d\d$/)).toBeInTheDocument(), { timeout: 3_000 });
    expect(patches(calls)).toEqual([{ version: 3, project: { title: 'Atelier' } }]);

    await user.type(screen.getByRole('textbox', { name: /^Nom du projet/ }), ' vélo');
    const alert = await screen.findByRole('alert', {}, { timeout: 3_000 });
    expect(alert).toHaveTextContent(loose('Cette demande a été modifiée ailleurs (autre onglet ou appareil).'));
    expect(within(alert).getByRole('button', { name: 'Recharger' })).toBeInTheDocument();
    expect(patches(calls).at(-1)).toEqual({ version: 4, project: { title: 'Atelier vélo' } });

    await user.type(screen.getByRole('textbox', { name: /^Nom du projet/ }), ' solidaire');
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(patches(calls)).toHaveLength(2);
  });

  it('warns before the tab closes while a change is not saved yet, and not once it is', async () => {
    formApi({}, acceptSaves());
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/project');
    await user.type(await screen.findByRole('textbox', { name: /^Nom du projet/ }), 'Atelier');
    const closing = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(closing);
    expect(closing.defaultPrevented).toBe(true);

    await vi.waitFor(() => expect(screen.getByText(/^Enregistré à/)).toBeInTheDocument(), { timeout: 3_000 });
    const later = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });

  it('lists what is missing on the review step, each linked to its field, and keeps "Déposer" disabled', async () => {
    formApi({ application: complete(), documents: verified().slice(0, 3) });
    renderApp('/demandes/app-1/modifier/declaration');
    const summary = await screen.findByRole('region', { name: 'Récapitulatif' });
    expect(within(summary).getByRole('link', { name: loose('Pièce obligatoire manquante : Budget prévisionnel.') })).toHaveAttribute(
      'href',
      '/demandes/app-1/modifier/documents#field-documents-budget_previsionnel',
    );
    expect(
      within(summary).getByRole('link', {
        name: loose('Déclaration sur l’honneur : Vous devez cocher la déclaration sur l’honneur pour déposer la demande.'),
      }),
    ).toHaveAttribute('href', '#field-declaration-accepted');
    const submit = screen.getByRole('button', { name: 'Déposer ma demande' });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription(
      loose('Pour déposer votre demande, complétez d’abord les 2 points signalés dans le récapitulatif.'),
    );
  });

  it('saves the sworn statement, submits once, and opens the application page', async () => {
    const submitted = application({
      ...complete(),
      status: 'submitted',
      version: 5,
      reference: 'ESS-2026-000123',
      submittedAt: '2026-12-01T10:00:00.000Z',
    });
    const calls = formApi(
      { application: complete(), documents: verified() },
      {
        ...acceptSaves(complete()),
        [`POST /api/applications/${APP_ID}/transitions`]: () => jsonResponse(viewOf(submitted, verified(), false)),
      },
    );
    const user = userEvent.setup();
    const { location } = renderApp('/demandes/app-1/modifier/declaration');
    await user.click(await screen.findByRole('checkbox', { name: /^Je certifie sur l’honneur/ }));
    const submit = screen.getByRole('button', { name: 'Déposer ma demande' });
    expect(submit).toBeEnabled();

    await user.click(submit);
    await vi.waitFor(() => expect(location()).toBe('/demandes/app-1?deposee=1'));
    expect(patches(calls)).toEqual([
      { version: 3, declaration: { accepted: true, signatoryName: 'Léa Dupont', signatoryRole: 'Présidente' } },
    ]);
    expect(sent(calls, 'POST', `/api/applications/${APP_ID}/transitions`).map((call) => call.body)).toEqual([{ event: 'submit' }]);
  });

  it("shows the server's refusal in a focused error summary", async () => {
    const errors = [
      {
        path: 'eligibility.territory',
        message: { fr: "Arras n'est pas dans le territoire du programme.", en: 'Arras is not in the area.' },
      },
    ];
    formApi(
      { application: complete(), documents: verified() },
      {
        ...acceptSaves(complete()),
        [`POST /api/applications/${APP_ID}/transitions`]: () =>
          problem(400, { fr: 'La demande ne peut pas être déposée.', en: 'The application cannot be submitted.' }, { errors }),
      },
    );
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/declaration');
    await user.click(await screen.findByRole('checkbox', { name: /^Je certifie sur l’honneur/ }));
    await user.click(screen.getByRole('button', { name: 'Déposer ma demande' }));

    const summary = await screen.findByRole('alert', {
      name: loose("Votre demande n'a pas pu être déposée : complétez les points suivants"),
    });
    await vi.waitFor(() => expect(summary).toHaveFocus());
    expect(
      within(summary).getByRole('link', { name: loose("Éligibilité : Arras n'est pas dans le territoire du programme.") }),
    ).toHaveAttribute('href', '/demandes/app-1/modifier/project#field-project-communeInsee');
  });
});

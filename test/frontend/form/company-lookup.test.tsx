/**
 * The organisation step's SIRENE lookup: a valid SIRET offers "Remplir depuis le
 * répertoire SIRENE", which fills the empty fields at once and asks before replacing
 * what the person typed; a lookup that fails says they can type the fields, and the
 * form goes on.
 */
import { screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Company } from '../../../frontend/src/lib/api';
import { jsonResponse, problem, sent } from '../support/api-harness';
import { acceptSaves, application, formApi, loose, patches } from '../support/form-fixtures';
import { renderApp } from '../support/render-app';

const SIRET = '84567890100016';
const COMPANY: Company = {
  siret: SIRET,
  name: "SCIC Énergies Citoyennes de l'Arrageois",
  legalForm: 'scic',
  legalCategory: '5560',
  street: '2 allée des Tilleuls',
  postcode: '62223',
  city: 'Saint-Nicolas',
  creationDate: '2020-04-07',
};
const LOOKUP = `/api/companies/${SIRET}`;
const field = (name: RegExp) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const lookupButton = () => screen.findByRole('button', { name: 'Remplir depuis le répertoire SIRENE' }, { timeout: 10_000 });

describe('organisation step: the SIRENE lookup', { timeout: 30_000 }, () => {
  it('appears once the SIRET is valid, and fills the empty fields from the register', async () => {
    const base = application({ organisation: { contactEmail: 'lea@example.org' } });
    const calls = formApi({ application: base }, { ...acceptSaves(base), [`GET ${LOOKUP}`]: () => jsonResponse(COMPANY) });
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/organisation');
    const siret = await screen.findByRole('textbox', { name: /^Numéro SIRET/ }, { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: 'Remplir depuis le répertoire SIRENE' })).toBeNull();

    await user.type(siret, '845 678 901 00016');
    await user.click(await lookupButton());
    expect(await screen.findByText(/^Rempli depuis le répertoire SIRENE/)).toHaveTextContent(
      loose('Rempli depuis le répertoire SIRENE : nom, forme juridique, adresse, date de création. Vérifiez et modifiez si besoin.'),
    );
    // Announced politely, where the person is.
    expect(screen.getByText(/^Rempli depuis le répertoire SIRENE/)).toHaveAttribute('role', 'status');
    expect(sent(calls, 'GET', LOOKUP)).toHaveLength(1);
    expect(field(/^Nom de la structure/).value).toBe("SCIC Énergies Citoyennes de l'Arrageois");
    expect((screen.getByRole('combobox', { name: /^Forme juridique/ }) as HTMLSelectElement).value).toBe('scic');
    expect(field(/^Numéro et rue/).value).toBe('2 allée des Tilleuls');
    expect(field(/^Code postal/).value).toBe('62223');
    expect(field(/^Commune/).value).toBe('Saint-Nicolas');
    await vi.waitFor(
      () =>
        expect(patches(calls).at(-1)?.organisation).toMatchObject({
          name: COMPANY.name,
          legalForm: 'scic',
          creationDate: '2020-04-07',
          city: 'Saint-Nicolas',
        }),
      {
        timeout: 3_000,
      },
    );
  });

  it('asks before replacing what the person typed, and keeps it if they say so', async () => {
    const base = application({
      organisation: { siret: SIRET, name: 'Énergies citoyennes', street: '', postcode: '', city: '', contactEmail: 'lea@example.org' },
    });
    formApi({ application: base }, { ...acceptSaves(base), [`GET ${LOOKUP}`]: () => jsonResponse(COMPANY) });
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/organisation');
    await user.click(await lookupButton());
    expect(await screen.findByText(/Le répertoire indique d’autres valeurs pour : nom\./)).toBeInTheDocument();
    // The empty address is filled already; the typed name waits for the person.
    expect(field(/^Commune/).value).toBe('Saint-Nicolas');
    expect(field(/^Nom de la structure/).value).toBe('Énergies citoyennes');
    await user.click(screen.getByRole('button', { name: 'Garder mes informations' }));
    expect(await screen.findByText('Vos informations sont conservées.')).toBeInTheDocument();
    expect(field(/^Nom de la structure/).value).toBe('Énergies citoyennes');

    await user.click(screen.getByRole('button', { name: 'Remplir depuis le répertoire SIRENE' }));
    await user.click(await screen.findByRole('button', { name: 'Remplacer' }));
    expect(field(/^Nom de la structure/).value).toBe("SCIC Énergies Citoyennes de l'Arrageois");
  });

  it('says the person can type the fields when the register does not answer, and blocks nothing', async () => {
    const base = application({ organisation: { siret: SIRET, contactEmail: 'lea@example.org' } });
    formApi(
      { application: base },
      {
        ...acceptSaves(base),
        [`GET ${LOOKUP}`]: () =>
          problem(404, {
            fr: 'Nous n’avons pas trouvé ce SIRET dans le répertoire SIRENE : saisissez les informations vous-même.',
            en: 'We could not find this SIRET in the SIRENE register: please type the details yourself.',
          }),
      },
    );
    const user = userEvent.setup();
    renderApp('/demandes/app-1/modifier/organisation');
    await user.click(await lookupButton());
    expect(await screen.findByText(/^Le répertoire SIRENE n’a pas pu nous répondre/)).toHaveTextContent(
      loose('Le répertoire SIRENE n’a pas pu nous répondre pour ce SIRET : saisissez les informations vous-même, rien ne vous bloque.'),
    );
    expect(field(/^Nom de la structure/).value).toBe('');
    // Another SIRET: the message about the previous one goes.
    await user.type(screen.getByRole('textbox', { name: /^Numéro SIRET/ }), '{Backspace}');
    expect(screen.queryByText(/^Le répertoire SIRENE n’a pas pu nous répondre/)).toBeNull();
    await user.type(field(/^Nom de la structure/), 'Énergies citoyennes');
    expect(field(/^Nom de la structure/).value).toBe('Énergies citoyennes');
    // An invalid SIRET offers no lookup; the form goes on regardless.
    expect(screen.queryByRole('button', { name: 'Remplir depuis le répertoire SIRENE' })).toBeNull();
  });
});

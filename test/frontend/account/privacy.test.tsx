import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, signedOut } from '../fixtures';
import { problem, stubApi } from '../support/api-harness';
import { deferred, renderApp } from '../support/render-app';

/** Not the defaults (12 months, 14 days, 3 and 10 years): a period written into the page cannot pass. */
const RETENTION = { idleDraftMonths: 18, draftWarningDays: 21, closedApplicationYears: 5, approvedApplicationYears: 11 };

function section(name: string): HTMLElement {
  return screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;
}

describe('personal-data page', () => {
  it('states the retention periods the API returns, after a loading line', async () => {
    const answer = deferred<Response>();
    stubApi({ ...signedOut, 'GET /api/privacy': () => answer.promise });
    renderApp('/donnees-personnelles');
    expect(await screen.findByRole('heading', { level: 1, name: 'Données personnelles' })).toBeInTheDocument();
    const retention = section('Durée de conservation');
    expect(within(retention).getByRole('status')).toHaveTextContent('Chargement des durées de conservation…');
    expect(retention).not.toHaveTextContent(/\d+ (mois|ans)/);

    answer.resolve(jsonResponse(RETENTION));
    expect(
      await within(retention).findByText(
        'brouillons : effacés, avec leurs pièces, après 18 mois sans aucune modification ; un e-mail vous prévient 21 jours avant ;',
      ),
    ).toBeInTheDocument();
    expect(retention).toHaveTextContent('effacées 5 ans après le retrait ou la décision');
    expect(retention).toHaveTextContent('conservées 11 ans après la décision');
    expect(retention).not.toHaveTextContent('12 mois');
    expect(within(retention).getByRole('link', { name: /^Mon\scompte$/ })).toHaveAttribute('href', '/compte');
  });

  it('lists every personal field stored, the contact’s phone and the signatory included', async () => {
    stubApi({ ...signedOut, 'GET /api/privacy': () => jsonResponse(RETENTION) });
    renderApp('/donnees-personnelles');
    await screen.findByRole('heading', { level: 1, name: 'Données personnelles' });
    const data = section('Données traitées');
    for (const text of [
      'la langue de l',
      'la date de création du compte',
      'le nom affiché et le rôle',
      '1 heure sans activité',
      '8 heures après la connexion',
      "l'adresse IP",
      'conservés 1 mois',
      'numéro SIRET, date de création, adresse, site internet',
      'la personne à contacter : nom, fonction, adresse électronique, téléphone',
      'dimension ESS',
      'nom et fonction du ou de la signataire',
      'empreinte SHA-256',
      "résultat de l'analyse antivirus",
      'les messages échangés avec le service',
      'qui a fait quoi, et quand',
      "déclarations de conflit d'intérêts",
    ]) {
      expect(data).toHaveTextContent(text);
    }
    const rights = section('Vos droits');
    expect(rights).toHaveTextContent('Télécharger mes données');
    expect(rights).toHaveTextContent('Supprimer mon compte');
    expect(within(rights).getAllByRole('link', { name: /^Mon\scompte$/ })).toHaveLength(2);
    expect(within(rights).getByRole('link', { name: 'dpo@demo.example.org' })).toHaveAttribute('href', 'mailto:dpo@demo.example.org');
    expect(within(rights).getByRole('link', { name: 'www.cnil.fr' })).toBeInTheDocument();
  });

  it('says the periods could not be read, with no number, and reads them on retry', async () => {
    let fail = true;
    stubApi({
      ...signedOut,
      'GET /api/privacy': () =>
        fail ? problem(503, { fr: 'Service indisponible.', en: 'Service unavailable.' }) : jsonResponse(RETENTION),
    });
    const user = userEvent.setup({ delay: null });
    renderApp('/donnees-personnelles');
    await screen.findByRole('heading', { level: 1, name: 'Données personnelles' });
    const retention = section('Durée de conservation');
    expect(await within(retention).findByRole('alert')).toHaveTextContent("Les durées de conservation n'ont pas pu être chargées.");
    expect(retention).not.toHaveTextContent(/\d+ (mois|ans|jours)/);

    fail = false;
    await user.click(within(retention).getByRole('button', { name: 'Réessayer' }));
    expect(await within(retention).findByText(/après 18 mois sans aucune modification/)).toBeInTheDocument();
  });

  it('states the same numbers in English', async () => {
    localStorage.setItem('guichet.locale', 'en');
    stubApi({ ...signedOut, 'GET /api/privacy': () => jsonResponse(RETENTION) });
    renderApp('/donnees-personnelles');
    await screen.findByRole('heading', { level: 1, name: 'Personal data' });
    const retention = section('Retention');
    expect(await within(retention).findByText(/after 18 months without any change; an email warns you 21 days before/)).toBeInTheDocument();
    expect(retention).toHaveTextContent('erased 5 years after the withdrawal or the decision');
    expect(retention).toHaveTextContent('kept 11 years after the decision');
    expect(section('Data processed')).toHaveTextContent('the contact person: name, role, email address, phone number');
    expect(section('Data processed')).toHaveTextContent('the signatory’s name and role');
  });
});

describe('sign-in page', () => {
  it('links to the personal-data page under the email form', async () => {
    stubApi(signedOut);
    renderApp('/connexion');
    await screen.findByRole('textbox', { name: 'Adresse e-mail' });
    expect(screen.getByRole('link', { name: 'Vos données\u00a0: comment nous les utilisons' })).toHaveAttribute(
      'href',
      '/donnees-personnelles',
    );
  });
});

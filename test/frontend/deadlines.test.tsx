/**
 * Deadlines as people read them: the builder asks for a closing date and a time that
 * defaults to 23:59 Paris and sends that instant; the programme page and the "Mes
 * demandes" card state the deadline with its minute and, in its last week, the time left.
 */
import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parisToday } from '../../functions/src/domain/calendar';
import { parisLocalToIso } from '../../functions/src/domain/paris-time';
import type { Program, ProgramInput } from '../../functions/src/domain/program';
import { amorcage, jsonResponse, signedOut } from './fixtures';
import { summary } from './journey/application-fixtures';
import { renderJourney, signedIn, stubApi as stubJourney } from './journey/journey-harness';
import { asManager, control, group, setValue } from './staff/builder/builder-harness';
import { stubApi } from './support/api-harness';
import { renderApp } from './support/render-app';

const DAY = 24 * 60 * 60 * 1000;

/** 23:59 Paris, `days` Paris days from now: a deadline in its last week, whatever day the test runs. */
function closingIn(days: number): string {
  const instant = parisLocalToIso(parisToday(new Date(Date.now() + days * DAY)), '23:59');
  if (!instant.ok) throw new Error('23:59 exists every day');
  return instant.iso;
}

describe('deadlines on the pages', { timeout: 60_000 }, () => {
  it('the builder asks for the closing time, 23:59 Paris unless changed, says the minute is included, and sends that instant', async () => {
    const user = userEvent.setup();
    let created: Program | undefined;
    const calls = stubApi({
      ...asManager,
      'POST /api/programs': (body) => {
        created = { ...(body as ProgramInput), version: 1, createdAt: '2026-11-10T10:00:00Z', updatedAt: '2026-11-10T10:00:00Z' };
        return jsonResponse(created, 201);
      },
      'GET /api/programs/fabrique-2027': () => jsonResponse(created),
      'GET /api/programs/fabrique-2027/events': () => jsonResponse({ items: [] }),
    });
    renderApp('/gestion/programmes/nouveau');
    await screen.findByRole('heading', { level: 1, name: 'Nouveau programme' });
    const closing = group('Clôture des dépôts');
    expect(control('Heure', closing)).toHaveValue('23:59');
    expect(closing).toHaveTextContent('Heure de Paris, 23 h 59 par défaut. Cette minute est comprise');

    setValue(control('Identifiant'), 'fabrique-2027');
    setValue(control('Adresse e-mail de contact'), 'ess@agglo.example.org');
    for (const [name, fr, en] of [
      ['Titre', 'Fabrique à projets 2027', 'Project factory 2027'],
      ['Résumé', 'Pour lancer un projet ESS.', 'To start an ESS project.'],
      ['Description', 'Le programme finance le démarrage.', 'The programme funds start-ups.'],
    ] as const) {
      setValue(control(`${name} (français)`), fr);
      setValue(control(`${name} (anglais)`), en);
    }
    setValue(control('Date', group('Ouverture des dépôts')), '2027-03-01');
    // Only the date: the time stays 23:59. 29 March 2027 is past the spring change (UTC+2).
    setValue(control('Date', closing), '2027-03-29');
    setValue(control('Enveloppe totale'), '300 000');
    setValue(control('Nom du territoire'), "Communauté urbaine d'Arras");
    setValue(control('Communes'), '62041;62000;Arras');
    setValue(control('Montant minimum demandé'), '1 000');
    setValue(control('Montant maximum (plafond)'), '30 000');
    expect(closing).toHaveTextContent('Soit le 29 mars 2027 à 23:59, heure de Paris (UTC+02:00)');

    await user.click(screen.getByText('Créer le brouillon', { selector: 'button' }));
    await screen.findByRole('heading', { level: 1, name: 'Fabrique à projets 2027' });
    const posted = calls.find((call) => call.method === 'POST')?.body as ProgramInput;
    expect(posted.closesAt).toBe('2027-03-29T23:59:00+02:00');
  });

  it('the programme page states the deadline with its minute, and the time left in its last week', async () => {
    stubApi({ ...signedOut, 'GET /api/programs/amorcage-ess-2026': () => jsonResponse({ ...amorcage, closesAt: closingIn(3) }) });
    renderApp('/programmes/amorcage-ess-2026');
    await screen.findByRole('heading', { level: 1, name: "Fonds d'amorçage ESS 2026" });
    const dates = screen.getByText('Période de dépôt').nextElementSibling as HTMLElement;
    expect(dates).toHaveTextContent(/au \d{1,2} \S+ \d{4} à 23 h 59, heure de Paris/);
    expect(within(dates).getByText('Plus que 3 jours')).toBeInTheDocument();
  });

  it('a programme far off says its deadline with the minute, and no time left', async () => {
    stubApi({
      ...signedOut,
      'GET /api/programs/amorcage-ess-2026': () => jsonResponse({ ...amorcage, closesAt: '2030-02-28T23:59:00+01:00' }),
    });
    renderApp('/programmes/amorcage-ess-2026');
    await screen.findByRole('heading', { level: 1, name: "Fonds d'amorçage ESS 2026" });
    const dates = screen.getByText('Période de dépôt').nextElementSibling as HTMLElement;
    expect(dates).toHaveTextContent('au 28 février 2030 à 23 h 59, heure de Paris');
    expect(dates.querySelector('.deadline__left')).toBeNull();
  });

  it('"Mes demandes" shows a draft’s deadline and how long is left; a submitted file shows no deadline', async () => {
    stubJourney({
      ...signedIn,
      'GET /api/applications': () =>
        jsonResponse({
          items: [
            { ...summary('app_1', 'draft', null), programClosesAt: closingIn(0) },
            { ...summary('app_2', 'submitted', 'ESS-2026-000002'), programClosesAt: closingIn(0) },
          ],
          cursor: null,
        }),
    });
    renderJourney('/demandes');
    const [draft, submitted] = (await screen.findAllByRole('article')) as [HTMLElement, HTMLElement];
    expect(draft).toHaveTextContent(/Date limite de dépôt\d{1,2} \S+ \d{4} à 23 h 59, heure de Paris/);
    expect(within(draft).getByText('Dernier jour : clôture à 23 h 59')).toBeInTheDocument();
    expect(submitted).not.toHaveTextContent('Date limite');
  });
});

import { screen, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { amorcage, amorcageSummary, jsonResponse, signedOut } from './fixtures';
import { type Handlers, problem, stubApi } from './support/api-harness';
import { renderApp } from './support/render-app';

const sp = '[\\u202f\\u00a0 ]';

/** A visitor's API: the answers given, and a 404 for any other programme. */
function visitorApi(handlers: Handlers = {}) {
  return stubApi({
    ...signedOut,
    'GET /api/programs/:programId': () => problem(404, { fr: 'Programme introuvable.', en: 'No such programme.' }),
    ...handlers,
  });
}

describe('programme page', () => {
  it('shows the programme, its conditions and its documents', async () => {
    visitorApi({ 'GET /api/programs/amorcage-ess-2026': () => jsonResponse(amorcage) });
    renderApp('/programmes/amorcage-ess-2026');

    const title = await screen.findByRole('heading', { level: 1, name: "Fonds d'amorçage ESS 2026" });
    expect(title).toBeInTheDocument();
    expect(document.title).toBe("Fonds d'amorçage ESS 2026 — Guichet ESS");
    const breadcrumb = screen.getByRole('navigation', { name: "Fil d'Ariane" });
    expect(within(breadcrumb).getByRole('link', { name: 'Accueil' })).toHaveAttribute('href', '/');
    expect(within(breadcrumb).getByText("Fonds d'amorçage ESS 2026")).toHaveAttribute('aria-current', 'page');

    expect(screen.getByText(/^Le fonds soutient les premiers mois/)).toBeInTheDocument();
    expect(screen.getByText(/^Les projets sont examinés par un comité/)).toBeInTheDocument();

    const facts = screen.getByRole('region', { name: 'En bref' });
    expect(within(facts).getByText('Du 1 novembre 2026 au 28 février 2027 à 23 h 59, heure de Paris')).toBeInTheDocument();
    expect(within(facts).getByText(new RegExp(`^De 1${sp}000${sp}€ à 30${sp}000${sp}€$`))).toBeInTheDocument();
    expect(within(facts).getByText(new RegExp(`^jusqu'à 50${sp}% du budget du projet$`))).toBeInTheDocument();
    expect(within(facts).getByText("SCIC (société coopérative d'intérêt collectif)")).toBeInTheDocument();
    expect(within(facts).getByText('Structure en cours de création')).toBeInTheDocument();
    expect(within(facts).getByText('Non obligatoire')).toBeInTheDocument();
    expect(within(facts).getByText('Au plus 36 mois')).toBeInTheDocument();
    expect(within(facts).getByText('Voir les 3 communes')).toBeInTheDocument();
    expect(within(facts).getByText('Saint-Laurent-Blangy')).toBeInTheDocument();

    const documents = screen.getByRole('region', { name: 'Pièces à fournir' });
    const required = within(documents).getByRole('heading', { name: 'Pièces obligatoires' });
    expect(required.nextElementSibling).toHaveTextContent('Statuts');
    expect(required.nextElementSibling).toHaveTextContent('Budget prévisionnelSur 12 mois.');
    const optional = within(documents).getByRole('heading', { name: 'Pièces facultatives' });
    expect(optional.nextElementSibling).toHaveTextContent("Dernier rapport d'activité");

    expect(screen.getByRole('link', { name: 'ess@example.org' })).toHaveAttribute('href', 'mailto:ess@example.org');
  });

  it('renders a description containing markup as plain text', async () => {
    const description = { fr: '<img src=x onerror="alert(1)"> Texte', en: 'Text' };
    visitorApi({ 'GET /api/programs/amorcage-ess-2026': () => jsonResponse({ ...amorcage, description }) });
    const { container } = renderApp('/programmes/amorcage-ess-2026');
    expect(await screen.findByText('<img src=x onerror="alert(1)"> Texte')).toBeInTheDocument();
    expect(container.querySelector('main img')).toBeNull();
  });

  it('explains that an unknown programme does not exist', async () => {
    visitorApi();
    renderApp('/programmes/inconnu-2026');
    expect(await screen.findByRole('heading', { level: 1, name: 'Programme introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Retour à l'accueil" })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Programme introuvable — Guichet ESS');
  });

  it('opens from a home card and moves focus into the new page', async () => {
    visitorApi({
      'GET /api/programs': () => jsonResponse({ items: [amorcageSummary] }),
      'GET /api/programs/amorcage-ess-2026': () => jsonResponse(amorcage),
    });
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await screen.findByRole('link', { name: "Fonds d'amorçage ESS 2026" }));

    expect(await screen.findByRole('heading', { level: 1, name: "Fonds d'amorçage ESS 2026" })).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByRole('main').contains(document.activeElement)).toBe(true));
  });
});

describe('unknown address', () => {
  it('shows "Page introuvable" with a way home', () => {
    visitorApi();
    renderApp('/nulle-part');
    expect(screen.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Retour à l'accueil" })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Page introuvable — Guichet ESS');
  });
});

/** The personal-data page states the retention periods the API returns. */
const privacyAnswer = {
  'GET /api/privacy': () =>
    jsonResponse({ idleDraftMonths: 12, draftWarningDays: 14, closedApplicationYears: 3, approvedApplicationYears: 10 }),
};

describe('regulatory pages', () => {
  it.each([
    ['/accessibilite', "Déclaration d'accessibilité", /partiellement conforme/],
    ['/mentions-legales', 'Mentions légales', /Amazon Web Services/],
    ['/donnees-personnelles', 'Données personnelles', /mission d'intérêt public/],
  ])('%s has its title and content', (path, heading, content) => {
    visitorApi(privacyAnswer);
    renderApp(path);
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getAllByText(content).length).toBeGreaterThan(0);
    expect(document.title).toBe(`${heading} — Guichet ESS`);
  });

  it('gives the data protection officer address as a mail link', () => {
    visitorApi(privacyAnswer);
    renderApp('/donnees-personnelles');
    expect(screen.getByRole('link', { name: 'dpo@demo.example.org' })).toHaveAttribute('href', 'mailto:dpo@demo.example.org');
  });
});

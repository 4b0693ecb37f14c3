/**
 * The frame and the regulatory pages take the authority's names, logo, colours and
 * contacts from the site configuration the SPA reads from GET /api/site before its
 * first render: another territory's configuration shows everywhere, and nothing of
 * the default remains.
 */
import { screen, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SITE, type Site } from '../../functions/src/domain/site';
import { loadSite, setSiteConfig } from '../../frontend/src/lib/site';
import { jsonResponse, signedOut } from './fixtures';
import { problem, stubApi } from './support/api-harness';
import { renderApp } from './support/render-app';

const LILLE: Site = {
  ...DEFAULT_SITE,
  portalName: 'Guichet solidaire',
  authority: { name: 'Eurométropole de Lille', shortName: 'MEL', article: "l'" },
  logo: { path: '/logo-mel.svg' },
  colors: { primary: '#5b2a6e', primaryHover: '#43204f', primaryTint: '#f4eef6' },
  contacts: { unit: 'ess@mel.example.fr', dpo: 'dpo@mel.example.fr', accessibility: 'a11y@mel.example.fr' },
  postalAddress: ['Eurométropole de Lille', '2 boulevard des Cités Unies', '59000 Lille'],
  legal: {
    ...DEFAULT_SITE.legal,
    publicationDirector: {
      fr: 'Le président de la Métropole européenne de Lille.',
      en: 'The president of the Métropole européenne de Lille.',
    },
  },
};

const visitor = () =>
  stubApi({
    ...signedOut,
    'GET /api/site': () => jsonResponse(LILLE),
    'GET /api/programs': () => jsonResponse({ items: [] }),
    'GET /api/privacy': () =>
      jsonResponse({ idleDraftMonths: 12, draftWarningDays: 14, closedApplicationYears: 3, approvedApplicationYears: 10 }),
  });

afterEach(() => {
  setSiteConfig(DEFAULT_SITE);
});

describe('the site configuration', () => {
  it('names the default authority, the one of the demo programmes, before anything is loaded', () => {
    stubApi({ ...signedOut, 'GET /api/programs': () => jsonResponse({ items: [] }) });
    renderApp('/');
    const header = screen.getByRole('banner');
    expect(within(header).getByText("Communauté urbaine d'Arras — Économie sociale et solidaire")).toBeInTheDocument();
    expect(screen.getByText(/^La Communauté urbaine d'Arras soutient les projets/)).toBeInTheDocument();
  });

  it('puts the loaded names, logo and contact in the header, the home page, the footer and the title', async () => {
    const calls = visitor();
    await loadSite();
    expect(calls.filter((c) => c.path === '/api/site')).toHaveLength(1);
    renderApp('/');

    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: /^Guichet solidaire/ })).toHaveAttribute('href', '/');
    expect(within(header).getByText('Eurométropole de Lille — Économie sociale et solidaire')).toBeInTheDocument();
    expect(header.querySelector('img')).toHaveAttribute('src', '/logo-mel.svg');
    expect(header.querySelector('img')).toHaveAttribute('alt', '');
    expect(screen.getByText(/^L'Eurométropole de Lille soutient les projets/)).toBeInTheDocument();

    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'ess@mel.example.fr' })).toHaveAttribute('href', 'mailto:ess@mel.example.fr');
    expect(footer).toHaveTextContent('59000 Lille');
    expect(document.title).toBe('Accueil — Guichet solidaire');
    expect(document.body.textContent).not.toMatch(/Arras|demo\.example\.org/);
  });

  it('sets its colours over the tokens on :root', async () => {
    visitor();
    await loadSite();
    const root = document.documentElement.style;
    expect(root.getPropertyValue('--color-primary')).toBe('#5b2a6e');
    expect(root.getPropertyValue('--color-primary-hover')).toBe('#43204f');
    expect(root.getPropertyValue('--color-primary-tint')).toBe('#f4eef6');
  });

  it.each([
    ['/mentions-legales', ['Eurométropole de Lille (éditeur)', 'Le président de la Métropole européenne de Lille.'], 'ess@mel.example.fr'],
    ['/donnees-personnelles', ["Le responsable du traitement est l'Eurométropole de Lille."], 'dpo@mel.example.fr'],
    ['/accessibilite', ["L'Eurométropole de Lille s'engage", 'Guichet solidaire est partiellement conforme'], 'a11y@mel.example.fr'],
  ])('%s states the configured authority and contact', async (path, texts, contact) => {
    visitor();
    await loadSite();
    renderApp(path);
    const main = screen.getByRole('main');
    for (const text of texts) expect(main).toHaveTextContent(text);
    expect(within(main).getByRole('link', { name: contact })).toHaveAttribute('href', `mailto:${contact}`);
    expect(main.textContent).not.toMatch(/Arras|demo\.example\.org/);
  });

  it('keeps the default names when the configuration cannot be read', async () => {
    stubApi({
      ...signedOut,
      'GET /api/site': () => problem(503, { fr: 'Indisponible.', en: 'Unavailable.' }),
      'GET /api/programs': () => jsonResponse({ items: [] }),
    });
    await loadSite();
    renderApp('/');
    expect(screen.getByRole('banner')).toHaveTextContent("Communauté urbaine d'Arras");
  });
});

describe('the accessibility statement', () => {
  it('gives the status, the audit date and method, the rate of the criteria checked, what was not audited, and the remedy', () => {
    stubApi({ ...signedOut });
    renderApp('/accessibilite');
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent(
      "Guichet ESS est partiellement conforme avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1.",
    );
    expect(main).toHaveTextContent(
      /L'audit du 8 décembre 2026 a vérifié 16 des 106 critères du RGAA 4\.1, sur les 16 pages de l'échantillon : 100 % des critères vérifiés sont respectés\./,
    );
    expect(main).toHaveTextContent("Les 90 autres critères n'ont pas été audités");
    expect(main).toHaveTextContent('Dérogations pour charge disproportionnée : aucune.');
    expect(main).toHaveTextContent('10.11 Les contenus peuvent-ils être présentés sans défilement horizontal');
    expect(within(main).getByRole('link', { name: 'accessibilite@demo.example.org' })).toHaveAttribute(
      'href',
      'mailto:accessibilite@demo.example.org',
    );
    expect(within(main).getByRole('heading', { level: 2, name: 'Voies de recours' })).toBeInTheDocument();
    expect(main).toHaveTextContent('Défenseur des droits');
  });
});

/**
 * The portal's identity comes from one configuration: GET /api/site serves it to
 * anyone (cacheable), SITE_CONFIG replaces the default at cold start and signs the
 * emails, and a configuration that would make text unreadable stops the cold start.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../functions/src/config';
import { DEFAULT_SITE, type Site } from '../../../functions/src/domain/site';
import { seedDemoData } from '../../../functions/src/local/seed';
import { createTestContext, testEnv } from '../../support/deps';
import { as, signIn } from '../../support/session';
import { submittedApplication } from '../privacy/support';
import { DEMO_MANAGER_EMAIL, NOW } from '../security/support';

const LILLE: Site = {
  ...DEFAULT_SITE,
  portalName: 'Guichet solidaire',
  authority: { name: 'Eurométropole de Lille', shortName: 'MEL', article: "l'" },
  logo: { path: '/logo-mel.svg' },
  colors: { primary: '#5b2a6e', primaryHover: '#43204f', primaryTint: '#f4eef6' },
  contacts: { unit: 'ess@mel.example.fr', dpo: 'dpo@mel.example.fr', accessibility: 'a11y@mel.example.fr' },
};

describe('GET /api/site', () => {
  it('answers the default configuration to a visitor who is not signed in, cacheable for five minutes', async () => {
    const t = await createTestContext();
    const res = await t.app.request('/api/site');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const body = await res.json();
    expect(body).toEqual(DEFAULT_SITE);
    expect(body.authority.name).toBe("Communauté urbaine d'Arras");
    expect(body.colors.primary).not.toBe('#000091');
  });

  it('answers SITE_CONFIG when it is set, and the acknowledgement email is signed with its names and address', async () => {
    const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL, SITE_CONFIG: JSON.stringify(LILLE) } });
    await seedDemoData(t.deps.store, NOW);
    const res = await t.app.request('/api/site');
    expect(await res.json()).toEqual(LILLE);

    const email = 'porteuse.site@example.net';
    await submittedApplication(t, as(t, await signIn(t, email)));
    const ack = t.deps.outbox?.list().find((m) => m.to === email && /Demande reçue|bien reçu/i.test(`${m.subject} ${m.text}`));
    expect(ack?.text).toContain("— Guichet solidaire, unité Économie sociale et solidaire de l'Eurométropole de Lille\ness@mel.example.fr");
    expect(ack?.text).not.toContain('Arras');
  });
});

describe('SITE_CONFIG at cold start', () => {
  const load = (site: unknown) => () => loadConfig(testEnv({ SITE_CONFIG: typeof site === 'string' ? site : JSON.stringify(site) }));

  it('refuses a primary colour white text cannot be read on (below 4.5:1), naming the field', () => {
    expect(load({ ...DEFAULT_SITE, colors: { ...DEFAULT_SITE.colors, primary: '#3fa7d6' } })).toThrow(ConfigError);
    expect(load({ ...DEFAULT_SITE, colors: { ...DEFAULT_SITE.colors, primary: '#3fa7d6' } })).toThrow(
      /SITE_CONFIG\.colors\.primary: contrast with white must be at least 4\.5:1/,
    );
  });

  it('refuses a hover colour or a tint that breaks the contrast, a missing contact and JSON that does not parse', () => {
    expect(load({ ...DEFAULT_SITE, colors: { ...DEFAULT_SITE.colors, primaryHover: '#7fbfb8' } })).toThrow(/colors\.primaryHover/);
    expect(load({ ...DEFAULT_SITE, colors: { ...DEFAULT_SITE.colors, primaryTint: '#6d9c97' } })).toThrow(/colors\.primaryTint/);
    const { dpo: _dpo, ...contacts } = DEFAULT_SITE.contacts;
    expect(load({ ...DEFAULT_SITE, contacts })).toThrow(/SITE_CONFIG\.contacts\.dpo/);
    expect(load('{"portalName": ')).toThrow(/SITE_CONFIG: not valid JSON/);
    expect(load({ ...DEFAULT_SITE, logo: { svg: '<script>alert(1)</script>' } })).toThrow(/SITE_CONFIG\.logo/);
  });

  it('uses the domain default when SITE_CONFIG is unset', () => {
    expect(loadConfig(testEnv()).site).toEqual(DEFAULT_SITE);
  });
});

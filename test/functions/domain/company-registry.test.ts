/**
 * The SIRENE lookup's mapping, pure (no emulator, no network): INSEE legal categories to
 * Guichet's ESS forms, and a recorded Sirene 3.11 `/siret/{siret}` answer through the HTTP
 * adapter with an injected fetch. The real API is never called in tests.
 */
import { describe, expect, it } from 'vitest';
import { companyFromSirene, legalFormFromCategory } from '../../../functions/src/registry/company-registry';
import { createFixtureRegistry } from '../../../functions/src/registry/fixture-registry';
import { createSireneRegistry } from '../../../functions/src/registry/sirene-registry';
import { isValidSiret } from '../../../functions/src/domain/siret';
import { LEGAL_FORMS } from '../../../functions/src/domain/program';
import fixture from '../../../functions/src/local/sirene-fixture.json';
import recorded from '../../support/sirene/siret-response.json';

describe('INSEE legal category → legal form', () => {
  it.each([
    ['9220', '', 'association'],
    ['9210', '', 'association'],
    ['9221', '', 'association'],
    ['9230', '', 'association'],
    ['9260', '', 'association'],
    ['9300', '', 'fondation'],
    ['8210', '', 'mutuelle'],
    ['8290', '', 'mutuelle'],
    ['5458', '', 'scop'],
    ['5558', '', 'scop'],
    ['5658', '', 'scop'],
    // A generic cooperative or SAS: the name tells, or nobody does.
    ['5560', 'SCIC ENERGIES CITOYENNES', 'scic'],
    ['5460', "Société coopérative d'intérêt collectif du Val", 'scic'],
    ['5460', 'CAE ENTREPRENDRE ENSEMBLE', 'cae'],
    ['5710', "COOPERATIVE D'ACTIVITE ET D'EMPLOI DES HAUTS", 'cae'],
    ['5560', 'COOPERATIVE AGRICOLE DU NORD', null],
    // Not an ESS form: a plain SARL, a SAS without a cooperative name, nothing.
    ['5499', 'SCIC DU COIN', null],
    ['5710', 'START-UP SAS', null],
    [null, 'ASSOCIATION', null],
  ] as const)('%s %s → %s', (category, name, form) => {
    expect(legalFormFromCategory(category, name)).toBe(form);
  });
});

describe('the recorded Sirene 3.11 answer', () => {
  it('maps name, legal form, address and creation date', () => {
    expect(companyFromSirene(recorded)).toEqual({
      siret: '82345678900010',
      name: 'SCOP MENUISERIE DES DEUX RIVES',
      legalForm: 'scop',
      legalCategory: '5458',
      street: '9 b rue de la Paix',
      postcode: '62223',
      city: 'Saint-Laurent-Blangy',
      creationDate: '2018-02-12',
    });
  });

  it('is null for an answer without an establishment (an error body)', () => {
    expect(companyFromSirene({ header: { statut: 404, message: 'Aucun élément trouvé pour le siret 82345678900011' } })).toBeNull();
    expect(companyFromSirene(null)).toBeNull();
  });

  it('the HTTP adapter sends the key, reads the answer, and turns refusals and timeouts into null with a warning', async () => {
    const warnings: string[] = [];
    const log = { debug() {}, info() {}, warn: (msg: string) => warnings.push(msg), error() {} };
    const calls: { url: string; key: string | null }[] = [];
    const answering = (status: number, body: unknown): typeof fetch =>
      (async (url: string | URL | Request, init?: RequestInit) => {
        calls.push({ url: String(url), key: new Headers(init?.headers).get('X-INSEE-Api-Key-Integration') });
        return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
      }) as typeof fetch;

    const ok = createSireneRegistry({
      baseUrl: 'https://sirene.test/api-sirene/3.11/',
      apiKey: 'cle-de-test',
      log,
      fetch: answering(200, recorded),
    });
    expect((await ok.lookup('82345678900010'))?.name).toBe('SCOP MENUISERIE DES DEUX RIVES');
    expect(calls).toEqual([{ url: 'https://sirene.test/api-sirene/3.11/siret/82345678900010', key: 'cle-de-test' }]);

    const unknown = createSireneRegistry({
      baseUrl: 'https://sirene.test',
      apiKey: 'cle-de-test',
      log,
      fetch: answering(404, { header: { statut: 404 } }),
    });
    expect(await unknown.lookup('82345678900010')).toBeNull();

    const hanging: typeof fetch = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as typeof fetch;
    const slow = createSireneRegistry({ baseUrl: 'https://sirene.test', apiKey: 'cle-de-test', log, fetch: hanging, timeoutMs: 20 });
    expect(await slow.lookup('82345678900010')).toBeNull();
    expect(warnings).toEqual(['sirene: lookup refused', 'sirene: lookup failed']);
  });
});

describe('the shipped fixture', () => {
  it('holds valid SIRETs and covers every ESS form the register can tell', async () => {
    const registry = createFixtureRegistry();
    const forms = new Set<string | null>();
    for (const e of fixture.etablissements) {
      expect(isValidSiret(e.siret), e.siret).toBe(true);
      forms.add((await registry.lookup(e.siret))?.legalForm ?? null);
    }
    expect([...forms].filter((f) => f !== null).sort()).toEqual(
      LEGAL_FORMS.filter((f) => f !== 'esus' && f !== 'en_creation')
        .slice()
        .sort(),
    );
    // The SIRET the tests and demo use.
    expect((await registry.lookup('73282932000074'))?.name).toBe('La Ressourcerie du Val');
  });
});

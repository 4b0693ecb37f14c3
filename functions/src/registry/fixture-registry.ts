/**
 * The SIRENE lookup for the local stack and the tests: a dozen fictional organisations
 * (functions/src/local/sirene-fixture.json) in the Sirene API's own shape, mapped by the
 * same code as the real answers. No network.
 */
import fixture from '../local/sirene-fixture.json';
import { type CompanyRegistry, companyFromSirene } from './company-registry';

export function createFixtureRegistry(establishments: readonly unknown[] = fixture.etablissements): CompanyRegistry {
  const bySiret = new Map<string, unknown>();
  for (const etablissement of establishments) {
    const siret = (etablissement as { siret?: unknown }).siret;
    if (typeof siret === 'string') bySiret.set(siret, etablissement);
  }
  return {
    async lookup(siret) {
      const etablissement = bySiret.get(siret);
      return etablissement ? companyFromSirene({ etablissement }) : null;
    },
  };
}

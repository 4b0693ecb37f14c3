/**
 * The SIRET lookup for a signed-in applicant: what the register says of an organisation
 * (name, legal form, address, creation date) to fill the form with. Counted per account,
 * since each lookup may cost a call to INSEE. An unknown SIRET and a register that
 * cannot answer are the same 404: the applicant types the fields, nothing blocks.
 */
import { enforceLimit, type Limit } from '../auth/rate-limit';
import { NotFoundError } from '../domain/errors';
import type { User } from '../domain/user';
import type { Deps } from '../deps';
import { type Company, noCompanyRegistry } from '../registry/company-registry';

/** Enough to look up every organisation one person deals with, far too few to crawl the register. */
export const COMPANY_LOOKUP_LIMIT: Limit = { name: 'sirene-user', max: 30, windowSeconds: 10 * 60 };

const NOT_FOUND = {
  fr: 'Nous n’avons pas trouvé ce SIRET dans le répertoire SIRENE : saisissez les informations vous-même.',
  en: 'We could not find this SIRET in the SIRENE register: please type the details yourself.',
};

export function createCompanyLookupService(deps: Deps) {
  const registry = deps.companies ?? noCompanyRegistry;
  return {
    /** `siret`: 14 digits with a valid key (the route checked it). */
    async lookup(user: User, siret: string): Promise<Company> {
      await enforceLimit(deps.store.auth, COMPANY_LOOKUP_LIMIT, user.id, deps.clock());
      const company = await registry.lookup(siret);
      if (!company) throw new NotFoundError(NOT_FOUND);
      deps.log.info('sirene: found', { userId: user.id, legalForm: company.legalForm });
      return company;
    },
  };
}

export type CompanyLookupService = ReturnType<typeof createCompanyLookupService>;

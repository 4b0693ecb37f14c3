/**
 * Tell us once: the SIRENE lookup (GET /api/companies/:siret), which fills the
 * organisation step from the register, and the applicant's organisation profile
 * (GET /api/me/organisation), which a new application starts from.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { currentUser } from '../auth/route-roles';
import { LEGAL_FORMS } from '../domain/program';
import { siretSchema } from '../domain/siret';
import type { CompanyLookupService } from '../services/company-registry';
import type { OrganisationProfileService } from '../services/organisation-profile';
import { createRouter, problemResponse } from './router';

/** What the register says of an organisation, as the form uses it. */
export const companySchema = z.object({
  siret: z.string(),
  name: z.string(),
  /** Null when the INSEE legal category does not tell an ESS form: the applicant chooses. */
  legalForm: z.enum(LEGAL_FORMS).nullable(),
  /** The INSEE "catégorie juridique" code. */
  legalCategory: z.string().nullable(),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  creationDate: z.string().nullable(),
});

/** The organisation section kept from the latest submission (every field optional, as in a draft). */
export const organisationProfileSchema = z.object({
  organisation: z.object({
    siret: z.string().nullable().optional(),
    name: z.string().optional(),
    legalForm: z.enum(LEGAL_FORMS).optional(),
    creationDate: z.string().nullable().optional(),
    street: z.string().optional(),
    postcode: z.string().optional(),
    city: z.string().optional(),
    website: z.string().nullable().optional(),
    contactName: z.string().optional(),
    contactRole: z.string().optional(),
    contactEmail: z.string().optional(),
    contactPhone: z.string().optional(),
  }),
  fromApplicationId: z.string(),
  savedAt: z.string(),
});

export function companyRoutes(companies: CompanyLookupService, profiles: OrganisationProfileService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/companies/{siret}',
        summary: 'What the SIRENE register says of an organisation: name, legal form, address, creation date',
        request: { params: z.object({ siret: siretSchema }) },
        responses: {
          200: { description: 'Found', content: { 'application/json': { schema: companySchema } } },
          400: problemResponse('Not a valid SIRET'),
          401: problemResponse('Not signed in'),
          404: problemResponse('Not in the register, or the register could not answer: type the fields'),
          429: problemResponse('Too many lookups'),
        },
      }),
      async (c) => {
        const company = await companies.lookup(currentUser(c), c.req.valid('param').siret);
        c.header('Cache-Control', 'private, max-age=3600');
        return c.json(
          {
            siret: company.siret,
            name: company.name,
            legalForm: company.legalForm,
            legalCategory: company.legalCategory,
            street: company.street,
            postcode: company.postcode,
            city: company.city,
            creationDate: company.creationDate,
          },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/me/organisation',
        summary: 'The applicant’s organisation profile: the organisation of their latest submitted application',
        responses: {
          200: { description: 'The profile', content: { 'application/json': { schema: organisationProfileSchema } } },
          401: problemResponse('Not signed in'),
          404: problemResponse('No application submitted yet'),
        },
      }),
      async (c) => c.json(await profiles.get(currentUser(c)), 200),
    );
}

/**
 * The signed-in person: who they are (GET /api/me), everything Guichet holds about them
 * (GET /api/me/export) and closing their account (DELETE /api/me), the GDPR rights of
 * access, portability and erasure.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { clearSessionCookie } from '../auth/session-cookie';
import { currentUser } from '../auth/route-roles';
import type { AuthService } from '../auth/service';
import { ROLES } from '../domain/lifecycle';
import { LOCALES, USER_STATUSES, type User } from '../domain/user';
import type { PersonalDataService } from '../services/personal-data';
import { createRouter, jsonBody, problemResponse } from './router';
import { walletItemSchema } from './wallet';
import { organisationProfileSchema } from './companies';
import { applicantApplicationSchema, auditEventSchema, documentSchema, eventSchema, messageSchema } from './schemas';

export const meSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  locale: z.enum(['fr', 'en']),
});

export function toMe(user: User): z.infer<typeof meSchema> {
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, locale: user.locale };
}

/** Everything held about the person, as one JSON document they can keep or take elsewhere. */
export const accountExportSchema = z.object({
  exportedAt: z.string(),
  account: meSchema.extend({ status: z.enum(USER_STATUSES), createdAt: z.string() }),
  sessions: z.array(z.object({ createdAt: z.string(), lastSeenAt: z.string(), expiresAt: z.string() })),
  /** Changes made to the account (invitation, role, status), as the audit trail keeps them. */
  accountEvents: z.array(auditEventSchema),
  applications: z.array(
    z.object({
      application: applicantApplicationSchema,
      programTitle: z.object({ fr: z.string(), en: z.string() }).nullable(),
      /** Each document with a fresh link to its verified bytes (null while it has none that may be served). */
      documents: z.array(documentSchema.extend({ downloadUrl: z.string().nullable() })),
      events: z.array(eventSchema),
      messages: z.array(messageSchema),
    }),
  ),
  /** The documents kept in the wallet, each with a fresh link to its bytes. */
  wallet: z.array(walletItemSchema.extend({ downloadUrl: z.string() })),
  /** The organisation kept from the latest submitted application, which pre-fills new ones (null: none yet). */
  organisationProfile: organisationProfileSchema.nullable(),
  /** How long the download links stay valid. */
  downloadLinksExpireInSeconds: z.number(),
});

const eraseBody = z
  .object({
    /** The account's own address, typed again: closing an account cannot be undone. */
    confirmEmail: z.string().trim().max(254),
  })
  .strict();

export const erasureReportSchema = z.object({
  /** Drafts erased with every stored version of their documents. */
  erasedDrafts: z.number(),
  /** Submitted files kept, as the law requires, with the person's name and contact details replaced. */
  pseudonymisedApplications: z.number(),
});

/** The language of the interface, which every email to the person then uses. */
const localeBody = z.object({ locale: z.enum(LOCALES) }).strict();

export function meRoutes(service: PersonalDataService, https: boolean, auth: Pick<AuthService, 'setLocale'>) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        summary: 'The signed-in user',
        responses: {
          200: { description: 'The user', content: { 'application/json': { schema: meSchema } } },
          401: problemResponse('Not signed in'),
        },
      }),
      (c) => c.json(toMe(currentUser(c)), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/',
        summary: 'Change the language of the signed-in person’s emails (the interface’s, when they switch)',
        request: { body: jsonBody(localeBody) },
        responses: {
          200: { description: 'The user, with the new locale', content: { 'application/json': { schema: meSchema } } },
          400: problemResponse('Not a supported locale'),
          401: problemResponse('Not signed in'),
        },
      }),
      async (c) => c.json(toMe(await auth.setLocale(currentUser(c), c.req.valid('json').locale)), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/export',
        summary: 'Everything Guichet holds about the signed-in person (right of access and portability)',
        responses: {
          200: { description: 'The export, as a JSON attachment', content: { 'application/json': { schema: accountExportSchema } } },
          401: problemResponse('Not signed in'),
        },
      }),
      async (c) => {
        const exported = await service.export(currentUser(c));
        const day = exported.exportedAt.slice(0, 10);
        c.header('Content-Disposition', `attachment; filename="guichet-mes-donnees-${day}.json"`);
        c.header('Cache-Control', 'no-store');
        return c.json(exported, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/',
        summary: 'Close the account: drafts erased, submitted files pseudonymised, sessions ended (right to erasure)',
        request: { body: jsonBody(eraseBody) },
        responses: {
          200: { description: 'Closed; the session cookie is cleared', content: { 'application/json': { schema: erasureReportSchema } } },
          400: problemResponse('The address typed is not the account’s'),
          401: problemResponse('Not signed in'),
          403: problemResponse('Staff accounts are closed by a manager'),
        },
      }),
      async (c) => {
        const report = await service.erase(currentUser(c), c.req.valid('json').confirmEmail);
        clearSessionCookie(c, https);
        return c.json(report, 200);
      },
    );
}

/**
 * The document wallet: the applicant's kept organisation documents (GET/POST
 * /api/me/wallet, DELETE /api/me/wallet/:walletId) and their reuse in an application
 * with one call (POST /api/applications/:id/documents/from-wallet).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { currentUser } from '../auth/route-roles';
import { WALLET_DOCUMENT_TYPES } from '../domain/wallet';
import type { WalletService } from '../services/wallet';
import { createRouter, jsonBody, problemResponse } from './router';
import { documentSchema, idParam } from './schemas';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const id = z.string().min(1).max(64);

/** A kept document as its holder sees it. */
export const walletItemSchema = z.object({
  id: z.string(),
  type: z.enum(WALLET_DOCUMENT_TYPES),
  filename: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
  /** Last valid day (`YYYY-MM-DD`, Paris calendar), or null: no end date. */
  validUntil: z.string().nullable(),
  addedAt: z.string(),
  fromApplicationId: z.string(),
  expired: z.boolean(),
  /** Within 30 days of its last valid day. */
  expiresSoon: z.boolean(),
});

const keepBody = z
  .object({
    applicationId: id,
    documentId: id,
    /** `YYYY-MM-DD`; null: no end date; absent: the type's default validity. */
    validUntil: z.string().max(10).nullable().optional(),
  })
  .strict();

const reuseBody = z.object({ walletId: id }).strict();

export function walletRoutes(service: WalletService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/me/wallet',
        summary: 'The documents kept in the applicant’s wallet, with their validity',
        responses: {
          200: json(z.object({ items: z.array(walletItemSchema) }), 'The wallet'),
          401: problemResponse('Not signed in'),
        },
      }),
      async (c) => c.json({ items: await service.list(currentUser(c)) }, 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/me/wallet',
        summary: 'Keep a verified, clean organisation document of one’s own application in the wallet',
        request: { body: jsonBody(keepBody) },
        responses: {
          200: json(walletItemSchema, 'Already in the wallet (the same bytes)'),
          201: json(walletItemSchema, 'Kept'),
          400: problemResponse('Not an organisation document, or an invalid validity date'),
          404: problemResponse('Unknown document, or not yours'),
          409: problemResponse('Not verified and scanned yet, or the wallet is full'),
        },
      }),
      async (c) => {
        const { item, created } = await service.keep(currentUser(c), c.req.valid('json'));
        return created ? c.json(item, 201) : c.json(item, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/me/wallet/{walletId}',
        summary: 'Remove a document from the wallet, bytes included',
        request: { params: z.object({ walletId: id }) },
        responses: { 204: { description: 'Removed' }, 404: problemResponse('Not in your wallet') },
      }),
      async (c) => {
        await service.remove(currentUser(c), c.req.valid('param').walletId);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/applications/{id}/documents/from-wallet',
        summary: 'Reuse a wallet document in an editable application: copied, checked by content and scanned again',
        request: { params: idParam, body: jsonBody(reuseBody) },
        responses: {
          201: json(documentSchema, 'The settled document'),
          400: problemResponse('The programme does not ask for this type'),
          404: problemResponse('Unknown application or wallet item, or not yours'),
          409: problemResponse('Expired wallet item, application not editable, or too many documents'),
        },
      }),
      async (c) => {
        const document = await service.reuse(currentUser(c), c.req.valid('param').id, c.req.valid('json').walletId);
        return c.json(document, 201);
      },
    );
}

/** The deposit receipt of a submitted application, as a PDF download. */
import { createRoute } from '@hono/zod-openapi';
import { currentUser } from '../auth/route-roles';
import type { ReceiptService } from '../services/receipt';
import { createRouter, problemResponse } from './router';
import { idParam } from './schemas';

export function receiptRoutes(service: ReceiptService) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/{id}/receipt.pdf',
      summary:
        'Deposit receipt (PDF): reference, date and time, programme, every answer, budget, documents with SHA-256, the sworn statement and its signatory',
      request: { params: idParam },
      responses: {
        200: {
          description: 'The receipt, as an attachment',
          content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
        },
        401: problemResponse('Not signed in'),
        404: problemResponse('Unknown application, or not one the reader may see'),
        409: problemResponse('Never submitted, or being changed before a resubmission'),
      },
    }),
    async (c) => {
      const { bytes, filename } = await service.receipt(currentUser(c), c.req.valid('param').id);
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
      });
    },
  );
}

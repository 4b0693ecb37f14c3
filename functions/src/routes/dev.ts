/** GET /api/dev/outbox: the local mail outbox. Mounted only when the deps carry an outbox (local mode). */
import { createRoute, z } from '@hono/zod-openapi';
import type { Outbox } from '../store/store-ports';
import { createRouter } from './router';

const mailSchema = z.object({ id: z.string(), to: z.string(), subject: z.string(), text: z.string(), sentAt: z.string() });

export function devRoutes(outbox: Outbox) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/outbox',
      summary: 'Local mode only: mail that would have been sent, newest first',
      request: { query: z.object({ to: z.string().max(254).optional() }) },
      responses: {
        200: { description: 'Outbox', content: { 'application/json': { schema: z.object({ items: z.array(mailSchema) }) } } },
      },
    }),
    (c) => {
      const { to } = c.req.valid('query');
      const items = outbox.list().filter((m) => to === undefined || m.to === to.trim().toLowerCase());
      return c.json({ items: [...items] }, 200);
    },
  );
}

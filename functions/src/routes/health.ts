/** GET /api/health: a real keyed read on the table and a real request to the bucket. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../deps';
import { createRouter } from './router';

const checkSchema = z.enum(['ok', 'error']);
const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  checks: z.object({ table: checkSchema, bucket: checkSchema }),
});

const TIMEOUT_MS = 3000;

async function probe(check: () => Promise<void>): Promise<'ok' | 'error'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('health check timed out')), TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'ok';
  } catch {
    return 'error';
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes(deps: Deps) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'Liveness and dependency check',
      responses: {
        200: { description: 'Table and bucket answer', content: { 'application/json': { schema: healthSchema } } },
        503: { description: 'A dependency fails', content: { 'application/json': { schema: healthSchema } } },
      },
    }),
    async (c) => {
      const [table, bucket] = await Promise.all([probe(deps.store.ping), probe(deps.documents.ping)]);
      if (table === 'error' || bucket === 'error') {
        deps.log.warn('health degraded', { table, bucket });
        return c.json({ status: 'degraded' as const, checks: { table, bucket } }, 503);
      }
      return c.json({ status: 'ok' as const, checks: { table, bucket } }, 200);
    },
  );
}

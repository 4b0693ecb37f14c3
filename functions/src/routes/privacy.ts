/** GET /api/privacy: the retention periods the daily job enforces, for the personal-data page to state. */
import { createRoute } from '@hono/zod-openapi';
import { retentionPolicySchema, type RetentionPolicy } from '../domain/retention';
import { createRouter } from './router';

export function privacyRoutes(retention: RetentionPolicy) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'How long personal data is kept (the same configuration the daily job applies)',
      responses: {
        200: {
          description: 'The retention periods',
          content: { 'application/json': { schema: retentionPolicySchema } },
        },
      },
    }),
    (c) => {
      c.header('Cache-Control', 'public, max-age=300');
      return c.json({ ...retention }, 200);
    },
  );
}

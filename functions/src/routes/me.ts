/** GET /api/me: who is signed in. */
import { createRoute, z } from '@hono/zod-openapi';
import { currentUser } from '../auth/route-roles';
import { ROLES } from '../domain/lifecycle';
import type { User } from '../domain/user';
import { createRouter, problemResponse } from './router';

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

export function meRoutes() {
  return createRouter().openapi(
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
  );
}

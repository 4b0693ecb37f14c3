/** Staff accounts (managers only): list, invite, change role or status. */
import { createRoute, z } from '@hono/zod-openapi';
import { currentUser } from '../auth/route-roles';
import { ROLES } from '../domain/lifecycle';
import { MANAGED_USER_STATUSES, USER_STATUSES, emailSchema } from '../domain/user';
import type { StaffService } from '../services/staff';
import { createRouter, jsonBody, problemResponse } from './router';
import { auditEventSchema } from './schemas';

const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  status: z.enum(USER_STATUSES),
  locale: z.enum(['fr', 'en']),
  createdAt: z.string(),
});

const inviteBody = z
  .object({ email: emailSchema, displayName: z.string().trim().min(2).max(120), role: z.enum(['reviewer', 'manager']) })
  .strict();

const updateBody = z
  .object({
    role: z.enum(ROLES).optional(),
    status: z.enum(MANAGED_USER_STATUSES).optional(),
    displayName: z.string().trim().min(2).max(120).optional(),
  })
  .strict();

const errors = { 400: problemResponse('Invalid input'), 404: problemResponse('Unknown account'), 409: problemResponse('Not on yourself') };

export function staffRoutes(service: StaffService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        summary: 'Managers and reviewers',
        responses: { 200: { description: 'Staff', content: { 'application/json': { schema: z.object({ items: z.array(userSchema) }) } } } },
      }),
      async (c) => c.json({ items: await service.list() }, 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        summary: 'Invite a reviewer or a manager by email',
        request: { body: jsonBody(inviteBody) },
        responses: { 201: { description: 'The account', content: { 'application/json': { schema: userSchema } } }, ...errors },
      }),
      async (c) => c.json(await service.invite(currentUser(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{userId}/events',
        summary: "The account's audit trail: invitation, role and status changes, who made them and when",
        request: { params: z.object({ userId: z.string().min(1).max(64) }) },
        responses: {
          200: {
            description: 'Events, oldest first',
            content: { 'application/json': { schema: z.object({ items: z.array(auditEventSchema) }) } },
          },
          404: problemResponse('Unknown account'),
        },
      }),
      async (c) => c.json({ items: await service.events(c.req.valid('param').userId) }, 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/{userId}',
        summary: "Change an account's role or status; disabling or a new role revokes its sessions at once",
        request: { params: z.object({ userId: z.string().min(1).max(64) }), body: jsonBody(updateBody) },
        responses: { 200: { description: 'The account', content: { 'application/json': { schema: userSchema } } }, ...errors },
      }),
      async (c) => c.json(await service.update(currentUser(c), c.req.valid('param').userId, c.req.valid('json')), 200),
    );
}

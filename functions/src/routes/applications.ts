/** The applicant's applications: list, create, read, autosave, transitions, timeline and messages. */
import { createRoute, z } from '@hono/zod-openapi';
import { currentUser } from '../auth/route-roles';
import { ValidationError } from '../domain/errors';
import { applicationPatchSchema, messageBodySchema } from '../domain/application';
import { eligibilityAnswersSchema } from '../domain/eligibility-schema';
import { APPLICATION_STATUSES } from '../domain/lifecycle';
import type { ApplicationService } from '../services/applications';
import { createRouter, jsonBody, problemResponse } from './router';
import { applicationViewSchema, eventSchema, idParam, messageSchema } from './schemas';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const summarySchema = z.object({
  id: z.string(),
  programId: z.string(),
  programTitle: z.object({ fr: z.string(), en: z.string() }),
  /** The programme's deadline (inclusive minute), for the card of a draft; null if the programme is gone. */
  programClosesAt: z.string().nullable(),
  status: z.enum(APPLICATION_STATUSES),
  reference: z.string().nullable(),
  amountRequestedCents: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
});

const listQuery = z.object({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  programId: z.string().min(1).max(64).optional(),
  status: z.enum(APPLICATION_STATUSES).optional(),
  sort: z.enum(['date', 'score']).default('date'),
});

const queueItemSchema = z.object({
  id: z.string(),
  programId: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  reference: z.string().nullable(),
  submittedAt: z.string().nullable(),
  organisationName: z.string().nullable(),
  projectTitle: z.string().nullable(),
  amountRequestedCents: z.number().nullable(),
  score: z.number().nullable(),
  disagreement: z.boolean(),
  reviewerCount: z.number(),
  conflictCount: z.number(),
  conflict: z.enum(['pending', 'none', 'declared']).optional(),
});

const createBody = z.object({ programId: z.string().min(1).max(64), eligibility: eligibilityAnswersSchema.optional() }).strict();

const reasonText = z.string().trim().min(1).max(5000);
const transitionBody = z.discriminatedUnion('event', [
  z.object({ event: z.literal('submit') }).strict(),
  z.object({ event: z.literal('withdraw') }).strict(),
  z.object({ event: z.literal('start_review') }).strict(),
  z.object({ event: z.literal('request_changes'), message: reasonText }).strict(),
  z.object({ event: z.literal('approve'), amountAwardedCents: z.number().int().min(1).max(100_000_000_000) }).strict(),
  z.object({ event: z.literal('reject'), reason: reasonText }).strict(),
  z.object({ event: z.literal('reopen'), reason: reasonText }).strict(),
]);

const staffOnlyFilters = () =>
  new ValidationError([
    { path: 'query.programId', message: { fr: 'Filtre réservé aux équipes du service.', en: 'Filter reserved for staff.' } },
  ]);
const programRequired = () =>
  new ValidationError([{ path: 'query.programId', message: { fr: 'Choisissez un programme.', en: 'Choose a programme.' } }]);

const errors = {
  400: problemResponse('Invalid input, with field paths'),
  401: problemResponse('Not signed in'),
  404: problemResponse('Unknown application, or not yours'),
  409: problemResponse('Stale version or state; carries currentVersion'),
};

export function applicationRoutes(service: ApplicationService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        summary:
          "Applicants: my applications, newest first. Staff: a programme's queue (programId, status, sort by date or score). Cursor-paginated",
        request: { query: listQuery },
        responses: {
          200: json(z.object({ items: z.array(z.union([summarySchema, queueItemSchema])), cursor: z.string().nullable() }), 'A page'),
          ...errors,
        },
      }),
      async (c) => {
        const { cursor, limit, programId, status, sort } = c.req.valid('query');
        const user = currentUser(c);
        if (user.role === 'applicant') {
          if (programId || status) throw staffOnlyFilters();
          return c.json(await service.list(user, cursor ?? null, limit), 200);
        }
        if (!programId) throw programRequired();
        return c.json(await service.queue(user, { programId, status: status ?? 'submitted', sort, cursor: cursor ?? null, limit }), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        summary: 'Start a draft for an open programme, pre-filled from the eligibility answers',
        request: { body: jsonBody(createBody) },
        responses: { 201: json(applicationViewSchema, 'The new draft'), ...errors },
      }),
      async (c) => {
        const { programId, eligibility } = c.req.valid('json');
        return c.json(await service.create(currentUser(c), programId, eligibility), 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}',
        summary: 'One application with its documents and the state of each step',
        request: { params: idParam },
        responses: { 200: json(applicationViewSchema, 'The application'), ...errors },
      }),
      async (c) => c.json(await service.get(currentUser(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/{id}',
        summary: 'Autosave: replace the given sections if `version` is still current (409 otherwise)',
        request: { params: idParam, body: jsonBody(applicationPatchSchema) },
        responses: { 200: json(applicationViewSchema, 'Saved; version incremented'), ...errors },
      }),
      async (c) => c.json(await service.save(currentUser(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/transitions',
        summary: 'Lifecycle events: submit (idempotent) and withdraw by the owner; review, changes, decisions and re-opening by staff',
        request: { params: idParam, body: jsonBody(transitionBody) },
        responses: { 200: json(applicationViewSchema, 'The application after the transition'), ...errors },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const body = c.req.valid('json');
        const user = currentUser(c);
        switch (body.event) {
          case 'submit':
          case 'withdraw':
            return c.json(await service.transition(user, id, body.event), 200);
          case 'request_changes':
            return c.json(await service.decide(user, id, { type: body.event, message: body.message }), 200);
          case 'approve':
            return c.json(await service.decide(user, id, { type: body.event, amountAwardedCents: body.amountAwardedCents }), 200);
          case 'reject':
          case 'reopen':
            return c.json(await service.decide(user, id, { type: body.event, reason: body.reason }), 200);
          case 'start_review':
            return c.json(await service.decide(user, id, { type: body.event }), 200);
        }
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/events',
        summary: 'Timeline, oldest first (applicants see their filtered view)',
        request: { params: idParam },
        responses: { 200: json(z.object({ items: z.array(eventSchema) }), 'Events'), ...errors },
      }),
      async (c) => c.json({ items: await service.events(currentUser(c), c.req.valid('param').id) }, 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/messages',
        summary: 'Message thread, oldest first',
        request: { params: idParam },
        responses: { 200: json(z.object({ items: z.array(messageSchema) }), 'Messages'), ...errors },
      }),
      async (c) => c.json({ items: await service.messages(currentUser(c), c.req.valid('param').id) }, 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/messages',
        summary: 'Write in the thread',
        request: { params: idParam, body: jsonBody(messageBodySchema) },
        responses: { 201: json(messageSchema, 'The message'), ...errors },
      }),
      async (c) => c.json(await service.postMessage(currentUser(c), c.req.valid('param').id, c.req.valid('json').body), 201),
    );
}

/** The reviewer's own review of an application, and the manager's assignments. */
import { createRoute, z } from '@hono/zod-openapi';
import { currentUser } from '../auth/route-roles';
import { CONFLICT_STATES } from '../domain/application';
import { APPLICATION_STATUSES } from '../domain/lifecycle';
import { criterionScoreSchema, reviewInputSchema } from '../domain/scoring';
import type { Deps } from '../deps';
import type { ReviewService } from '../services/reviews';
import { createRouter, jsonBody, problemResponse } from './router';
import { idParam } from './schemas';

const subjectSchema = z.object({
  id: z.string(),
  programId: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  reference: z.string().nullable(),
  organisationName: z.string().nullable(),
  projectTitle: z.string().nullable(),
  amountRequestedCents: z.number().nullable(),
});

const assignmentSchema = z.object({
  applicationId: z.string(),
  programId: z.string(),
  reviewerId: z.string(),
  reviewerName: z.string(),
  assignedAt: z.string(),
  assignedBy: z.string(),
  conflict: z.enum(CONFLICT_STATES),
  declaredAt: z.string().nullable(),
});

const reviewSchema = z.object({
  applicationId: z.string(),
  reviewerId: z.string(),
  reviewerName: z.string(),
  conflictOfInterest: z.boolean(),
  scores: z.record(z.string(), criterionScoreSchema),
  comment: z.string(),
  submitted: z.boolean(),
  weightedScore: z.number().nullable(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
});

const reviewStateSchema = z.union([
  z.object({ state: z.literal('conflict_declared'), subject: subjectSchema }),
  z.object({
    state: z.literal('review'),
    subject: subjectSchema,
    assignment: assignmentSchema,
    review: reviewSchema.nullable(),
  }),
]);

const assignmentsBody = z
  .object({
    assignments: z
      .array(z.object({ applicationId: z.string().min(1).max(64), reviewerIds: z.array(z.string().min(1).max(64)).min(1).max(5) }).strict())
      .min(1)
      .max(200),
  })
  .strict();

const errors = {
  400: problemResponse('Invalid input'),
  404: problemResponse('Not assigned, conflicted, or unknown'),
  409: problemResponse('Already declared, locked review, or application not under review'),
};

export function reviewRoutes(service: ReviewService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/reviews/me',
        summary: "The reviewer's declaration and review for this application",
        request: { params: idParam },
        responses: { 200: { description: 'State', content: { 'application/json': { schema: reviewStateSchema } } }, ...errors },
      }),
      async (c) => c.json(await service.state(currentUser(c), c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{id}/reviews/me',
        summary: 'Declare a conflict of interest (once), then save or submit (locks) the rubric scores',
        request: { params: idParam, body: jsonBody(reviewInputSchema) },
        responses: {
          200: { description: 'State after saving', content: { 'application/json': { schema: reviewStateSchema } } },
          ...errors,
        },
      }),
      async (c) => c.json(await service.save(currentUser(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
}

const roundRobinBody = z
  .object({
    reviewerIds: z.array(z.string().min(1).max(64)).min(1).max(50),
    perApplication: z.number().int().min(1).max(5).default(2),
  })
  .strict();

const overviewSchema = z.object({
  assignments: z.array(assignmentSchema),
  reviews: z.array(reviewSchema),
  score: z.number().nullable(),
  disagreement: z.array(z.string()),
});

/** The manager's view of who reviews an application and what they concluded. */
export function reviewOverviewRoutes(service: ReviewService) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/{id}/reviews',
      summary: 'Assignments with their conflict declarations, submitted reviews, mean score and disagreements (managers)',
      request: { params: idParam },
      responses: { 200: { description: 'Overview', content: { 'application/json': { schema: overviewSchema } } }, ...errors },
    }),
    async (c) => c.json(await service.overview(c.req.valid('param').id), 200),
  );
}

export function assignmentRoutes(_deps: Deps, service: ReviewService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/{programId}/assignments/round-robin',
        summary: 'Share every submitted or in-review application among reviewers, least loaded first, up to perApplication each',
        request: { params: z.object({ programId: z.string().min(1).max(64) }), body: jsonBody(roundRobinBody) },
        responses: {
          200: {
            description: 'Assignments added; `more` when the batch limit stopped the run',
            content: { 'application/json': { schema: z.object({ added: z.number(), applications: z.number(), more: z.boolean() }) } },
          },
          ...errors,
        },
      }),
      async (c) => {
        const { reviewerIds, perApplication } = c.req.valid('json');
        return c.json(await service.roundRobin(currentUser(c), c.req.valid('param').programId, reviewerIds, perApplication), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{programId}/assignments',
        summary: 'Assign reviewers to submitted applications of the programme',
        request: { params: z.object({ programId: z.string().min(1).max(64) }), body: jsonBody(assignmentsBody) },
        responses: {
          200: { description: 'Assignments added', content: { 'application/json': { schema: z.object({ added: z.number() }) } } },
          ...errors,
        },
      }),
      async (c) => {
        const added = await service.assignMany(currentUser(c), c.req.valid('param').programId, c.req.valid('json').assignments);
        return c.json({ added }, 200);
      },
    );
}

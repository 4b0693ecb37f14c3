/** Public programme routes: the open calls, and one programme with its rules, questions and documents. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../deps';
import type { Context } from 'hono';
import { currentUser } from '../auth/route-roles';
import type { AppEnv } from '../deps';
import { ForbiddenError, NotFoundError, UnauthorizedError } from '../domain/errors';
import type { ProgramService } from '../services/programs';
import { programInputSchema, programSchema, programSummarySchema, toSummary } from '../domain/program';
import { parisToday } from '../domain/calendar';
import { evaluateEligibility } from '../domain/eligibility';
import { eligibilityAnswersSchema, eligibilityResultSchema } from '../domain/eligibility-schema';
import { createRouter, jsonBody, problemResponse } from './router';
import { auditEventSchema } from './schemas';

const programNotFound = () =>
  new NotFoundError({ fr: "Ce programme n'existe pas ou n'est pas publié.", en: 'This programme does not exist or is not published.' });

const isManager = (c: Context<AppEnv>) => c.get('auth')?.user.role === 'manager';

export function programRoutes(deps: Deps, builder: ProgramService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        summary:
          'Programmes open for applications; with ?scope=all, managers get every programme and reviewers the published and closed ones',
        request: { query: z.object({ scope: z.enum(['open', 'all']).default('open') }) },
        responses: {
          200: {
            description: 'Open programmes, soonest closing first',
            content: { 'application/json': { schema: z.object({ items: z.array(programSummarySchema) }) } },
          },
        },
      }),
      async (c) => {
        if (c.req.valid('query').scope === 'all') {
          const role = c.get('auth')?.user.role;
          if (!role) throw new UnauthorizedError({ fr: 'Connectez-vous pour continuer.', en: 'Please sign in to continue.' });
          if (role !== 'manager' && role !== 'reviewer') {
            throw new ForbiddenError({ fr: 'Réservé aux équipes du service.', en: 'Staff only.' });
          }
          // Reviews go on after a call closes, so reviewers see closed programmes too; drafts stay with managers.
          const programs = (await builder.listAll()).filter((p) => role === 'manager' || p.status !== 'draft');
          return c.json({ items: programs.map(toSummary) }, 200);
        }
        const programs = await builder.listOpen();
        c.header('Cache-Control', 'public, max-age=60');
        return c.json({ items: programs.map(toSummary) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{programId}',
        summary: 'One programme with its rules, questions and documents',
        request: { params: z.object({ programId: z.string().min(1).max(64) }) },
        responses: {
          200: { description: 'The programme', content: { 'application/json': { schema: programSchema } } },
          404: problemResponse('Unknown or unpublished programme'),
        },
      }),
      async (c) => {
        const { programId } = c.req.valid('param');
        const program = await builder.findVisible(programId, isManager(c));
        if (!program) throw programNotFound();
        // Managers edit programmes: they must never read a cached copy of one.
        c.header('Cache-Control', program.status === 'draft' || isManager(c) ? 'no-store' : 'public, max-age=60');
        return c.json(program, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{programId}/eligibility',
        summary: "Evaluate the programme's eligibility rules on the wizard's answers (the same engine runs at submission)",
        request: { params: z.object({ programId: z.string().min(1).max(64) }), body: jsonBody(eligibilityAnswersSchema) },
        responses: {
          200: {
            description: 'The verdict, one reason per criterion',
            content: { 'application/json': { schema: eligibilityResultSchema } },
          },
          400: problemResponse('Invalid answers'),
          404: problemResponse('Unknown or unpublished programme'),
        },
      }),
      async (c) => {
        const program = await builder.findVisible(c.req.valid('param').programId, false);
        if (!program) throw programNotFound();
        const answers = c.req.valid('json');
        return c.json(evaluateEligibility(program.rules, answers, parisToday(deps.clock())), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        summary: 'Create a programme (as a draft)',
        request: { body: jsonBody(programInputSchema) },
        responses: {
          201: { description: 'The draft programme', content: { 'application/json': { schema: programSchema } } },
          400: problemResponse('Invalid programme'),
          409: problemResponse('Identifier taken'),
        },
      }),
      async (c) => c.json(await builder.create(currentUser(c), c.req.valid('json')), 201),
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/{programId}',
        summary: 'Replace a programme (publish, close, edit); frozen parts stay frozen once applications exist',
        request: {
          params: z.object({ programId: z.string().min(1).max(64) }),
          body: jsonBody(programInputSchema.extend({ version: z.number().int().min(1) })),
        },
        responses: {
          200: { description: 'The programme', content: { 'application/json': { schema: programSchema } } },
          400: problemResponse('Invalid programme'),
          404: problemResponse('Unknown programme'),
          409: problemResponse('Stale version, forbidden status move, or frozen part changed'),
        },
      }),
      async (c) => c.json(await builder.update(currentUser(c), c.req.valid('param').programId, c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{programId}/events',
        summary: "The programme's audit trail: creation, edits and status changes with the values before and after",
        request: { params: z.object({ programId: z.string().min(1).max(64) }) },
        responses: {
          200: {
            description: 'Events, oldest first',
            content: { 'application/json': { schema: z.object({ items: z.array(auditEventSchema) }) } },
          },
          404: problemResponse('Unknown programme'),
        },
      }),
      async (c) => c.json({ items: await builder.events(c.req.valid('param').programId) }, 200),
    );
}

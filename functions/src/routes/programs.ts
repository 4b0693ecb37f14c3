/** Public programme routes: the open calls, and one programme with its rules, questions and documents. */
import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../deps';
import { NotFoundError } from '../domain/errors';
import { programSchema, programSummarySchema, toSummary } from '../domain/program';
import { eligibilityAnswersSchema, eligibilityResultSchema, evaluateEligibility, parisToday } from '../domain/eligibility';
import { createRouter, jsonBody, problemResponse } from './router';

const programNotFound = () =>
  new NotFoundError({ fr: "Ce programme n'existe pas ou n'est pas publié.", en: 'This programme does not exist or is not published.' });

export function programRoutes(deps: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/',
        summary: 'Programmes open for applications',
        responses: {
          200: {
            description: 'Open programmes, soonest closing first',
            content: { 'application/json': { schema: z.object({ items: z.array(programSummarySchema) }) } },
          },
        },
      }),
      async (c) => {
        const programs = await deps.store.programs.listOpen(deps.clock());
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
        const program = await deps.store.programs.get(programId);
        if (!program || program.status === 'draft') throw programNotFound();
        c.header('Cache-Control', 'public, max-age=60');
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
          200: { description: 'The verdict, one reason per criterion', content: { 'application/json': { schema: eligibilityResultSchema } } },
          400: problemResponse('Invalid answers'),
          404: problemResponse('Unknown or unpublished programme'),
        },
      }),
      async (c) => {
        const program = await deps.store.programs.get(c.req.valid('param').programId);
        if (!program || program.status === 'draft') throw programNotFound();
        const answers = c.req.valid('json');
        return c.json(evaluateEligibility(program.rules, answers, parisToday(deps.clock())), 200);
      },
    );
}

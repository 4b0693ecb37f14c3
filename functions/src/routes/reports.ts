/** Manager reports on a programme: the dashboard and the CSV export (a link to a file in the bucket). */
import { createRoute, z } from '@hono/zod-openapi';
import { APPLICATION_STATUSES } from '../domain/lifecycle';
import type { ReportService } from '../services/reports';
import { createRouter, problemResponse } from './router';

const programParam = z.object({ programId: z.string().min(1).max(64) });

const entrySchema = z.object({
  id: z.string(),
  reference: z.string().nullable(),
  organisationName: z.string().nullable(),
  projectTitle: z.string().nullable(),
  status: z.enum(APPLICATION_STATUSES),
  score: z.number().nullable(),
  disagreement: z.array(z.string()),
  amountRequestedCents: z.number().nullable(),
  reviewerCount: z.number(),
});

const dashboardSchema = z.object({
  programId: z.string(),
  counts: z.record(z.enum(APPLICATION_STATUSES), z.number()),
  envelopeCents: z.number(),
  remainingCents: z.number(),
  requestedCents: z.number(),
  awardedCents: z.number(),
  envelopeOverTime: z.array(z.object({ date: z.string(), awardedCents: z.number() })),
  ranking: z.array(entrySchema),
  missingReviews: z.array(entrySchema),
});

export function reportRoutes(service: ReportService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/{programId}/dashboard',
        summary: 'Counts, envelope, ranking and files missing reviews',
        request: { params: programParam },
        responses: {
          200: { description: 'Dashboard', content: { 'application/json': { schema: dashboardSchema } } },
          404: problemResponse('Unknown programme'),
        },
      }),
      async (c) => c.json(await service.dashboard(c.req.valid('param').programId), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{programId}/export.csv',
        summary:
          'CSV export (UTF-8 with BOM, `;` separator, formulas neutralised): written to the bucket, answered with a redirect to a 5-minute link',
        request: { params: programParam },
        responses: {
          303: { description: 'The export is ready: follow Location (a presigned download, attachment)' },
          404: problemResponse('Unknown programme'),
        },
      }),
      async (c) => {
        const { url } = await service.exportCsvLink(c.req.valid('param').programId);
        c.header('Cache-Control', 'no-store');
        return c.redirect(url, 303);
      },
    );
}

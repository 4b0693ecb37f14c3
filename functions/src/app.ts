/**
 * createApp(deps): the one Hono app that runs in Lambda (./lambda.ts), on the
 * embedded local stack (./local.ts) and in tests (app.request()).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { authorize } from './auth/route-roles';
import { createAuthService } from './auth/service';
import type { AppEnv, Deps } from './deps';
import { createApplicationService } from './services/applications';
import { createDocumentService } from './services/documents';
import { createPersonalDataService } from './services/personal-data';
import { createProgramService } from './services/programs';
import { createReportService } from './services/reports';
import { createReceiptService } from './services/receipt';
import { signMailsAs } from './services/mails';
import { createReviewService } from './services/reviews';
import { createStaffService } from './services/staff';
import { accessLog } from './middleware/access-log';
import { originVerify } from './middleware/origin-verify';
import { errorHandler, notFoundHandler, problemJson } from './middleware/problem';
import { requireJsonBody, sameOrigin, securityHeaders } from './middleware/security';
import { applicationRoutes } from './routes/applications';
import { authRoutes } from './routes/auth';
import { devRoutes } from './routes/dev';
import { documentRoutes } from './routes/documents';
import { healthRoutes } from './routes/health';
import { meRoutes } from './routes/me';
import { privacyRoutes } from './routes/privacy';
import { receiptRoutes } from './routes/receipt';
import { programRoutes } from './routes/programs';
import { reportRoutes } from './routes/reports';
import { assignmentRoutes, reviewOverviewRoutes, reviewRoutes } from './routes/reviews';
import { siteRoutes } from './routes/site';
import { staffRoutes } from './routes/staff';
import { walletRoutes } from './routes/wallet';
import { createWalletService } from './services/wallet';
import { companyRoutes } from './routes/companies';
import { createCompanyLookupService } from './services/company-registry';
import { createOrganisationProfileService } from './services/organisation-profile';

/** JSON bodies are small; documents never transit through the API (they go straight to S3). */
const MAX_BODY_BYTES = 256 * 1024;

export function createApp(deps: Deps) {
  signMailsAs(deps.config.site);
  const https = deps.config.siteOrigin.startsWith('https:');
  const auth = createAuthService({
    store: deps.store,
    mailer: deps.mailer,
    clock: deps.clock,
    log: deps.log,
    metrics: deps.metrics,
    adminEmails: deps.config.adminEmails,
    otpSecret: deps.otpSecret,
  });
  const app = new OpenAPIHono<AppEnv>();
  app.use(requestId());
  app.use(accessLog(deps.log));
  app.use(
    securityHeaders({
      documentsBucketOrigin: deps.config.documentsBucketOrigin,
      https,
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  // First of the checks: a request that did not come through CloudFront is refused before any other reads it.
  if (deps.originVerify) app.use('/api/*', originVerify(deps.originVerify));
  app.use('/api/*', sameOrigin(deps.config.siteOrigins));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        problemJson(c, 413, {
          fr: 'La requête est trop volumineuse (256 Kio au plus).',
          en: 'The request is too large (256 KiB at most).',
        }),
    }),
  );

  app.use('/api/*', requireJsonBody);
  app.use('/api/*', authorize(auth, https));

  const reviews = createReviewService(deps);
  const documentService = createDocumentService(deps);
  const routes = app
    .route('/api/health', healthRoutes(deps))
    .route('/api/programs', programRoutes(deps, createProgramService(deps)))
    .route('/api/programs', assignmentRoutes(deps, reviews))
    .route('/api/programs', reportRoutes(createReportService(deps)))
    .route('/api/auth', authRoutes(deps, auth))
    .route('/api/me', meRoutes(createPersonalDataService(deps), https, auth))
    .route('/api/privacy', privacyRoutes(deps.config.retention))
    .route('/api/site', siteRoutes(deps.config.site))
    .route('/api/users', staffRoutes(createStaffService(deps)))
    .route('/api/applications', applicationRoutes(createApplicationService(deps)))
    .route('/api/applications', documentRoutes(documentService))
    .route('/api/applications', receiptRoutes(createReceiptService(deps)))
    .route('/api', walletRoutes(createWalletService(deps, documentService)))
    .route('/api', companyRoutes(createCompanyLookupService(deps), createOrganisationProfileService(deps)))
    .route('/api/applications', reviewRoutes(reviews))
    .route('/api/applications', reviewOverviewRoutes(reviews));
  if (deps.outbox) app.route('/api/dev', devRoutes(deps.outbox));

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Guichet API',
      version: '0.1.0',
      description: 'Grant applications for social and solidarity economy (ESS) programmes.',
    },
  });
  app.notFound(notFoundHandler);
  app.onError(errorHandler(deps.log));
  return routes;
}

/**
 * Every route with its parameters and answers, for the SPA's typed `hc` client
 * (frontend/src/lib/api-client.ts): the client's response types are the route schemas.
 */
export type AppType = ReturnType<typeof createApp>;

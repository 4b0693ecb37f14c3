/** GET /api/site: the portal's identity (names, logo, colours, contacts, legal lines) for the SPA's frame and regulatory pages. */
import { createRoute } from '@hono/zod-openapi';
import { type Site, siteSchema } from '../domain/site';
import { createRouter } from './router';

export function siteRoutes(site: Site) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: "The portal's identity: the authority, its unit, logo, colours, contact addresses and the legal texts' variables",
      responses: {
        200: {
          description: 'The site configuration (SITE_CONFIG, or the default)',
          content: { 'application/json': { schema: siteSchema } },
        },
      },
    }),
    (c) => {
      // The same for everyone and changed only by a deploy: browsers and shared caches may keep it a few minutes.
      c.header('Cache-Control', 'public, max-age=300');
      return c.json(siteSchema.parse(site), 200);
    },
  );
}

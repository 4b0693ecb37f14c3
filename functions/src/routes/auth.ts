/** Sign-in by one-time code: ask for a code, exchange it for a session, log out. */
import { createRoute, z } from '@hono/zod-openapi';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../auth/session-cookie';
import type { AuthService } from '../auth/service';
import type { Deps } from '../deps';
import { emailSchema } from '../domain/user';
import { createRouter, jsonBody, problemResponse } from './router';
import { meSchema, toMe } from './me';

const codeRequest = z.object({ email: emailSchema, locale: z.enum(['fr', 'en']).default('fr') }).strict();
const sessionRequest = z
  .object({
    email: emailSchema,
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/),
  })
  .strict();

export function authRoutes(deps: Deps, auth: AuthService) {
  const https = deps.config.siteOrigin.startsWith('https:');
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/code',
        summary: 'Send a one-time sign-in code (same answer for known and unknown addresses)',
        request: { body: jsonBody(codeRequest) },
        responses: {
          202: {
            description: 'A code was sent if the address can receive one',
            content: {
              'application/json': {
                schema: z.object({ sentTo: z.string(), resendAfterSeconds: z.number(), expiresInSeconds: z.number() }),
              },
            },
          },
          400: problemResponse('Invalid email'),
          429: problemResponse('Too many codes requested; see Retry-After'),
        },
      }),
      async (c) => {
        const { email, locale } = c.req.valid('json');
        const result = await auth.requestCode(email, deps.clientIp(c), locale);
        return c.json({ sentTo: email, ...result }, 202);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/session',
        summary: 'Exchange a one-time code for a session cookie',
        request: { body: jsonBody(sessionRequest) },
        responses: {
          200: { description: 'Signed in; the session cookie is set', content: { 'application/json': { schema: meSchema } } },
          400: problemResponse('Invalid, expired or spent code'),
          403: problemResponse('Account disabled'),
          429: problemResponse('Too many attempts'),
        },
      }),
      async (c) => {
        const { email, code } = c.req.valid('json');
        const signedIn = await auth.verifyCode(email, code, deps.clientIp(c));
        writeSessionCookie(c, https, signedIn.sessionId);
        return c.json(toMe(signedIn.user), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/session',
        summary: 'Log out: the session is revoked server-side at once',
        responses: { 204: { description: 'Logged out' } },
      }),
      async (c) => {
        const sessionId = readSessionCookie(c, https);
        if (sessionId) await auth.logout(sessionId);
        clearSessionCookie(c, https);
        return c.body(null, 204);
      },
    );
}

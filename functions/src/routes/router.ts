/**
 * Every router is an OpenAPIHono built here, so request validation fails the same
 * way everywhere: a ValidationError with field paths, mapped once by app.onError.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../deps';
import { ValidationError } from '../domain/errors';
import { fieldErrorsFromZod } from '../domain/validation';
import { bilingual, fieldError } from './schemas';

export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      // Field paths name the request part as a client sees it: body, query, param, header.
      if (!result.success) throw new ValidationError(fieldErrorsFromZod(result.error, result.target === 'json' ? 'body' : result.target));
    },
  });
}

/** A required JSON body: without `required`, zod-openapi would skip validation for other content types. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

/** The RFC 9457 body that app.onError answers with (middleware/problem.ts). */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  detailI18n: bilingual.optional(),
  instance: z.string().optional(),
  requestId: z.string().optional(),
  errors: z.array(fieldError).optional(),
  /** On a 409 for a stale write: the version now stored. */
  currentVersion: z.number().optional(),
});

/** Reusable OpenAPI response entry for problem+json errors. */
export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

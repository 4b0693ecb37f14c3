/** Documents of an application: presigned upload, verification, download link, deletion. */
import { createRoute, z } from '@hono/zod-openapi';
import { currentUser } from '../auth/route-roles';
import { DOCUMENT_TYPES } from '../domain/program';
import type { DocumentService } from '../services/documents';
import { createRouter, jsonBody, problemResponse } from './router';
import { documentParams, documentSchema, idParam } from './schemas';

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const uploadBody = z
  .object({
    type: z.enum(DOCUMENT_TYPES),
    filename: z.string().trim().min(1).max(255),
    contentType: z.string().trim().min(1).max(120),
    size: z
      .number()
      .int()
      .min(1)
      .max(1024 * 1024 * 1024),
  })
  .strict();

const errors = {
  400: problemResponse('Invalid input'),
  404: problemResponse('Unknown application or document, or not yours'),
  409: problemResponse('Application not editable, or upload not arrived'),
};

export function documentRoutes(service: DocumentService) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/documents',
        summary: 'Declare an upload and get a presigned POST for one server-chosen key',
        request: { params: idParam, body: jsonBody(uploadBody) },
        responses: {
          201: json(
            z.object({
              document: documentSchema,
              upload: z.object({ url: z.string(), fields: z.record(z.string(), z.string()) }),
              expiresInSeconds: z.number(),
            }),
            'Upload with this form within the expiry',
          ),
          413: problemResponse('File larger than the programme allows'),
          415: problemResponse('Content type not in the allowlist'),
          ...errors,
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        return c.json(await service.requestUpload(currentUser(c), id, c.req.valid('json')), 201);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/{id}/documents/{documentId}/complete',
        summary: 'Verify the uploaded bytes: verified, or rejected with a reason (and deleted)',
        request: { params: documentParams },
        responses: { 200: json(documentSchema, 'The settled document'), ...errors },
      }),
      async (c) => {
        const { id, documentId } = c.req.valid('param');
        return c.json(await service.complete(currentUser(c), id, documentId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/documents/{documentId}/download',
        summary: 'A short-lived download link (Content-Disposition: attachment)',
        request: { params: documentParams },
        responses: { 200: json(z.object({ url: z.string(), expiresInSeconds: z.number() }), 'The link'), ...errors },
      }),
      async (c) => {
        const { id, documentId } = c.req.valid('param');
        return c.json(await service.download(currentUser(c), id, documentId), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/{id}/documents/{documentId}',
        summary: 'Delete a document while the application is editable',
        request: { params: documentParams },
        responses: { 204: { description: 'Deleted' }, ...errors },
      }),
      async (c) => {
        const { id, documentId } = c.req.valid('param');
        await service.remove(currentUser(c), id, documentId);
        return c.body(null, 204);
      },
    );
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SITE_ORIGIN, createTestContext } from '../../support/deps';

describe('the app shell', () => {
  it('sends security headers on every response, naming the documents bucket in connect-src', async () => {
    const t = await createTestContext();
    const res = await t.app.request('/api/programs');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`connect-src 'self' ${t.config.documentsBucketOrigin}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs one structured JSON line per request with its request id', async () => {
    const t = await createTestContext();
    const res = await t.app.request('/api/health');
    const id = res.headers.get('x-request-id');
    const lines = t.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'info', msg: 'request', requestId: id, method: 'GET', path: '/api/health', status: 200 }),
    );
  });

  it('answers unknown API routes with a problem+json 404, not the SPA', async () => {
    const t = await createTestContext();
    const res = await t.app.request('/api/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 404, title: 'Not Found', instance: '/api/nope' });
  });

  it('refuses a cross-site mutating request whatever its content type', async () => {
    const t = await createTestContext();
    const attempts: Record<string, string>[] = [
      { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      { Origin: SITE_ORIGIN, 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'text/plain' },
    ];
    for (const headers of attempts) {
      const res = await t.app.request('/api/programs', { method: 'POST', headers, body: '{}' });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { detail: string }).detail).toMatch(/ne provient pas du site/);
    }
  });

  it('lets a same-origin mutating request through to routing', async () => {
    const t = await createTestContext();
    const res = await t.app.request('/api/programs', {
      method: 'POST',
      headers: { Origin: SITE_ORIGIN, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).not.toBe(403);
  });

  it('refuses bodies over 256 KiB with a 413 problem', async () => {
    const t = await createTestContext();
    const res = await t.app.request('/api/programs', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(300 * 1024) },
      body: 'x'.repeat(300 * 1024),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('describes its routes in /api/openapi.json', async () => {
    const t = await createTestContext();
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/programs', '/api/programs/{programId}', '/api/dev/outbox']),
    );
  });

  it('exposes the outbox only when it has one (local mode), never otherwise', async () => {
    const local = await createTestContext();
    await local.deps.mailer.send({ to: 'a@example.org', subject: 'Code', text: '123456' });
    const res = await local.app.request('/api/dev/outbox?to=A@example.org');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ items: [{ to: 'a@example.org', subject: 'Code', text: '123456' }] });

    const aws = await createTestContext({ withOutbox: false });
    expect((await aws.app.request('/api/dev/outbox')).status).toBe(404);
    const doc = (await (await aws.app.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).not.toContain('/api/dev/outbox');
  });

  it('never answers 5xx to hostile paths, methods or query strings', async () => {
    const t = await createTestContext();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
        fc.constantFrom('/api/programs/', '/api/health/', '/api/dev/outbox?to=', '/api/', '/api/programs?'),
        fc.string({ maxLength: 300 }),
        async (method, prefix, tail) => {
          const res = await t.app.request(`http://localhost${prefix}${encodeURIComponent(tail)}`, { method });
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });
});

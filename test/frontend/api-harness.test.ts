/**
 * The API harness itself: an answer the real API could not give fails the test
 * that gave it, so component fixtures cannot drift from the routes unnoticed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { amorcage, amorcageSummary } from './fixtures';
import { jsonResponse, notFromApi, problem, stubApi, takeApiViolations } from './support/api-harness';

afterEach(() => {
  vi.unstubAllGlobals();
  takeApiViolations();
});

/** What the SPA would get, and what the harness kept for the test's end. */
async function ask(path: string, init?: RequestInit) {
  const answer = await fetch(path, init).then(
    (response) => ({ status: response.status }),
    (error: unknown) => ({ error: String(error) }),
  );
  return { answer, violations: takeApiViolations() };
}

describe('API harness', () => {
  it('serves an answer that matches the route, and records the request', async () => {
    const calls = stubApi({ 'GET /api/programs/:programId': (_, { params }) => jsonResponse({ ...amorcage, id: params.programId ?? '' }) });
    expect(await ask('/api/programs/amorcage-ess-2026?x=1', { headers: { Accept: 'application/json' } })).toEqual({
      answer: { status: 200 },
      violations: [],
    });
    expect(calls).toMatchObject([
      { method: 'GET', path: '/api/programs/amorcage-ess-2026', url: '/api/programs/amorcage-ess-2026?x=1', body: undefined },
    ]);
    expect(calls[0]?.headers.get('accept')).toBe('application/json');
  });

  it('fails on a body that lacks a member the route requires, naming it', async () => {
    const { createdAt: _, ...withoutDate } = amorcage;
    stubApi({ 'GET /api/programs/:programId': () => jsonResponse(withoutDate) });
    const { answer, violations } = await ask('/api/programs/amorcage-ess-2026');
    expect(answer).toEqual({ error: expect.stringContaining('does not match the schema') });
    expect(violations).toEqual([
      expect.stringMatching(
        /GET \/api\/programs\/amorcage-ess-2026 \(route GET \/api\/programs\/\{programId\}\) answered 200[\s\S]*→ at createdAt/,
      ),
    ]);
  });

  it('fails on a member the route does not have, as when the server renames a field', async () => {
    stubApi({ 'GET /api/programs': () => jsonResponse({ items: [{ ...amorcageSummary, closingDate: amorcageSummary.closesAt }] }) });
    const { violations } = await ask('/api/programs');
    expect(violations).toEqual([expect.stringContaining('has members the schema does not know: items[0].closingDate')]);
  });

  it('fails on a status the route does not answer with JSON', async () => {
    stubApi({ 'POST /api/applications': () => jsonResponse({ items: [] }, 200) });
    const { violations } = await ask('/api/applications', { method: 'POST', body: '{}' });
    expect(violations).toEqual([expect.stringContaining('answered 200 as application/json; the route answers 201 application/json')]);
  });

  it('checks problems against the shape the server writes', async () => {
    stubApi({
      'GET /api/me': () => jsonResponse({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401),
      'GET /api/programs': () => problem(503, { fr: 'Indisponible.', en: 'Unavailable.' }),
    });
    expect((await ask('/api/me')).violations).toEqual([expect.stringMatching(/The problem in GET \/api\/me[\s\S]*→ at detail/)]);
    expect(await ask('/api/programs')).toEqual({ answer: { status: 503 }, violations: [] });
  });

  it('fails on a request the API does not serve, or one the test did not expect', async () => {
    stubApi({ 'GET /api/me': () => problem(401, { fr: 'Connectez-vous.', en: 'Sign in.' }) });
    expect((await ask('/api/aplications')).violations).toEqual([expect.stringContaining('which no route of the API serves')]);
    expect((await ask('/api/applications')).violations).toEqual([expect.stringContaining('add a "GET /api/applications" handler')]);
    expect(() => stubApi({ 'GET /api/programmes': () => jsonResponse({ items: [] }) })).toThrow(
      '"GET /api/programmes": the API has no such route',
    );
  });

  it('lets through, unchecked, an answer declared as not from the API', async () => {
    stubApi({ 'GET /api/programs': () => notFromApi(new Response('<h1>Bad gateway</h1>', { status: 502 })) });
    expect(await ask('/api/programs')).toEqual({ answer: { status: 502 }, violations: [] });
  });
});

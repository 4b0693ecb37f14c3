import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, getProgram, listPrograms, onUnauthorized, request } from '../../frontend/src/lib/api';
import { jsonResponse } from './fixtures';

describe('API client', () => {
  let removeHandler: (() => void) | undefined;
  afterEach(() => removeHandler?.());

  it('turns a problem+json answer into an ApiError with its field errors', async () => {
    const problem = {
      type: 'https://guichet.example.org/problems/validation',
      title: 'Invalid input',
      status: 422,
      detail: 'One field is invalid',
      errors: [{ path: 'email', message: { fr: 'Adresse invalide', en: 'Invalid address' } }, { path: 'bad' }],
    };
    vi.stubGlobal('fetch', async () => jsonResponse(problem, 422));
    const error = await request('/auth/code', { method: 'POST', body: '{}' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      title: 'Invalid input',
      detail: 'One field is invalid',
      errors: [{ path: 'email', message: { fr: 'Adresse invalide', en: 'Invalid address' } }],
    });
  });

  it('rejects with the status even when the body is not JSON', async () => {
    vi.stubGlobal('fetch', async () => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(listPrograms()).rejects.toMatchObject({ name: 'ApiError', status: 502, title: 'Bad Gateway' });
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(getProgram('amorcage-ess-2026')).rejects.toMatchObject({ name: 'ApiError', status: 0 });
  });

  it('sends every 401 to the single unauthorized handler', async () => {
    const seen: string[] = [];
    removeHandler = onUnauthorized(() => seen.push('signed out'));
    vi.stubGlobal('fetch', async () => jsonResponse({ type: 'about:blank', title: 'Unauthorized', status: 401 }, 401));
    await expect(request('/me')).rejects.toMatchObject({ status: 401 });
    await expect(request('/applications')).rejects.toMatchObject({ status: 401 });
    expect(seen).toEqual(['signed out', 'signed out']);
  });

  it('escapes the programme id in the path', async () => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return jsonResponse({});
    });
    await getProgram('a/b?c');
    expect(urls).toEqual(['/api/programs/a%2Fb%3Fc']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, getProgram, listPrograms, onUnauthorized, request } from '../../frontend/src/lib/api';
import { amorcage } from './fixtures';
import { jsonResponse, notFromApi, problem, stubApi } from './support/api-harness';

describe('API client', () => {
  let removeHandler: (() => void) | undefined;
  afterEach(() => removeHandler?.());

  it('turns a problem+json answer into an ApiError with its field errors', async () => {
    const email = { path: 'body.email', message: { fr: 'Adresse invalide', en: 'Invalid address' } };
    stubApi({
      'POST /api/auth/code': () => problem(400, { fr: 'Un champ est invalide', en: 'One field is invalid' }, { errors: [email] }),
    });
    const error = await request('/auth/code', { method: 'POST', body: '{}' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      title: 'Error',
      detail: 'Un champ est invalide',
      detailI18n: { fr: 'Un champ est invalide', en: 'One field is invalid' },
      errors: [email],
    });
  });

  it('keeps only the well-formed field errors of a problem from elsewhere (a proxy, say)', async () => {
    const problem = {
      type: 'https://guichet.example.org/problems/validation',
      title: 'Invalid input',
      status: 422,
      detail: 'One field is invalid',
      errors: [{ path: 'email', message: { fr: 'Adresse invalide', en: 'Invalid address' } }, { path: 'bad' }],
    };
    stubApi({ 'POST /api/auth/code': () => notFromApi(jsonResponse(problem, 422)) });
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
    stubApi({ 'GET /api/programs': () => notFromApi(new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' })) });
    await expect(listPrograms()).rejects.toMatchObject({ name: 'ApiError', status: 502, title: 'Bad Gateway' });
  });

  it('reports a network failure as status 0', async () => {
    stubApi({
      'GET /api/programs/:programId': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(getProgram('amorcage-ess-2026')).rejects.toMatchObject({ name: 'ApiError', status: 0 });
  });

  it('sends every 401 to the single unauthorized handler', async () => {
    const seen: string[] = [];
    removeHandler = onUnauthorized(() => seen.push('signed out'));
    const unauthorized = () => problem(401, { fr: 'Connectez-vous.', en: 'Sign in.' });
    stubApi({ 'GET /api/me': unauthorized, 'GET /api/applications': unauthorized });
    await expect(request('/me')).rejects.toMatchObject({ status: 401 });
    await expect(request('/applications')).rejects.toMatchObject({ status: 401 });
    expect(seen).toEqual(['signed out', 'signed out']);
  });

  it('escapes the programme id in the path', async () => {
    const calls = stubApi({ 'GET /api/programs/:programId': () => jsonResponse(amorcage) });
    await getProgram('a/b?c');
    expect(calls.map((call) => call.url)).toEqual(['/api/programs/a%2Fb%3Fc']);
  });
});

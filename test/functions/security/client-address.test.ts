/**
 * Who the caller is, for rate limits and the failed sign-in log, with the events API
 * Gateway (HTTP API, payload 2.0) really sends: behind CloudFront, which adds its
 * secret origin header and `cloudfront-viewer-address`; and straight to the
 * execute-api URL, where anyone can forge that header.
 */
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import fc from 'fast-check';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/src/app';
import { lambdaClientIp, parseViewerAddress, rateLimitKey } from '../../../functions/src/auth/client-address';
import { createTestContext, type TestContext } from '../../support/deps';

const HEADER = 'x-guichet-origin-verify';
const SECRET = 'Xq7vR2mN9pL4sK8wT3yB6cF1hJ5dG0aZeUiOoPlMkNjBhVgC';
const context = { awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef', functionName: 'api' } as Context;

function httpEvent(method: string, path: string, headers: Record<string, string>, body?: unknown): LambdaEvent {
  return {
    version: '2.0',
    routeKey: 'ANY /api/{proxy+}',
    rawPath: path,
    rawQueryString: '',
    headers: {
      host: 'abc123.execute-api.eu-west-3.amazonaws.com',
      'user-agent': 'Amazon CloudFront',
      accept: 'application/json',
      ...headers,
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      authentication: null,
      authorizer: {},
      domainName: 'abc123.execute-api.eu-west-3.amazonaws.com',
      domainPrefix: 'abc123',
      // Behind CloudFront this is the edge's address, never the viewer's.
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '130.176.96.12', userAgent: 'Amazon CloudFront' },
      requestId: 'JKJaXmPLvHcESHA=',
      routeKey: 'ANY /api/{proxy+}',
      stage: '$default',
      time: '28/Nov/2026:10:00:00 +0000',
      timeEpoch: 1795860000000,
    },
    pathParameters: { proxy: path.replace(/^\/api\//, '') },
    body: body === undefined ? null : JSON.stringify(body),
    isBase64Encoded: false,
  } as LambdaEvent;
}

/** The Lambda handler as lambda.ts builds it, on the test's table, with the secret given rather than fetched. */
function lambdaApi(t: TestContext, verify: boolean, secret: () => Promise<string> = async () => SECRET) {
  const deps = {
    ...t.deps,
    ...(verify ? { originVerify: { headerName: HEADER, secret } } : {}),
    clientIp: (c: Parameters<typeof lambdaClientIp>[0]) => lambdaClientIp(c, verify),
  };
  const api = handle(createApp(deps));
  return async (event: LambdaEvent) => (await api(event, context)) as APIGatewayProxyStructuredResultV2;
}

const wrongGuess = (headers: Record<string, string>) =>
  httpEvent('POST', '/api/auth/session', { 'content-type': 'application/json', ...headers }, { email: 'lea@example.org', code: '000000' });

function failureIps(t: TestContext): unknown[] {
  return t.logs
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((e) => e.msg === 'auth: sign-in failed')
    .map((e) => e.ip);
}

describe('parseViewerAddress', () => {
  it.each([
    ['203.0.113.9:1234', '203.0.113.9'],
    ['203.0.113.9', '203.0.113.9'],
    ['2001:db8::1:443', '2001:db8::1'],
    ['2001:0db8:85a3::8a2e:0370:7334:46532', '2001:0db8:85a3::8a2e:0370:7334'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['[2001:DB8::1]', '2001:db8::1'],
    [' 198.51.100.10:46532 ', '198.51.100.10'],
  ])('reads %s as %s', (header, ip) => {
    expect(parseViewerAddress(header)).toBe(ip);
  });

  it.each([
    undefined,
    '',
    'unknown',
    '203.0.113.9:',
    '999.0.113.9:1234',
    '[not-an-ip]:443',
    'evil.example:80',
    '203.0.113.9, 10.0.0.1',
    '[203.0.113.9]:443',
  ])('refuses %j', (header) => {
    expect(parseViewerAddress(header)).toBeNull();
  });
});

describe('rateLimitKey', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:db8:0:0:ffff:ffff:ffff:ffff', '2001:db8:0:0::/64'],
    ['2001:DB8:0:1::1', '2001:db8:0:1::/64'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['::1', '0:0:0:0::/64'],
    ['unknown', 'unknown'],
  ])('counts %s as %s', (ip, key) => {
    expect(rateLimitKey(ip)).toBe(key);
  });
});

describe('the API in Lambda, behind CloudFront', () => {
  it('refuses with a 403 problem+json any /api request without the origin header, or with a wrong one', async () => {
    const t = await createTestContext();
    const api = lambdaApi(t, true);
    const variants: Record<string, string>[] = [{}, { [HEADER]: 'guess' }, { [HEADER]: `${SECRET}x` }, { [HEADER]: '' }];
    for (const headers of variants) {
      const res = await api(httpEvent('GET', '/api/programs', { 'cloudfront-viewer-address': '203.0.113.9:1234', ...headers }));
      expect(res.statusCode).toBe(403);
      expect(res.headers?.['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(res.body ?? '{}')).toMatchObject({ status: 403 });
    }
    const wrongSignIn = await api(wrongGuess({ 'cloudfront-viewer-address': '203.0.113.9:1234' }));
    expect(wrongSignIn.statusCode).toBe(403);
    expect(failureIps(t)).toEqual([]);
    expect((await api(httpEvent('GET', '/api/programs', { [HEADER]: SECRET }))).statusCode).toBe(200);
  });

  it.each([
    ['203.0.113.9:1234', '203.0.113.9'],
    ['2001:db8::1:443', '2001:db8::1'],
    ['[2001:db8::1]:443', '2001:db8::1'],
  ])('takes the caller from cloudfront-viewer-address %s when the origin header is right', async (viewer, ip) => {
    const t = await createTestContext();
    const res = await lambdaApi(
      t,
      true,
    )(wrongGuess({ [HEADER]: SECRET, 'cloudfront-viewer-address': viewer, 'x-forwarded-for': '192.0.2.66' }));
    expect(res.statusCode).toBe(400);
    expect(failureIps(t)).toEqual([ip]);
  });

  it('answers 503 with Retry-After, not 500, while the origin secret cannot be read (Secrets Manager unreachable)', async () => {
    const t = await createTestContext();
    const unreachable = async (): Promise<string> => {
      throw Object.assign(new Error('connect ETIMEDOUT'), { name: 'TimeoutError' });
    };
    const res = await lambdaApi(t, true, unreachable)(httpEvent('GET', '/api/programs', { [HEADER]: SECRET }));
    expect(res.statusCode).toBe(503);
    expect(res.headers?.['retry-after']).toBe('5');
    expect(JSON.parse(res.body ?? '{}')).toMatchObject({ status: 503 });
  });

  it('falls back to the source IP when CloudFront names no usable viewer', async () => {
    const t = await createTestContext();
    const res = await lambdaApi(t, true)(wrongGuess({ [HEADER]: SECRET, 'cloudfront-viewer-address': 'garbage' }));
    expect(res.statusCode).toBe(400);
    expect(failureIps(t)).toEqual(['130.176.96.12']);
  });

  it('never believes cloudfront-viewer-address when no origin check is configured', async () => {
    const t = await createTestContext();
    const res = await lambdaApi(t, false)(wrongGuess({ 'cloudfront-viewer-address': '203.0.113.9:1234' }));
    expect(res.statusCode).toBe(400);
    expect(failureIps(t)).toEqual(['130.176.96.12']);
  });

  it('counts IPv6 callers by their /64: a new address in the same network does not reset the limit', async () => {
    const t = await createTestContext();
    const api = lambdaApi(t, true);
    const from = (viewer: string) => api(wrongGuess({ [HEADER]: SECRET, 'cloudfront-viewer-address': viewer }));
    for (let i = 1; i <= 30; i++) expect((await from(`2001:db8:0:7:${i.toString(16)}::1:443`)).statusCode).toBe(400);
    const sameNetwork = await from('2001:db8:0:7:ffff:ffff:ffff:1:443');
    expect(sameNetwork.statusCode).toBe(429);
    expect(sameNetwork.headers?.['retry-after']).toMatch(/^\d+$/);
    expect((await from('2001:db8:0:8::1:443')).statusCode).toBe(400);
  });

  it('counts IPv4 callers by their full address', async () => {
    const t = await createTestContext();
    const api = lambdaApi(t, true);
    const from = (viewer: string) => api(wrongGuess({ [HEADER]: SECRET, 'cloudfront-viewer-address': viewer }));
    for (let i = 0; i < 30; i++) expect((await from('198.51.100.7:5000')).statusCode).toBe(400);
    expect((await from('198.51.100.7:5001')).statusCode).toBe(429);
    expect((await from('198.51.100.8:5000')).statusCode).toBe(400);
  });
});

describe('hostile client addresses and sign-in input', () => {
  // Printable ASCII: what API Gateway hands a function as a header value.
  const headerValue = fc.oneof(
    fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((n) => String.fromCharCode(n)), maxLength: 80 }),
    fc.ipV4().map((ip) => `${ip}:443`),
    fc.ipV6().map((ip) => `${ip}:443`),
    fc.ipV6().map((ip) => `[${ip}]:443`),
    fc.ipV4Extended(),
  );

  it('never answers 5xx, believes a viewer address only under the right origin header, and logs a parsed IP', async () => {
    const t = await createTestContext();
    const api = lambdaApi(t, true);
    await fc.assert(
      fc.asyncProperty(headerValue, fc.option(headerValue, { nil: undefined }), fc.boolean(), async (viewer, forged, rightSecret) => {
        t.logs.length = 0;
        const verify = rightSecret ? SECRET : (forged ?? '');
        const res = await api(wrongGuess({ [HEADER]: verify, 'cloudfront-viewer-address': viewer }));
        expect(res.statusCode).toBeLessThan(500);
        if (!rightSecret && verify !== SECRET) {
          expect(res.statusCode).toBe(403);
          expect(failureIps(t)).toEqual([]);
          return;
        }
        expect([400, 429]).toContain(res.statusCode);
        if (res.statusCode === 400) expect(failureIps(t)).toEqual([parseViewerAddress(viewer) ?? '130.176.96.12']);
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });

  it('answers POST /api/auth/code and /api/auth/session below 500 whatever address and code arrive', async () => {
    const t = await createTestContext();
    const email = fc.oneof(fc.emailAddress(), fc.string({ maxLength: 40 }), fc.constant('LEA@Example.ORG'));
    const code = fc.oneof(fc.stringMatching(/^\d{6}$/), fc.string({ maxLength: 12 }), fc.constant(' 123456 '));
    await fc.assert(
      fc.asyncProperty(email, code, fc.ipV6(), async (address, guess, ip) => {
        const headers = { 'Content-Type': 'application/json', Origin: 'http://localhost:3000', 'x-test-client-ip': ip };
        const asked = await t.app.request('/api/auth/code', { method: 'POST', headers, body: JSON.stringify({ email: address }) });
        expect(asked.status).toBeLessThan(500);
        const res = await t.app.request('/api/auth/session', {
          method: 'POST',
          headers,
          body: JSON.stringify({ email: address, code: guess }),
        });
        expect(res.status).toBeLessThan(500);
        if (res.status !== 200) expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }),
      { numRuns: 40, endOnFailure: true },
    );
  });
});

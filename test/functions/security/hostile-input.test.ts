/**
 * Promise guarded: nothing a client sends can break the API or the applicant's
 * file. Whatever the body (random values, wrong types, deep nesting, huge
 * strings, prototype-pollution keys, extreme numbers, invalid UTF-8, a wrong
 * Content-Type) and whatever the path parameters (real ids or hostile strings),
 * every route answers below 500, every 4xx is an RFC 9457 problem whose
 * `status` is the HTTP status, oversize bodies get 413 and non-JSON bodies 415,
 * and afterwards the application still reads back whole and valid.
 *
 * The routes come from ROLE_TABLE itself, so a new route is fuzzed automatically.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLE_TABLE } from '../../../functions/src/auth/route-roles';
import { applicationViewSchema } from '../../../functions/src/routes/schemas';
import { JSON_HEADERS, signIn } from '../../support/session';
import { NOW, expectProblem, ownerWorld, storedApplication, type OwnerWorld } from './support';

const MAX_BODY_BYTES = 256 * 1024;
/** Fuzz traffic comes from its own address, so the auth rate limits it trips do not block sign-ins. */
const FUZZ_IP = '198.51.100.250';

/** Every route that changes something or takes a path parameter. */
const FUZZED_ROUTES = Object.keys(ROLE_TABLE).filter((key) => {
  const [method = '', path = ''] = key.split(' ');
  return method !== 'GET' || path.includes(':');
});
const MUTATING_ROUTES = FUZZED_ROUTES.filter((key) => !key.startsWith('GET '));

let w: OwnerWorld;
/** A second session of the same applicant, spent on the logout route so the main one survives. */
let logoutCookie: string;

beforeAll(async () => {
  w = await ownerWorld('lea@example.org');
  w.t.setNow(new Date(NOW.getTime() + 31_000)); // past the 30 s resend delay for a second code
  logoutCookie = await signIn(w.t, w.owner.email);
});

// ── Path parameters ─────────────────────────────────────────────────────────

/** Percent-encodes the UTF-8 bytes of `s` (lone surrogates become U+FFFD rather than throwing). */
const percentEncode = (bytes: Uint8Array) => Array.from(bytes, (b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
const encodeText = (s: string) => percentEncode(Buffer.from(s, 'utf8'));

/** Inserted verbatim: already URL-shaped, each stays under /api once the URL is normalised. */
const RAW_HOSTILE = [
  '..',
  '%2e%2e',
  '%00',
  '%',
  '%E0%A4%A',
  '%ED%A0%80',
  '%C0%AF',
  '%2F',
  '..%2F..%2Fetc%2Fpasswd',
  '%252e%252e%252f',
  ';',
  '',
];
/** Encoded before insertion. */
const TEXT_HOSTILE = [
  "' OR '1'='1' --",
  '1; DROP TABLE applications',
  '{"$ne":null}',
  '{"$gt":""}',
  'APP#app_x',
  'APP',
  '*',
  '<script>alert(1)</script>',
  '${jndi:ldap://x/a}',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '../../../../etc/passwd',
  '\u0000',
  '\u202eexe.pdf',
  'ß'.repeat(64),
  '🙂'.repeat(32),
  'a'.repeat(65),
  'a'.repeat(8000),
  JSON.stringify({ id: 'app_x', status: 'approved' }),
];

const hostileParam = fc.oneof(
  fc.constantFrom(...RAW_HOSTILE),
  fc.constantFrom(...TEXT_HOSTILE).map(encodeText),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }).map(encodeText),
  fc.uint8Array({ minLength: 1, maxLength: 40 }).map(percentEncode), // arbitrary bytes, often invalid UTF-8
  fc.integer({ min: 65, max: 4000 }).map((n) => 'x'.repeat(n)),
);

type Params = { id: string; documentId: string; programId: string };
const hostileParams = fc.record({ id: hostileParam, documentId: hostileParam, programId: hostileParam });

function fillPath(path: string, params: Params): string {
  return path.replace(':programId', params.programId).replace(':documentId', params.documentId).replace(':id', params.id);
}

// ── Bodies ──────────────────────────────────────────────────────────────────

/** Near-valid bodies per route; `@N@` takes a hostile JSON value, `@VERSION@` the application's current version. */
const NEAR_VALID: Record<string, string[]> = {
  'POST /api/programs/:programId/eligibility': [
    '{"legalForm":"scic","communeInsee":"62041","stage":"creation","amountRequestedCents":@N@,"totalBudgetCents":4000000,"siret":null,"creationDate":null}',
    '{"legalForm":"scic","communeInsee":"62041","stage":"creation","amountRequestedCents":1000,"totalBudgetCents":@N@,"siret":@N@,"creationDate":null}',
    '{"legalForm":@N@,"communeInsee":@N@,"stage":"creation","amountRequestedCents":1000,"totalBudgetCents":4000000,"siret":null,"creationDate":@N@}',
  ],
  'POST /api/auth/code': ['{"email":@N@}', '{"email":"fuzz@example.org","locale":@N@}'],
  'POST /api/auth/session': ['{"email":"fuzz@example.org","code":@N@}', '{"email":@N@,"code":"123456"}'],
  'POST /api/applications': [
    '{"programId":@N@}',
    '{"programId":"amorcage-ess","eligibility":{"legalForm":"scic","communeInsee":"62041","stage":"creation","amountRequestedCents":@N@,"totalBudgetCents":4000000,"siret":null,"creationDate":null}}',
  ],
  'PATCH /api/applications/:id': [
    '{"version":@VERSION@,"answers":{"montant":@N@}}',
    '{"version":@N@,"organisation":{"name":"La Ressourcerie"}}',
    '{"version":@VERSION@,"budget":{"amountRequestedCents":@N@,"expenses":[{"label":"Outillage","amountCents":@N@}]}}',
    '{"version":@VERSION@,"project":{"jobsCreated":@N@,"startDate":@N@}}',
    '{"version":@VERSION@,"organisation":{"name":@N@,"siret":@N@}}',
    '{"version":@VERSION@,"answers":@N@}',
  ],
  'POST /api/applications/:id/documents': [
    '{"type":"rib","filename":"rib.pdf","contentType":"application/pdf","size":@N@}',
    '{"type":"rib","filename":@N@,"contentType":"application/pdf","size":1000}',
    '{"type":@N@,"filename":"rib.pdf","contentType":@N@,"size":1000}',
  ],
  'POST /api/applications/:id/transitions': ['{"event":@N@}'],
  'POST /api/applications/:id/messages': ['{"body":@N@}'],
};
const GENERIC = ['{"value":@N@}', '[@N@]', '@N@'];
const templatesFor = (route: string) => NEAR_VALID[route] ?? GENERIC;

/** JSON texts (and a few near-JSON ones) that stress number, string and type handling. */
const HOSTILE_VALUES = [
  '1e308',
  '-1e308',
  '1e400',
  '-0',
  '5e-324',
  '1e-400',
  '9007199254740993',
  '1e16',
  '-1',
  '0.5',
  '1.5',
  '0',
  '"NaN"',
  '"Infinity"',
  '"-0"',
  '"1e308"',
  '"0x10"',
  'NaN',
  'Infinity',
  '-Infinity',
  'null',
  'true',
  'false',
  '[]',
  '{}',
  '""',
  '" "',
  '"\\u0000"',
  '"\\ud800"',
  '"\\udfff\\ud800"',
  '"<script>alert(1)</script>"',
  '"\' OR 1=1 --"',
  '{"$ne":null}',
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '["submit","withdraw"]',
  '"submit"',
  '"withdraw "',
];
const hostileValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  {
    weight: 2,
    arbitrary: fc.double().map((d) => (Number.isFinite(d) ? (Object.is(d, -0) ? '-0' : String(d)) : JSON.stringify(String(d)))),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((s) => JSON.stringify(s)) },
  { weight: 1, arbitrary: fc.integer({ min: 5001, max: 20_000 }).map((n) => JSON.stringify('é'.repeat(n))) },
);

const INVALID_UTF8 = [[0xff], [0xfe, 0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82], [0x80]];
const NOT_JSON_TYPES = [
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/xml',
  'application/octet-stream',
  'application/jsonp',
  'application/json-patch+json',
  'image/png',
  'json',
];

/** A payload as data, so a counterexample prints small and replays exactly. */
type Recipe =
  | { family: 'json'; text: string }
  | { family: 'deep'; depth: number; open: '[' | '{"a":' }
  | { family: 'huge'; bytes: number; char: string }
  | { family: 'near'; template: number; value: string }
  | { family: 'bytes'; template: number; bad: number[]; noise: number[] }
  | { family: 'content-type'; template: number; contentType: string }
  | { family: 'none' };

const safeStringify = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return 'null';
  }
};

const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  { weight: 2, arbitrary: fc.anything().map((v): Recipe => ({ family: 'json', text: safeStringify(v) })) },
  { weight: 1, arbitrary: fc.json().map((text): Recipe => ({ family: 'json', text })) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.string(), fc.array(fc.jsonValue(), { maxLength: 5 }))
      .map((v): Recipe => ({ family: 'json', text: safeStringify(v) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        '{"__proto__":{"polluted":"yes","isAdmin":true,"status":"approved"}}',
        '{"constructor":{"prototype":{"polluted":"yes"}}}',
        '{"__proto__":[],"length":1e308}',
        '[{"__proto__":{"polluted":"yes"}}]',
        '{"toString":"x","valueOf":1,"hasOwnProperty":null}',
        '{"a":1,"a":2,"__proto__":{"__proto__":{"polluted":"yes"}}}',
      )
      .map((text): Recipe => ({ family: 'json', text })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ depth: fc.integer({ min: 200, max: 40_000 }), open: fc.constantFrom('[' as const, '{"a":' as const) })
      .map((r): Recipe => ({ family: 'deep', ...r })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ bytes: fc.integer({ min: 200 * 1024, max: 300 * 1024 }), char: fc.constantFrom('x', 'é', '€', '🙂', '\\u0000') })
      .map((r): Recipe => ({ family: 'huge', ...r })),
  },
  { weight: 6, arbitrary: fc.record({ template: fc.nat(20), value: hostileValue }).map((r): Recipe => ({ family: 'near', ...r })) },
  {
    weight: 1,
    arbitrary: fc
      .record({ template: fc.nat(20), bad: fc.constantFrom(...INVALID_UTF8), noise: fc.array(fc.nat(255), { maxLength: 16 }) })
      .map((r): Recipe => ({ family: 'bytes', ...r })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ template: fc.nat(20), contentType: fc.constantFrom(...NOT_JSON_TYPES) })
      .map((r): Recipe => ({ family: 'content-type', ...r })),
  },
  { weight: 1, arbitrary: fc.constant<Recipe>({ family: 'none' }) },
);

type Payload = { body?: string | Uint8Array<ArrayBuffer>; contentType?: string; expected?: 413 | 415 };

async function currentVersion(): Promise<string> {
  return String((await storedApplication(w.t, w.applicationId))?.version ?? 1);
}

async function build(route: string, r: Recipe): Promise<Payload> {
  const templates = templatesFor(route);
  const template = async (i: number, value: string) =>
    (templates[i % templates.length] ?? '@N@').replaceAll('@N@', value).replaceAll('@VERSION@', await currentVersion());
  switch (r.family) {
    case 'none':
      return {};
    case 'json':
      return { body: r.text, contentType: 'application/json' };
    case 'deep': {
      const close = r.open === '[' ? ']' : '}';
      return { body: r.open.repeat(r.depth) + '1' + close.repeat(r.depth), contentType: 'application/json' };
    }
    case 'huge': {
      const unit = Buffer.byteLength(r.char);
      const body = `{"body":"${r.char.repeat(Math.ceil(r.bytes / unit))}"}`;
      return { body, contentType: 'application/json', ...(Buffer.byteLength(body) > MAX_BODY_BYTES ? { expected: 413 as const } : {}) };
    }
    case 'near':
      return { body: await template(r.template, r.value), contentType: 'application/json' };
    case 'bytes': {
      const [before = '', after = ''] = (await template(r.template, '"@BYTES@"')).split('@BYTES@');
      const body = Buffer.concat([Buffer.from(before), Buffer.from(r.bad), Buffer.from(r.noise), Buffer.from(after)]);
      return { body: new Uint8Array(body), contentType: 'application/json' };
    }
    case 'content-type':
      return { body: await template(r.template, '"x"'), contentType: r.contentType, expected: 415 };
  }
}

// ── Sending and checking ────────────────────────────────────────────────────

async function send(route: string, path: string, payload: Payload): Promise<Response> {
  const [method = 'GET'] = route.split(' ');
  const cookie = route === 'DELETE /api/auth/session' ? logoutCookie : w.owner.cookie;
  const headers: Record<string, string> = { Origin: JSON_HEADERS.Origin, Cookie: cookie, 'x-test-client-ip': FUZZ_IP };
  if (method === 'GET' || method === 'HEAD') {
    // No body on a GET: the hostile payload rides in the query string instead.
    const query =
      payload.body === undefined ? '' : `?q=${encodeText(typeof payload.body === 'string' ? payload.body.slice(0, 16_384) : 'bytes')}`;
    return w.t.app.request(`${path}${query}`, { method, headers });
  }
  if (payload.body !== undefined) {
    headers['Content-Length'] = String(typeof payload.body === 'string' ? Buffer.byteLength(payload.body) : payload.body.length);
    if (payload.contentType !== undefined) headers['Content-Type'] = payload.contentType;
  }
  return w.t.app.request(path, { method, headers, ...(payload.body === undefined ? {} : { body: payload.body }) });
}

async function expectWellBehaved(route: string, path: string, payload: Payload, res: Response) {
  const where = `${route} at ${path.slice(0, 200)}`;
  expect(res.status, `${where}: no 5xx`).toBeLessThan(500);
  if (res.status >= 400) await expectProblem(res);
  else await res.arrayBuffer();
  const stillUnderApi = new URL(path, 'http://localhost').pathname.startsWith('/api/');
  if (payload.expected !== undefined && stillUnderApi && !route.startsWith('GET ')) {
    expect(res.status, `${where}: ${payload.expected === 413 ? 'oversize body' : 'non-JSON body'}`).toBe(payload.expected);
  }
}

describe('hostile input on every mutating or parameterised route', () => {
  it('covers every mutating or parameterised route the app registers', () => {
    const registered = w.t.app.routes
      .filter((r) => r.path.startsWith('/api') && !r.path.endsWith('*') && (r.method !== 'GET' || r.path.includes(':')))
      .map((r) => `${r.method} ${r.path}`);
    expect(registered.length).toBeGreaterThan(0);
    expect(new Set(FUZZED_ROUTES)).toEqual(new Set(registered));
  });

  it.each(FUZZED_ROUTES)('%s: 50 hostile requests, no 5xx, problem+json on every 4xx', async (route) => {
    const [, template = ''] = route.split(' ');
    const real: Params = { id: w.applicationId, documentId: w.documentId, programId: 'amorcage-ess' };
    await fc.assert(
      // `null` (half of the runs) means the real ids; otherwise hostile strings take their place.
      fc.asyncProperty(fc.option(hostileParams, { freq: 2 }), recipe, async (hostile, r) => {
        const path = fillPath(template, hostile ?? real);
        const payload = await build(route, r);
        await expectWellBehaved(route, path, payload, await send(route, path, payload));
      }),
      { numRuns: 50, endOnFailure: true },
    );
  });
});

describe('the limits every mutating route enforces', () => {
  it.each(MUTATING_ROUTES)('%s: a 300 KiB body is a 413, a text/plain body a 415', async (route) => {
    const [, template = ''] = route.split(' ');
    const path = fillPath(template, { id: w.applicationId, documentId: w.documentId, programId: 'amorcage-ess' });
    const huge = { body: `{"body":"${'x'.repeat(300 * 1024)}"}`, contentType: 'application/json', expected: 413 as const };
    await expectProblem(await send(route, path, huge), 413);
    const plain = { body: '{"body":"x"}', contentType: 'text/plain', expected: 415 as const };
    await expectProblem(await send(route, path, plain), 415);
  });
});

describe('numbers the table cannot store', () => {
  // DynamoDB (and the SDK's marshaller) only hold numbers up to Number.MAX_SAFE_INTEGER
  // without precision loss and not below 1e-130: such an answer must be a 400, not a 500.
  it.each(['1e308', '-1e308', '1e16', '9007199254740993', '1e126', '5e-324', '1e-300'])(
    'PATCH answers.montant = %s is refused with a 400 naming the answer, and the draft is unchanged',
    async (value) => {
      const before = await storedApplication(w.t, w.applicationId);
      const res = await send('PATCH /api/applications/:id', `/api/applications/${w.applicationId}`, {
        body: `{"version":${String(before?.version)},"answers":{"montant":${value}}}`,
        contentType: 'application/json',
      });
      const problem = await expectProblem(res, 400);
      expect(problem.errors?.map((e) => e.path) ?? []).toContain('body.answers.montant');
      expect(await storedApplication(w.t, w.applicationId)).toEqual(before);
    },
  );
});

describe('after the whole run', () => {
  it('the application still reads back whole and valid, and nothing was polluted', async () => {
    const res = await w.owner.req(`/api/applications/${w.applicationId}`);
    expect(res.status).toBe(200);
    const parsed = applicationViewSchema.safeParse(await res.json());
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 5))).toBe(true);
    expect(parsed.data?.application.id).toBe(w.applicationId);
    expect(parsed.data?.application.ownerId).toBe((await storedApplication(w.t, w.applicationId))?.ownerId);

    const probe = {} as Record<string, unknown>;
    expect([probe.polluted, probe.isAdmin, probe.status]).toEqual([undefined, undefined, undefined]);

    const unhandled = w.t.logs
      .map((line) => JSON.parse(line) as { msg?: string; path?: string; error?: { message?: string } })
      .filter((entry) => entry.msg === 'unhandled error')
      .map((entry) => `${entry.path?.slice(0, 120)}: ${entry.error?.message?.slice(0, 160)}`);
    expect(unhandled, 'unhandled errors logged during the run').toEqual([]);
  });
});

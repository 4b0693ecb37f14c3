/**
 * Promise guarded: access is deny-by-default. Every API route the app registers
 * is listed in ROLE_TABLE with the roles allowed on it, the table names no route
 * that does not exist, and the one middleware enforcing it answers 401 to a
 * signed-out visitor and 403 to a signed-in user of the wrong role — never a
 * 200 or a 5xx — while public routes never ask anyone to sign in. A route added
 * without a table entry is refused to everyone, managers included.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/src/app';
import { ROLE_TABLE, type Access } from '../../../functions/src/auth/route-roles';
import type { Role } from '../../../functions/src/domain/lifecycle';
import { JSON_HEADERS, signIn } from '../../support/session';
import { DEMO_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL, expectProblem, ownerWorld, type OwnerWorld } from './support';

type Caller = 'signed out' | Role;
const CALLERS: readonly Caller[] = ['signed out', 'applicant', 'reviewer', 'manager'];

/** `METHOD /path` of every handler route under /api; middleware entries (`/api/*`) are not routes. */
function registeredRoutes(app: { routes: readonly { method: string; path: string }[] }): Set<string> {
  return new Set(app.routes.filter((r) => r.path.startsWith('/api') && !r.path.endsWith('*')).map((r) => `${r.method} ${r.path}`));
}

const TABLE_ENTRIES = Object.entries(ROLE_TABLE) as [string, Access][];

let w: OwnerWorld;
const cookies = new Map<Caller, string | null>();

beforeAll(async () => {
  w = await ownerWorld('lea@example.org');
  cookies.set('signed out', null);
  cookies.set('applicant', w.owner.cookie);
  cookies.set('reviewer', await signIn(w.t, DEMO_REVIEWER_EMAIL));
  cookies.set('manager', await signIn(w.t, DEMO_MANAGER_EMAIL));
});

function request(
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  caller: Caller,
  method: string,
  path: string,
) {
  const cookie = cookies.get(caller);
  const mutating = !['GET', 'HEAD'].includes(method);
  return app.request(path, {
    method,
    headers: { ...JSON_HEADERS, ...(cookie ? { Cookie: cookie } : {}) },
    ...(mutating ? { body: '{}' } : {}),
  });
}

/** Real ids in place of the route's parameters, so allowed callers reach the handler. */
function concrete(path: string): string {
  return path.replace(':programId', 'amorcage-ess').replace(':id', w.applicationId).replace(':documentId', w.documentId);
}

describe('the role table and the registered routes', () => {
  it('lists every API route the app registers (a missing route would be refused to all)', () => {
    const missing = [...registeredRoutes(w.t.app)].filter((route) => !(route in ROLE_TABLE));
    expect(missing).toEqual([]);
  });

  it('names no route that does not exist', () => {
    const registered = registeredRoutes(w.t.app);
    expect(registered.size).toBeGreaterThan(0);
    const stale = Object.keys(ROLE_TABLE).filter((route) => !registered.has(route));
    expect(stale).toEqual([]);
  });

  it('only GET /api/dev/outbox disappears when the deps carry no outbox', () => {
    const { outbox: _outbox, ...withoutOutbox } = w.t.deps;
    const registered = registeredRoutes(createApp(withoutOutbox));
    expect(Object.keys(ROLE_TABLE).filter((route) => !registered.has(route))).toEqual(['GET /api/dev/outbox']);
    expect([...registered].filter((route) => !(route in ROLE_TABLE))).toEqual([]);
  });

  it('uses only known roles', () => {
    for (const [, access] of TABLE_ENTRIES) {
      if (access !== 'public') {
        expect(access.length).toBeGreaterThan(0);
        for (const role of access) expect(['applicant', 'reviewer', 'manager']).toContain(role);
      }
    }
  });
});

describe('a route missing from the table', () => {
  it('is refused with 403 to everyone, and its handler never runs', async () => {
    const app = createApp(w.t.deps);
    let ran = 0;
    app.get('/api/extra', (c) => {
      ran += 1;
      return c.json({ secret: 'should never be served' }, 200);
    });
    app.post('/api/extra/:id', (c) => {
      ran += 1;
      return c.json({ secret: 'should never be served' }, 200);
    });
    // The walker above would flag exactly these two.
    expect([...registeredRoutes(app)].filter((route) => !(route in ROLE_TABLE))).toEqual(['GET /api/extra', 'POST /api/extra/:id']);
    for (const caller of CALLERS) {
      // The caller really is who we say: the same cookie is accepted on a listed route.
      expect((await request(app, caller, 'GET', '/api/me')).status).toBe(caller === 'signed out' ? 401 : 200);
      await expectProblem(await request(app, caller, 'GET', '/api/extra'), 403);
      await expectProblem(await request(app, caller, 'POST', '/api/extra/42'), 403);
    }
    expect(ran).toBe(0);
  });

  it('treats a forged or unknown session cookie as signed out', async () => {
    for (const cookie of ['session=AAAAAAAAAAAAAAAAAAAAAA', 'session=../../etc/passwd', 'session=' + 'x'.repeat(4096)]) {
      const res = await w.t.app.request(`/api/applications/${w.applicationId}`, { headers: { ...JSON_HEADERS, Cookie: cookie } });
      await expectProblem(res, 401);
    }
  });
});

// Logging out revokes the caller's session: those cases run last (tests in a file run in order),
// after every other test of this file, so they cannot sign anyone out early.
const CASES = CALLERS.flatMap((caller) =>
  TABLE_ENTRIES.map(([route, access]) => {
    const allowed = access === 'public' || (caller !== 'signed out' && access.includes(caller));
    const verdict = allowed ? 'is let through' : caller === 'signed out' ? 'gets 401' : 'gets 403';
    return [`${route} — ${caller} ${verdict}`, { route, caller, access, allowed }] as const;
  }),
).sort(([, a], [, b]) => Number(a.route === 'DELETE /api/auth/session') - Number(b.route === 'DELETE /api/auth/session'));

describe('the table is enforced for every route and every caller', () => {
  it.each(CASES)('%s', async (_title, { route, caller, access, allowed }) => {
    const [method = '', path = ''] = route.split(' ');
    const res = await request(w.t.app, caller, method, concrete(path));
    expect(res.status, `${route} as ${caller}`).toBeLessThan(500);
    if (access === 'public') expect([401, 403]).not.toContain(res.status);
    if (allowed) {
      expect([401, 403], `${route} as ${caller}: allowed by the table`).not.toContain(res.status);
    } else {
      const problem = await expectProblem(res, caller === 'signed out' ? 401 : 403);
      expect(JSON.stringify(problem)).not.toContain('La Ressourcerie');
    }
  });
});

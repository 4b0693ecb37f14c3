/**
 * P3: applicants submitting at the same moment. Each one, signed in through the real
 * routes, creates a draft, saves it five times and submits, all at once (a burst) or
 * with random think time over a window (a deadline rush). Like the SPA, a client waits
 * as a 503 or 429 asks and tries again (at most five tries). Then every application is
 * read back: submitted, one reference each, references unique and gapless.
 * The documents each application needs are seeded verified and clean: the row measures
 * submission under contention, not uploads.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ApplicationDocument } from '../../functions/src/domain/application';
import type { RowResult } from '../support/row';
import { type Emulators, type World, as, createWorld, signIn } from '../support/stack';
import { round, summarise } from '../support/stats';
import { REQUIRED_DOCUMENTS as REQUIRED, VALID_SECTIONS as BENCH_SECTIONS } from '../../test/support/sections';

const TRIES = 5;

type Outcome = { statuses: number[]; ms: number; applicationId: string | null; error: string | null };

async function applicant(world: World, i: number, thinkMs: () => number): Promise<Outcome> {
  const statuses: number[] = [];
  const started = performance.now();
  const email = `porteur-${i}@bench.example.org`;
  const req = as(world, await signIn(world, email, `198.51.${Math.floor(i / 250)}.${i % 250}`));
  /** One request, retried as the SPA does on 503/429. */
  const call = async (path: string, init: { method?: string; body?: unknown }) => {
    for (let attempt = 1; ; attempt++) {
      const res = await req(path, init);
      statuses.push(res.status);
      if ((res.status !== 503 && res.status !== 429) || attempt >= TRIES) return res;
      const seconds = Number(res.headers.get('retry-after')) || attempt;
      await new Promise((r) => setTimeout(r, Math.min(10, seconds) * 1000 * (1 + Math.random() * 0.3)));
    }
  };
  try {
    await new Promise((r) => setTimeout(r, thinkMs()));
    const created = await call('/api/applications', { method: 'POST', body: { programId: 'amorcage-ess' } });
    if (created.status !== 201) throw new Error(`create ${created.status}`);
    let { application } = (await created.json()) as { application: { id: string; version: number } };
    for (const type of REQUIRED) await world.deps.store.applications.putDocument(verifiedDocument(application.id, type, i));
    for (let save = 0; save < 5; save++) {
      const body = save === 4 ? BENCH_SECTIONS : { project: { ...BENCH_SECTIONS.project, title: `Projet ${i}, version ${save}` } };
      const res = await call(`/api/applications/${application.id}`, { method: 'PATCH', body: { version: application.version, ...body } });
      if (res.status !== 200) throw new Error(`autosave ${res.status}`);
      application = ((await res.json()) as { application: typeof application }).application;
    }
    const submitted = await call(`/api/applications/${application.id}/transitions`, { method: 'POST', body: { event: 'submit' } });
    if (submitted.status !== 200) throw new Error(`submit ${submitted.status}: ${(await submitted.text()).slice(0, 200)}`);
    return { statuses, ms: performance.now() - started, applicationId: application.id, error: null };
  } catch (error) {
    return { statuses, ms: performance.now() - started, applicationId: null, error: (error as Error).message };
  }
}

function verifiedDocument(applicationId: string, type: string, i: number): ApplicationDocument {
  const at = new Date().toISOString();
  return {
    id: `doc_${type}_${i}`,
    applicationId,
    type: type as ApplicationDocument['type'],
    filename: `${type}.pdf`,
    contentType: 'application/pdf',
    declaredSize: 1024,
    verifiedSize: 1024,
    status: 'verified',
    rejection: null,
    sha256: createHash('sha256').update(`${type}-${i}`).digest('hex'),
    scan: 'clean',
    createdAt: at,
    updatedAt: at,
  };
}

export async function p3SubmitBurst(emulators: Emulators, count: number, shape: 'burst' | 'rush', windowMs = 120_000): Promise<RowResult> {
  const world = await createWorld(emulators);
  const think = shape === 'burst' ? () => 0 : () => Math.random() * windowMs;
  const started = performance.now();
  const outcomes = await Promise.all(Array.from({ length: count }, (_, i) => applicant(world, i, think)));
  const wallMs = performance.now() - started;

  // Read every application back.
  const ids = outcomes.flatMap((o) => (o.applicationId ? [o.applicationId] : []));
  const stored = [];
  for (let i = 0; i < ids.length; i += 100) stored.push(...(await world.deps.store.applications.getMany(ids.slice(i, i + 100))));
  const references = stored.map((a) => a.reference).filter((r): r is string => r !== null);
  const sequence = references.map((r) => Number(r.slice(-6))).sort((a, b) => a - b);
  const gapless = sequence.every((n, i) => n === i + 1);
  const all = outcomes.flatMap((o) => o.statuses);
  const errors = outcomes.filter((o) => o.error !== null);
  const fivexx = all.filter((s) => s >= 500 && s !== 503).length;
  const busy = all.filter((s) => s === 503 || s === 429).length;
  const lost = count - stored.filter((a) => a.status === 'submitted').length;
  const unique = new Set(references).size === references.length;
  return {
    id: shape === 'burst' ? `P3 (${count} at once)` : `P3 (${count}, rush over ${Math.round(windowMs / 1000)} s)`,
    what: `${count} applicants: create → 5 autosaves → submit${shape === 'burst' ? ', all at once' : ', random think time'}`,
    goal: '0 errors, nothing lost, references unique',
    figure: `${errors.length} failed, ${fivexx} × 5xx, ${busy} × 503/429 retried, ${lost} lost, references ${unique ? 'unique' : 'DUPLICATED'}${gapless ? ' and gapless' : ', with gaps'}`,
    met: errors.length === 0 && fivexx === 0 && lost === 0 && unique,
    details: {
      count,
      shape,
      wallSeconds: round(wallMs / 1000),
      perApplicantMs: summarise(outcomes.map((o) => o.ms)),
      requests: all.length,
      busy,
      fivexx,
      failures: errors.slice(0, 5).map((o) => o.error),
      gapless,
    },
  };
}

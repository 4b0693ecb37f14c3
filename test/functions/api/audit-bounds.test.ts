/**
 * An audit event keeps the values before and after a change, and DynamoDB refuses an
 * item over 400 KB: the largest programme the builder accepts, changed whole, must still
 * save (not a 500) with an audit event that names every changed field, keeps the short
 * values verbatim and replaces the bulky ones by their SHA-256 and size.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonical } from '../../../functions/src/domain/audit';
import type { Commune, Program } from '../../../functions/src/domain/program';
import { DEMO_MANAGER_EMAIL } from '../../../functions/src/local/demo-data';
import { createTestContext } from '../../support/deps';
import { programFixture } from '../../support/programs';
import { as, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');

/** 2,000 communes (the builder's maximum) with long names, different for each `seed`. */
function communes(seed: string): Commune[] {
  return Array.from({ length: 2000 }, (_, i) => ({
    insee: String(10000 + i),
    postcode: String(20000 + i),
    name: `${seed} ${'Saint-Martin-des-Champs-en-Val '.repeat(2)}${i}`.slice(0, 60),
  }));
}

/** As large as the API's 256 KiB body limit allows. */
function largest(seed: string, envelopeCents: number) {
  const long = (lang: string) => `${seed} ${lang} `.padEnd(4000, 'Économie sociale et solidaire. ');
  const { version: _v, createdAt: _c, updatedAt: _u, ...rest } = programFixture(NOW, { id: 'grand-appel', referencePrefix: 'GA' });
  return {
    ...rest,
    envelopeCents,
    description: { fr: long('fr'), en: long('en') },
    summary: { fr: long('fr').slice(0, 2000), en: long('en').slice(0, 2000) },
    rules: { ...rest.rules, territory: { name: `Territoire ${seed}`, communes: communes(seed) } },
  } satisfies Omit<Program, 'version' | 'createdAt' | 'updatedAt'>;
}

const sha256 = (value: unknown) => createHash('sha256').update(canonical(value)).digest('hex');

describe('audit events of very large changes', () => {
  it('saves the largest programme changed whole, with an audit event that digests the bulky values', async () => {
    const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
    const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
    const first = largest('Avant', 10_000_000);
    const body = JSON.stringify(first);
    expect(body.length).toBeGreaterThan(200_000);
    expect(body.length).toBeLessThan(256 * 1024);

    const created = await manager('/api/programs', { method: 'POST', body: first });
    expect(created.status).toBe(201);
    const second = largest('Après', 12_000_000);
    const saved = await manager('/api/programs/grand-appel', { method: 'PUT', body: { ...second, version: 1 } });
    expect(saved.status).toBe(200);

    const res = await manager('/api/programs/grand-appel/events');
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as {
      items: { type: string; changed: string[]; before: Record<string, unknown>; after: Record<string, unknown> }[];
    };
    // The save publishes it too (the fixture is published, a new programme starts as a draft).
    const updated = items.find((e) => e.type === 'program_status_changed');
    expect(updated?.changed).toEqual(expect.arrayContaining(['description', 'summary', 'rules', 'envelopeCents']));
    // Short values stay readable; the bulky ones are their digest.
    expect(updated?.before.envelopeCents).toBe(10_000_000);
    expect(updated?.after.envelopeCents).toBe(12_000_000);
    expect(updated?.after.rules).toEqual({
      omitted: true,
      sha256: sha256(second.rules),
      bytes: Buffer.byteLength(canonical(second.rules)),
    });
    expect(updated?.before.rules).toMatchObject({ omitted: true, sha256: sha256(first.rules) });
    // DynamoDB Local stored the unbounded 450 KB event without complaint; AWS refuses items over 400 KB.
    expect(JSON.stringify(updated).length).toBeLessThan(150_000);
  }, 60_000);
});

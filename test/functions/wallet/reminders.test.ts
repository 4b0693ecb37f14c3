/**
 * The daily job reminds a wallet holder 30 days before a kept document expires, once,
 * in their language, when an open draft's programme requires that type and the draft
 * has no usable document of it yet; otherwise it stays quiet.
 */
import { describe, expect, it } from 'vitest';
import { runDailyJobs } from '../../../functions/src/jobs/scheduler';
import type { TestContext } from '../../support/deps';
import { samplePdf } from '../../support/files';
import { type WalletItemView, applicant, draftOn, keep, storedWalletItems, uploaded, walletWorld } from './support';

const VALID_UNTIL = '2027-01-20';

const run = (t: TestContext, when: string) => {
  const at = new Date(when);
  t.setNow(at);
  return runDailyJobs({ ...t.deps, clock: () => at });
};
const reminders = (t: TestContext) => t.deps.outbox?.list().filter((m) => /expire/.test(m.subject)) ?? [];

/** An avis SIRENE kept with a chosen end date, from a draft (on the seed fund) that is then given another. */
async function keptSirene(t: TestContext, email: string) {
  const holder = await applicant(t, email);
  const source = await draftOn(holder.req, 'amorcage-ess');
  const sirene = await uploaded(holder.req, source, 'avis_sirene', samplePdf('Avis SIRENE'), 'avis-sirene.pdf');
  const res = await keep(holder.req, { applicationId: source, documentId: sirene.id, validUntil: VALID_UNTIL });
  expect(res.status).toBe(201);
  return { holder, source, item: (await res.json()) as WalletItemView };
}

describe('wallet expiry reminder', () => {
  it('goes once, 30 days before the end, when an open draft requires the type and has none usable, with a link to the account', async () => {
    const t = await walletWorld();
    const { holder, item } = await keptSirene(t, 'lea@example.org');
    // The draft that needs it: the innovation programme requires an avis SIRENE; this draft has none.
    const draft = await draftOn(holder.req, 'innovation-sociale');

    expect((await run(t, '2026-12-20T06:00:00.000Z')).walletReminders).toEqual({ considered: 0, reminded: 0 });
    expect(reminders(t)).toEqual([]);

    const due = await run(t, '2026-12-21T06:00:00.000Z');
    expect(due.walletReminders).toEqual({ considered: 1, reminded: 1 });
    const [mail, ...others] = reminders(t);
    expect(others).toEqual([]);
    expect(mail?.to).toBe('lea@example.org');
    expect(mail?.subject).toBe('Votre document « Avis de situation SIRENE » expire le 20 janvier 2027');
    expect(mail?.text).toContain('avis-sirene.pdf');
    expect(mail?.text).toContain('http://localhost:3000/compte');
    expect(mail?.text).not.toContain(draft);

    // The next days: marked on the item, never again.
    expect((await run(t, '2026-12-21T18:00:00.000Z')).walletReminders).toEqual({ considered: 0, reminded: 0 });
    expect((await run(t, '2026-12-28T06:00:00.000Z')).walletReminders).toEqual({ considered: 0, reminded: 0 });
    expect(reminders(t)).toHaveLength(1);
    const [stored] = await storedWalletItems(t, holder.id);
    expect(stored).toMatchObject({ id: item.id, remindedAt: '2026-12-21T06:00:00.000Z' });
    expect(stored?.gsi1pk).toBeUndefined();
  });

  it('is written in the holder’s language', async () => {
    const t = await walletWorld();
    const { holder } = await keptSirene(t, 'sam@example.org');
    expect((await holder.req('/api/me', { method: 'PATCH', body: { locale: 'en' } })).status).toBe(200);
    await draftOn(holder.req, 'innovation-sociale');
    await run(t, '2026-12-22T06:00:00.000Z');
    const [mail] = reminders(t);
    expect(mail?.subject).toBe('Your document "SIRENE registration notice" expires on 20 January 2027');
    expect(mail?.text).toContain('"My account": http://localhost:3000/compte');
  });

  it('stays quiet when no open draft needs the type, or the draft already has a usable one; it goes once a draft needs it', async () => {
    const t = await walletWorld();
    const { holder, source } = await keptSirene(t, 'lea@example.org');
    // The only draft (the source) already holds a verified, clean avis SIRENE.
    await run(t, '2026-12-21T06:00:00.000Z');
    expect(reminders(t)).toEqual([]);
    const [item] = await storedWalletItems(t, holder.id);
    expect(item?.remindedAt).toBeNull();

    // The draft loses its document: now it needs the kept one, and the next run says so.
    const again = await applicant(t, holder.email);
    const view = (await (await again.req(`/api/applications/${source}`)).json()) as { documents: { id: string; type: string }[] };
    const own = view.documents.find((d) => d.type === 'avis_sirene');
    expect((await again.req(`/api/applications/${source}/documents/${own?.id}`, { method: 'DELETE' })).status).toBe(204);
    await run(t, '2026-12-23T06:00:00.000Z');
    expect(reminders(t)).toHaveLength(1);
  });

  it('an item with no end date never triggers it', async () => {
    const t = await walletWorld();
    const holder = await applicant(t, 'lea@example.org');
    const source = await draftOn(holder.req, 'amorcage-ess');
    const rib = await uploaded(holder.req, source, 'rib', samplePdf('RIB'));
    expect((await keep(holder.req, { applicationId: source, documentId: rib.id })).status).toBe(201);
    // This draft requires a RIB and has none.
    await draftOn(holder.req, 'innovation-sociale');
    expect((await run(t, '2026-12-21T06:00:00.000Z')).walletReminders).toEqual({ considered: 0, reminded: 0 });
    expect(reminders(t)).toEqual([]);
  });

  it('a withdrawn draft is not an open one', async () => {
    const t = await walletWorld();
    const { holder, source } = await keptSirene(t, 'lea@example.org');
    const view = (await (await holder.req(`/api/applications/${source}`)).json()) as { documents: { id: string; type: string }[] };
    const own = view.documents.find((d) => d.type === 'avis_sirene');
    expect((await holder.req(`/api/applications/${source}/documents/${own?.id}`, { method: 'DELETE' })).status).toBe(204);
    const withdrawn = await holder.req(`/api/applications/${source}/transitions`, { method: 'POST', body: { event: 'withdraw' } });
    expect(withdrawn.status).toBe(200);
    expect((await run(t, '2026-12-21T06:00:00.000Z')).walletReminders).toEqual({ considered: 1, reminded: 0 });
    expect(reminders(t)).toEqual([]);
  });
});

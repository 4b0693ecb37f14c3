/** The manager's dashboard and CSV export, against real data from the API. */
import { describe, expect, it } from 'vitest';
import { DEMO_MANAGER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import type { Dashboard } from '../../../functions/src/services/reports';
import { REQUIRED_DOCUMENTS, VALID_SECTIONS, filledDraft, uploadDocument } from '../../support/applications';
import { createTestContext } from '../../support/deps';
import { samplePdf } from '../../support/files';
import { as, signIn } from '../../support/session';

const NOW = new Date('2026-11-28T10:00:00.000Z');

describe('dashboard and export', () => {
  it('counts, sums, ranks and exports what the round produced', async () => {
    const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
    await seedDemoData(t.deps.store, NOW);
    const applicant = as(t, await signIn(t, 'lea@example.org'));
    const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));

    const names = ['=HYPERLINK("http://evil.example","clic")', 'Ressourcerie; Atelier', 'Café « solidaire »'];
    const ids: string[] = [];
    for (const name of names) {
      const draft = await filledDraft(t, applicant);
      await applicant(`/api/applications/${draft.id}`, {
        method: 'PATCH',
        body: { version: draft.version, organisation: { ...VALID_SECTIONS.organisation, name } },
      });
      for (const type of REQUIRED_DOCUMENTS) {
        await uploadDocument(applicant, draft.id, { type, filename: `${type}.pdf`, contentType: 'application/pdf', bytes: samplePdf() });
      }
      expect((await applicant(`/api/applications/${draft.id}/transitions`, { method: 'POST', body: { event: 'submit' } })).status).toBe(
        200,
      );
      ids.push(draft.id);
    }
    const [first, second] = ids as [string, string, string];
    await manager(`/api/applications/${first}/transitions`, { method: 'POST', body: { event: 'start_review' } });
    await manager(`/api/applications/${first}/transitions`, { method: 'POST', body: { event: 'approve', amountAwardedCents: 1_000_000 } });
    await manager(`/api/applications/${second}/transitions`, { method: 'POST', body: { event: 'reject', reason: 'Budget incomplet.' } });
    await t.deps.store.reviews.setScore(first, 82.5, ['viabilite']);

    const res = await manager('/api/programs/amorcage-ess/dashboard');
    expect(res.status).toBe(200);
    const dashboard = (await res.json()) as Dashboard;
    expect(dashboard.counts).toMatchObject({ submitted: 1, approved: 1, rejected: 1, draft: 0 });
    expect(dashboard).toMatchObject({
      envelopeCents: 300_000_00,
      remainingCents: 300_000_00 - 1_000_000,
      awardedCents: 1_000_000,
      requestedCents: 2 * 1_200_000,
      envelopeOverTime: [{ date: '2026-11-28', awardedCents: 1_000_000 }],
    });
    expect(dashboard.ranking).toEqual([expect.objectContaining({ id: first, score: 82.5, disagreement: ['viabilite'] })]);
    expect(dashboard.missingReviews.map((e) => e.id)).toEqual([ids[2]]);

    const link = await manager('/api/programs/amorcage-ess/export.csv');
    expect(link.status).toBe(303);
    // The file is in the bucket; the link downloads it as an attachment.
    const csv = await fetch(link.headers.get('location') ?? '');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="amorcage-ess-demandes.csv"$/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]?.split(';').slice(0, 3)).toEqual(['Référence', 'Statut', 'Structure']);
    const byRef = (ref: string) => lines.find((l) => l.startsWith(ref)) ?? '';
    expect(byRef('ESS-2026-000001')).toContain(`;"'=HYPERLINK(""http://evil.example"",""clic"")";`);
    expect(byRef('ESS-2026-000001')).toMatch(/;Acceptée;.*;12000;10000;82,5;oui;/);
    expect(byRef('ESS-2026-000002')).toContain(';Refusée;"Ressourcerie; Atelier";');
    expect(byRef('ESS-2026-000002')).toMatch(/Budget incomplet\.$/);
    expect(byRef('ESS-2026-000003')).toContain('Café « solidaire »');

    expect((await manager('/api/programs/inconnu/export.csv')).status).toBe(404);
    expect((await applicant('/api/programs/amorcage-ess/export.csv')).status).toBe(403);
  }, 120_000);
});

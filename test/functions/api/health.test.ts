import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../support/deps';

describe('GET /api/health', () => {
  it('answers 200 when the table and the bucket both answer', async () => {
    const t = await createTestContext();
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', checks: { table: 'ok', bucket: 'ok' } });
  });

  it('answers 503 and names the bucket when the bucket does not exist', async () => {
    const t = await createTestContext({ bucket: false });
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'degraded', checks: { table: 'ok', bucket: 'error' } });
  });

  it('answers 503 and names the table when the table does not exist', async () => {
    const t = await createTestContext({ table: false });
    const res = await t.app.request('/api/health');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'degraded', checks: { table: 'error', bucket: 'ok' } });
  });
});

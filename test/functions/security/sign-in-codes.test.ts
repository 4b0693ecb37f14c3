/**
 * Guessing a sign-in code: at most 5 guesses are ever weighed per code, however
 * many arrive at once, and every failed sign-in leaves a log line that names the
 * address (as a keyed hash, never in clear) and the caller's IP.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { emailKey } from '../../../functions/src/auth/codes';
import { keys } from '../../../functions/src/store/keys';
import { createTestContext, type TestContext } from '../../support/deps';
import { exchangeCode, lastCode, requestCode } from '../../support/session';

const EMAIL = 'lea@example.org';

function wrongCodes(code: string, count: number): string[] {
  const out: string[] = [];
  for (let n = 0; out.length < count; n++) {
    const guess = String(n).padStart(6, '0');
    if (guess !== code) out.push(guess);
  }
  return out;
}

async function storedCode(t: TestContext) {
  const { Item } = await t.db.send(
    new GetCommand({ TableName: t.config.tableName, Key: keys.code(emailKey(await t.deps.otpSecret(), EMAIL)), ConsistentRead: true }),
  );
  return Item;
}

describe('sign-in code guesses', () => {
  it('weighs at most 5 of 24 wrong guesses sent at once, then refuses the right code, which is spent', async () => {
    const t = await createTestContext();
    expect((await requestCode(t, EMAIL)).status).toBe(202);
    const code = lastCode(t, EMAIL);
    const statuses = (await Promise.all(wrongCodes(code, 24).map((guess) => exchangeCode(t, EMAIL, guess)))).map((r) => r.status);
    expect(statuses.every((s) => s === 400)).toBe(true);
    // Each guess spends a try before it is compared: 5 are compared, the others find the code spent.
    const reasons = t.logs
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((e) => e.msg === 'auth: sign-in failed')
      .map((e) => e.reason);
    expect(reasons).toHaveLength(24);
    expect(reasons.filter((reason) => reason === 'wrong-code')).toHaveLength(5);
    expect(await storedCode(t)).toBeUndefined();
    const right = await exchangeCode(t, EMAIL, code);
    expect(right.status).toBe(400);
    expect(right.headers.get('set-cookie')).toBeNull();
  });

  it('refuses the right code when it races 24 wrong ones in the same instant', async () => {
    const t = await createTestContext();
    await requestCode(t, EMAIL);
    const code = lastCode(t, EMAIL);
    const guesses = wrongCodes(code, 24);
    // At most 5 of the 25 are weighed: the right one signs in only if it is among them.
    const results = await Promise.all([...guesses, code].map((guess) => exchangeCode(t, EMAIL, guess)));
    const signedIn = results.filter((r) => r.status === 200).length;
    expect(signedIn).toBeLessThanOrEqual(1);
    expect(results.filter((r) => r.status === 400).length).toBe(25 - signedIn);
    expect(await storedCode(t)).toBeUndefined();
  });

  it('accepts the right code after 4 wrong ones', async () => {
    const t = await createTestContext();
    await requestCode(t, EMAIL);
    const code = lastCode(t, EMAIL);
    for (const guess of wrongCodes(code, 4)) expect((await exchangeCode(t, EMAIL, guess)).status).toBe(400);
    const res = await exchangeCode(t, EMAIL, code);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^session=/);
  });

  it('refuses the right code after 5 wrong ones, one after the other', async () => {
    const t = await createTestContext();
    await requestCode(t, EMAIL);
    const code = lastCode(t, EMAIL);
    for (const guess of wrongCodes(code, 5)) expect((await exchangeCode(t, EMAIL, guess)).status).toBe(400);
    expect((await exchangeCode(t, EMAIL, code)).status).toBe(400);
  });
});

describe('failed sign-in log', () => {
  it('names the address by a keyed hash and the caller by IP, never the address in clear', async () => {
    const t = await createTestContext();
    await requestCode(t, EMAIL);
    const code = lastCode(t, EMAIL);
    t.logs.length = 0;
    expect((await exchangeCode(t, EMAIL, wrongCodes(code, 1)[0] as string, '198.51.100.23')).status).toBe(400);
    const failures = t.logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((e) => e.msg === 'auth: sign-in failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({
      level: 'warn',
      ip: '198.51.100.23',
      reason: 'wrong-code',
      emailHash: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect(t.logs.join('\n')).not.toContain(EMAIL);
    expect(t.logs.join('\n')).not.toContain(code);
  });

  it('gives one address the same hash across failures, and another address another', async () => {
    const t = await createTestContext();
    await requestCode(t, EMAIL);
    await requestCode(t, 'autre@example.org');
    t.logs.length = 0;
    const [first, second] = wrongCodes(lastCode(t, EMAIL), 2) as [string, string];
    await exchangeCode(t, EMAIL, first);
    await exchangeCode(t, EMAIL, second);
    await exchangeCode(t, 'autre@example.org', wrongCodes(lastCode(t, 'autre@example.org'), 1)[0] as string);
    await exchangeCode(t, 'personne@example.org', '000000');
    const hashes = t.logs
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((e) => e.msg === 'auth: sign-in failed')
      .map((e) => e.emailHash);
    expect(hashes).toHaveLength(4);
    expect(hashes[0]).toBe(hashes[1]);
    expect(new Set(hashes).size).toBe(3);
  });
});

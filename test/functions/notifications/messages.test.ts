/**
 * A message in an application's thread tells the other side, by email, that it is
 * waiting, with a link to the page where it is read; the body itself never travels
 * by email. The applicant's message goes to the reviewers who may read the file (not
 * one who declared a conflict), or to the programme's contact address when none is assigned.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_MANAGER_EMAIL, DEMO_REVIEWER_EMAIL } from '../../../functions/src/local/demo-data';
import { seedDemoData } from '../../../functions/src/local/seed';
import { filledDraft } from '../../support/applications';
import { createTestContext, type TestContext } from '../../support/deps';
import { withFaults } from '../../support/faults';
import { as, signIn } from '../../support/session';
import { submittedApplication } from '../privacy/support';
import { NOW, type Req } from '../security/support';
import { expectEveryMailSigned, expectSigned, lastMailTo, mailsTo } from './support';

const APPLICANT = 'lea@example.org';
const CONFLICTED = 'second@demo.example.org';
/** The demo programme's contact address (functions/src/local/demo-data.ts). */
const PROGRAM_CONTACT = 'ess@demo.example.org';
const SECRET = 'Mon IBAN est FR76 3000 6000 0112 3456 7890 189';

async function world() {
  const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
  await seedDemoData(t.deps.store, NOW);
  const applicant = as(t, await signIn(t, APPLICANT));
  const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
  const reviewer = as(t, await signIn(t, DEMO_REVIEWER_EMAIL));
  await t.deps.store.users.createIfAbsent({
    id: 'usr_second_reviewer',
    email: CONFLICTED,
    displayName: 'Paul Petit',
    role: 'reviewer',
    status: 'active',
    locale: 'fr',
    createdAt: NOW.toISOString(),
  });
  const conflicted = as(t, await signIn(t, CONFLICTED));
  const id = await submittedApplication(t, applicant);
  return { t, applicant, manager, reviewer, conflicted, id };
}

/** Assigns both reviewers; the demo reviewer declares no conflict, the second one declares one. */
async function assignBoth(w: Awaited<ReturnType<typeof world>>) {
  const assigned = await w.manager('/api/programs/amorcage-ess/assignments', {
    method: 'PUT',
    body: { assignments: [{ applicationId: w.id, reviewerIds: ['demo-reviewer', 'usr_second_reviewer'] }] },
  });
  expect(assigned.status).toBe(200);
  const put = (req: Req, conflictOfInterest: boolean) =>
    req(`/api/applications/${w.id}/reviews/me`, { method: 'PUT', body: { conflictOfInterest } });
  expect((await put(w.reviewer, false)).status).toBe(200);
  expect((await put(w.conflicted, true)).status).toBe(200);
}

const post = (req: Req, id: string, body: string) => req(`/api/applications/${id}/messages`, { method: 'POST', body: { body } });
const count = (t: TestContext) => t.deps.outbox?.list().length ?? 0;

describe('a message from the unit', () => {
  it('emails the applicant a link to the application, in their language, without the message', async () => {
    const w = await world();
    await assignBoth(w);
    expect((await post(w.reviewer, w.id, `Pouvez-vous préciser ? ${SECRET}`)).status).toBe(201);
    const french = lastMailTo(w.t, APPLICANT);
    expect(french.subject).toMatch(/^Nouveau message sur votre demande ESS-2026-\d{6}$/);
    expect(french.text).toContain(`${w.t.config.siteOrigin}/demandes/${w.id}\n`);
    expect(french.text).not.toContain('IBAN');
    expect(french.text).not.toContain('préciser');
    expectSigned(w.t, french, 'fr');

    expect((await w.applicant('/api/me', { method: 'PATCH', body: { locale: 'en' } })).status).toBe(200);
    expect((await post(w.manager, w.id, 'Merci, bien reçu.')).status).toBe(201);
    const english = lastMailTo(w.t, APPLICANT);
    expect(english.subject).toMatch(/^New message about your application ESS-2026-\d{6}$/);
    expect(english.text).toContain(`${w.t.config.siteOrigin}/demandes/${w.id}\n`);
    expect(english.text).not.toContain('bien reçu');
    expectSigned(w.t, english, 'en');
    // Staff are not told of their own side's messages.
    expect(mailsTo(w.t, DEMO_REVIEWER_EMAIL).filter((m) => m.subject.includes('message'))).toEqual([]);
    expect(mailsTo(w.t, PROGRAM_CONTACT)).toEqual([]);
  });

  it('still succeeds when the relay refuses the email: the message is posted and the email queued', async () => {
    const w = await world();
    const faults = withFaults(w.t);
    const sent = count(w.t);
    faults.mail(1);
    const res = await post(w.manager, w.id, 'Une question sur le budget.');
    expect(res.status).toBe(201);
    expect(count(w.t)).toBe(sent);
    const queued = await w.t.deps.store.mails.due(new Date(NOW.getTime() + 60_000).toISOString(), 10);
    expect(queued.map((m) => ({ to: m.to, subject: m.subject }))).toEqual([
      { to: APPLICANT, subject: expect.stringMatching(/^Nouveau message sur votre demande/) },
    ]);
    const thread = await (await w.applicant(`/api/applications/${w.id}/messages`)).json();
    expect(JSON.stringify(thread)).toContain('Une question sur le budget.');
  });
});

describe("an applicant's message", () => {
  it('goes to the programme contact while nobody is assigned, with a link to the staff page and without the body', async () => {
    const w = await world();
    expect((await post(w.applicant, w.id, SECRET)).status).toBe(201);
    const [mail, ...more] = mailsTo(w.t, PROGRAM_CONTACT);
    expect(more).toEqual([]);
    expect(mail?.subject).toMatch(/^Nouveau message du porteur de projet : ESS-2026-\d{6}$/);
    expect(mail?.text).toContain(`${w.t.config.siteOrigin}/gestion/demandes/${w.id}\n`);
    expect(mail?.text).not.toContain('IBAN');
    if (mail) expectSigned(w.t, mail, 'fr');
    expect(mailsTo(w.t, DEMO_REVIEWER_EMAIL).filter((m) => m.subject.includes('message'))).toEqual([]);
  });

  it('goes to each reviewer who may read the file, in their language, and not to one who declared a conflict', async () => {
    const w = await world();
    await assignBoth(w);
    expect((await w.reviewer('/api/me', { method: 'PATCH', body: { locale: 'en' } })).status).toBe(200);
    const before = { conflicted: mailsTo(w.t, CONFLICTED).length };
    expect((await post(w.applicant, w.id, 'Voici le RIB demandé.')).status).toBe(201);

    const mail = lastMailTo(w.t, DEMO_REVIEWER_EMAIL);
    expect(mail.subject).toMatch(/^New message from the applicant: ESS-2026-\d{6}$/);
    expect(mail.text).toContain(`${w.t.config.siteOrigin}/gestion/demandes/${w.id}\n`);
    expect(mail.text).not.toContain('RIB');
    expectSigned(w.t, mail, 'en');
    expect(mailsTo(w.t, CONFLICTED)).toHaveLength(before.conflicted);
    expect(mailsTo(w.t, PROGRAM_CONTACT)).toEqual([]);
    // The applicant is not told of their own message.
    expect(mailsTo(w.t, APPLICANT).filter((m) => /message/i.test(m.subject))).toEqual([]);
    expectEveryMailSigned(w.t);
  });

  it('on a draft never submitted notifies nobody: staff cannot read it yet', async () => {
    const t = await createTestContext({ now: NOW });
    await seedDemoData(t.deps.store, NOW);
    const req = as(t, await signIn(t, APPLICANT));
    const draft = await filledDraft(t, req);
    const sent = count(t);
    expect((await post(req, draft.id, 'Une question avant de déposer.')).status).toBe(201);
    expect(count(t)).toBe(sent);
  });
});

describe('the withdrawal email', () => {
  it('links to the application, in the applicant’s language, and ends with the signature', async () => {
    const w = await world();
    expect((await w.applicant('/api/me', { method: 'PATCH', body: { locale: 'en' } })).status).toBe(200);
    const res = await w.applicant(`/api/applications/${w.id}/transitions`, { method: 'POST', body: { event: 'withdraw' } });
    expect(res.status).toBe(200);
    const mail = lastMailTo(w.t, APPLICANT);
    expect(mail.subject).toMatch(/^Application withdrawn: ESS-2026-\d{6}$/);
    expect(mail.text).toContain(`${w.t.config.siteOrigin}/demandes/${w.id}\n`);
    expectSigned(w.t, mail, 'en');
    expectEveryMailSigned(w.t);
  });
});

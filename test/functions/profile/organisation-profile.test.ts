/**
 * Tell us once, against DynamoDB Local: a submission keeps the organisation as the
 * account's profile, the next application starts from it (the wizard's answers over it,
 * the account's email when no contact is known), the profile is in the export and goes
 * with the account; the SIRENE lookup answers from the shipped fixture.
 */
import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../../functions/src/local/seed';
import { VALID_SECTIONS } from '../../support/applications';
import { createTestContext } from '../../support/deps';
import { as, signIn } from '../../support/session';
import { submittedApplication, storedItem } from '../privacy/support';
import { DEMO_MANAGER_EMAIL, NOW, expectProblem } from '../security/support';

async function world() {
  const t = await createTestContext({ now: NOW, env: { ADMIN_EMAILS: DEMO_MANAGER_EMAIL } });
  await seedDemoData(t.deps.store, NOW);
  return t;
}

type Organisation = Record<string, unknown>;
type View = { application: { id: string; organisation: Organisation } };

describe('organisation profile', () => {
  it('a first draft has the account email as contact; a submission keeps the organisation; the next application starts from it', async () => {
    const t = await world();
    const req = as(t, await signIn(t, 'lea@example.org'));
    const me = (await (await req('/api/me')).json()) as { id: string };

    // Nothing submitted yet: no profile, and a draft knows only the account's email.
    await expectProblem(await req('/api/me/organisation'), 404);
    const first = (await (await req('/api/applications', { method: 'POST', body: { programId: 'innovation-sociale' } })).json()) as View;
    expect(first.application.organisation).toEqual({ contactEmail: 'lea@example.org' });

    const submittedId = await submittedApplication(t, req);
    const stored = await storedItem(t, `USER#${me.id}`, 'PROFILE#ORG');
    expect(stored).toMatchObject({
      fromApplicationId: submittedId,
      organisation: { name: 'La Ressourcerie du Val', siret: '73282932000074' },
    });

    const profile = await req('/api/me/organisation');
    expect(profile.status).toBe(200);
    const body = (await profile.json()) as { organisation: Organisation; fromApplicationId: string; savedAt: string };
    expect(Object.keys(body).sort()).toEqual(['fromApplicationId', 'organisation', 'savedAt']);
    expect(body.organisation).toEqual({ ...VALID_SECTIONS.organisation, siret: '73282932000074' });

    // Another programme: the organisation is there, contact included, and stays editable.
    const next = await req('/api/applications', { method: 'POST', body: { programId: 'innovation-sociale' } });
    expect(next.status).toBe(201);
    const draft = ((await next.json()) as View & { application: { version: number } }).application;
    expect(draft.organisation).toMatchObject({
      name: 'La Ressourcerie du Val',
      siret: '73282932000074',
      street: '12 rue des Arts',
      postcode: '62000',
      city: 'Arras',
      contactName: 'Léa Dupont',
      contactEmail: 'lea.dupont@example.org',
      contactPhone: '+33 6 12 34 56 78',
    });
    const edited = await req(`/api/applications/${draft.id}`, {
      method: 'PATCH',
      body: {
        version: (draft as { version: number }).version,
        organisation: { ...draft.organisation, name: 'Ressourcerie du Val (nouveau nom)' },
      },
    });
    expect(edited.status).toBe(200);
  });

  it('the eligibility answers win over the profile for what they cover', async () => {
    const t = await world();
    const req = as(t, await signIn(t, 'lea@example.org'));
    await submittedApplication(t, req);
    const res = await req('/api/applications', {
      method: 'POST',
      body: {
        programId: 'innovation-sociale',
        eligibility: {
          legalForm: 'scic',
          communeInsee: '62041',
          stage: 'creation',
          amountRequestedCents: 1_500_000,
          totalBudgetCents: 4_000_000,
          siret: '845 678 901 00016',
          creationDate: '2020-04-07',
        },
      },
    });
    expect(res.status).toBe(201);
    const { organisation } = ((await res.json()) as View).application;
    expect(organisation).toMatchObject({
      legalForm: 'scic',
      siret: '84567890100016',
      creationDate: '2020-04-07',
      // What the wizard does not ask comes from the profile.
      name: 'La Ressourcerie du Val',
      city: 'Arras',
      contactEmail: 'lea.dupont@example.org',
    });
  });

  it('is in the personal-data export and is deleted with the account', async () => {
    const t = await world();
    const req = as(t, await signIn(t, 'lea@example.org'));
    const me = (await (await req('/api/me')).json()) as { id: string };
    const before = (await (await req('/api/me/export')).json()) as { organisationProfile: unknown };
    expect(before.organisationProfile).toBeNull();
    await submittedApplication(t, req);
    const exported = (await (await req('/api/me/export')).json()) as { organisationProfile: { organisation: Organisation } };
    expect(exported.organisationProfile.organisation).toMatchObject({ name: 'La Ressourcerie du Val', contactPhone: '+33 6 12 34 56 78' });

    const closed = await req('/api/me', { method: 'DELETE', body: { confirmEmail: 'lea@example.org' } });
    expect(closed.status).toBe(200);
    expect(await storedItem(t, `USER#${me.id}`, 'PROFILE#ORG')).toBeUndefined();
  });

  it('is the applicant’s own: staff are refused (403), anonymous callers are asked to sign in (401)', async () => {
    const t = await world();
    const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
    await expectProblem(await manager('/api/me/organisation'), 403);
    await expectProblem(await t.app.request('/api/me/organisation'), 401);
  });
});

describe('SIRENE lookup', () => {
  it('answers a fixture SIRET with the mapped fields, whatever its spacing', async () => {
    const t = await world();
    const req = as(t, await signIn(t, 'lea@example.org'));
    const res = await req('/api/companies/845%20678%20901%2000016');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      siret: '84567890100016',
      name: "SCIC Énergies Citoyennes de l'Arrageois",
      legalForm: 'scic',
      legalCategory: '5560',
      street: '2 allée des Tilleuls',
      postcode: '62223',
      city: 'Saint-Nicolas',
      creationDate: '2020-04-07',
    });
    const association = (await (await req('/api/companies/73282932000074')).json()) as Record<string, unknown>;
    expect(association).toMatchObject({
      name: 'La Ressourcerie du Val',
      legalForm: 'association',
      street: '12 rue des Arts',
      city: 'Arras',
    });
  });

  it('refuses an invalid SIRET with the field path (400), and answers an unknown one with 404 and what to do', async () => {
    const t = await world();
    const req = as(t, await signIn(t, 'lea@example.org'));
    const invalid = await expectProblem(await req('/api/companies/73282932000075'), 400);
    expect(invalid.errors?.map((e) => e.path)).toEqual(['param.siret']);
    const unknown = await expectProblem(await req('/api/companies/99900000000011'), 404);
    expect(unknown.detail).toContain('saisissez les informations vous-même');
  });

  it('is for signed-in applicants (401 anonymous, 403 staff), and counted per account (429)', async () => {
    const t = await world();
    await expectProblem(await t.app.request('/api/companies/73282932000074'), 401);
    const manager = as(t, await signIn(t, DEMO_MANAGER_EMAIL));
    await expectProblem(await manager('/api/companies/73282932000074'), 403);
    const req = as(t, await signIn(t, 'lea@example.org'));
    for (let i = 0; i < 30; i++) expect((await req('/api/companies/73282932000074')).status).toBe(200);
    const limited = await expectProblem(await req('/api/companies/73282932000074'), 429);
    expect(limited).toBeTruthy();
    // Another account has its own allowance.
    const other = as(t, await signIn(t, 'autre@example.org'));
    expect((await other('/api/companies/73282932000074')).status).toBe(200);
  });
});

/**
 * Builders for a complete, valid application to the seed fund (`amorcage-ess`
 * from the demo data), and the upload dance through the presigned POST.
 */
import { expect } from 'vitest';
import type { ApplicationSections } from '../../functions/src/domain/application';
import type { TestContext } from './deps';

export const VALID_SECTIONS: Omit<ApplicationSections, 'declaration'> & { declaration: ApplicationSections['declaration'] } = {
  organisation: {
    name: 'La Ressourcerie du Val',
    legalForm: 'association',
    siret: '732 829 320 00074',
    creationDate: '2025-03-01',
    street: '12 rue des Arts',
    postcode: '62000',
    city: 'Arras',
    contactName: 'Léa Dupont',
    contactRole: 'Présidente',
    contactEmail: 'lea.dupont@example.org',
    contactPhone: '+33 6 12 34 56 78',
    website: null,
  },
  project: {
    title: 'Atelier de réparation solidaire',
    summary: 'Un atelier ouvert à tous pour réparer vélos et petit électroménager, animé par des salariés en insertion.',
    essDimension: "Emplois d'insertion, gouvernance associative, prix solidaires pour les personnes aux minima sociaux.",
    beneficiaries: '400 habitants la première année, dont 60 % en quartier prioritaire.',
    stage: 'development',
    communeInsee: '62041',
    startDate: '2027-01-15',
    jobsCreated: 2,
    jobsMaintained: 3,
  },
  budget: {
    expenses: [
      { label: 'Outillage et aménagement', amountCents: 1_800_000 },
      { label: 'Salaires encadrant technique (6 mois)', amountCents: 1_200_000 },
    ],
    funding: [
      { label: 'Fonds propres', kind: 'own', amountCents: 800_000 },
      { label: 'Région — appel ESS', kind: 'public', amountCents: 1_000_000 },
    ],
    amountRequestedCents: 1_200_000,
  },
  answers: { accompagnement: true, partenaires: 'Emmaüs, la mission locale.' },
  declaration: { accepted: true, signatoryName: 'Léa Dupont', signatoryRole: 'Présidente' },
};

export const REQUIRED_DOCUMENTS = ['statuts', 'avis_sirene', 'rib', 'budget_previsionnel'] as const;

type Req = (path: string, init?: { method?: string; body?: unknown }) => Response | Promise<Response>;

/** Declares a document, posts the bytes to the presigned form, and asks for verification. */
export async function uploadDocument(
  req: Req,
  applicationId: string,
  file: { type: string; filename: string; contentType: string; bytes: Uint8Array },
) {
  const declared = await req(`/api/applications/${applicationId}/documents`, {
    method: 'POST',
    body: { type: file.type, filename: file.filename, contentType: file.contentType, size: file.bytes.length },
  });
  expect(declared.status).toBe(201);
  const { document, upload } = (await declared.json()) as {
    document: { id: string };
    upload: { url: string; fields: Record<string, string> };
  };
  const form = new FormData();
  for (const [k, v] of Object.entries(upload.fields)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.contentType }), file.filename);
  const posted = await fetch(upload.url, { method: 'POST', body: form });
  expect(posted.status).toBeLessThan(300);
  const completed = await req(`/api/applications/${applicationId}/documents/${document.id}/complete`, { method: 'POST' });
  return { documentId: document.id, completed };
}

/** Creates a draft on `programId` and fills every section; returns its id and version. */
export async function filledDraft(t: TestContext, req: Req, programId = 'amorcage-ess') {
  const created = await req('/api/applications', { method: 'POST', body: { programId } });
  expect(created.status).toBe(201);
  const { application } = (await created.json()) as { application: { id: string; version: number } };
  const saved = await req(`/api/applications/${application.id}`, {
    method: 'PATCH',
    body: { version: application.version, ...VALID_SECTIONS },
  });
  expect(saved.status).toBe(200);
  const body = (await saved.json()) as { application: { id: string; version: number } };
  void t;
  return body.application;
}

/**
 * A complete, valid application to the seed fund (`amorcage-ess` from the demo data),
 * shared by the tests and the benchmark (no test-runner import here, so plain scripts can use it).
 */
import type { ApplicationSections } from '../../functions/src/domain/application';

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

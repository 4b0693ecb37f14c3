/**
 * The deposit receipt's wording, in French and English: headings, field labels, and
 * how the enumerations read (legal forms, stages, kinds of funding). The application
 * page's labels say the same (frontend/src/i18n/*-journey.ts), so a person reading
 * both finds the same words.
 */
import type { FundingKind } from '../domain/application';
import type { LegalForm, ProjectStage } from '../domain/program';
import type { Locale } from '../domain/user';

type Texts = {
  title: string;
  reference: string;
  programme: string;
  submittedAt: string;
  organisation: string;
  project: string;
  budget: string;
  answers: string;
  documents: string;
  declaration: string;
  notProvided: string;
  yes: string;
  no: string;
  org: Record<'name' | 'legalForm' | 'siret' | 'creationDate' | 'address' | 'contact' | 'email' | 'phone' | 'website', string>;
  proj: Record<
    'title' | 'summary' | 'essDimension' | 'beneficiaries' | 'stage' | 'commune' | 'startDate' | 'jobsCreated' | 'jobsMaintained',
    string
  >;
  legalForms: Record<LegalForm, string>;
  stages: Record<ProjectStage, string>;
  fundingKinds: Record<FundingKind, string>;
  expenses: string;
  funding: string;
  line: string;
  amount: string;
  totalExpenses: string;
  totalFunding: string;
  grantRequested: string;
  balanced: string;
  unbalanced: (gap: string) => string;
  document: string;
  size: string;
  noDocuments: string;
  sha256: string;
  signedBy: (name: string, role: string, at: string) => string;
  parisTime: string;
  page: (n: number, total: number) => string;
  issued: (at: string) => string;
};

export const RECEIPT_TEXTS: Record<Locale, Texts> = {
  fr: {
    title: 'Récépissé de dépôt',
    reference: 'Référence',
    programme: 'Programme',
    submittedAt: 'Déposée le',
    organisation: 'La structure',
    project: 'Le projet',
    budget: 'Budget et plan de financement',
    answers: 'Questions du programme',
    documents: 'Pièces justificatives',
    declaration: 'Déclaration sur l’honneur',
    notProvided: 'Non renseigné',
    yes: 'Oui',
    no: 'Non',
    org: {
      name: 'Nom',
      legalForm: 'Forme juridique',
      siret: 'Numéro SIRET',
      creationDate: 'Date de création',
      address: 'Adresse',
      contact: 'Personne à contacter',
      email: 'E-mail',
      phone: 'Téléphone',
      website: 'Site web',
    },
    proj: {
      title: 'Titre',
      summary: 'Résumé',
      essDimension: 'Dimension d’économie sociale et solidaire',
      beneficiaries: 'Bénéficiaires',
      stage: 'Stade',
      commune: 'Commune',
      startDate: 'Date de démarrage',
      jobsCreated: 'Emplois créés',
      jobsMaintained: 'Emplois maintenus',
    },
    legalForms: {
      association: 'Association',
      scop: 'SCOP (société coopérative et participative)',
      scic: 'SCIC (société coopérative d’intérêt collectif)',
      cae: 'CAE (coopérative d’activité et d’emploi)',
      mutuelle: 'Mutuelle',
      fondation: 'Fondation',
      esus: 'Entreprise agréée ESUS',
      en_creation: 'Structure en cours de création',
    },
    stages: { creation: 'Création', development: 'Développement' },
    fundingKinds: {
      own: 'Fonds propres',
      public: 'Financement public',
      private: 'Financement privé',
      loan: 'Prêt',
      in_kind: 'Contribution en nature',
    },
    expenses: 'Dépenses',
    funding: 'Financements',
    line: 'Poste',
    amount: 'Montant',
    totalExpenses: 'Total des dépenses',
    totalFunding: 'Total des financements',
    grantRequested: 'Subvention demandée',
    balanced: 'Le plan de financement est équilibré.',
    unbalanced: (gap) => `Le plan de financement n’est pas équilibré (écart de ${gap}).`,
    document: 'Pièce',
    size: 'Taille',
    noDocuments: 'Aucune pièce n’a été envoyée.',
    sha256: 'Empreinte SHA-256',
    signedBy: (name, role, at) => `Déclaration acceptée par ${name}, ${role}, le ${at} (heure de Paris), en déposant la demande.`,
    parisTime: 'heure de Paris',
    page: (n, total) => `Page ${n}/${total}`,
    issued: (at) => `Document établi le ${at} (heure de Paris).`,
  },
  en: {
    title: 'Deposit receipt',
    reference: 'Reference',
    programme: 'Programme',
    submittedAt: 'Submitted on',
    organisation: 'The organisation',
    project: 'The project',
    budget: 'Budget and financing plan',
    answers: 'Programme questions',
    documents: 'Supporting documents',
    declaration: 'Sworn statement',
    notProvided: 'Not provided',
    yes: 'Yes',
    no: 'No',
    org: {
      name: 'Name',
      legalForm: 'Legal form',
      siret: 'SIRET number',
      creationDate: 'Creation date',
      address: 'Address',
      contact: 'Contact person',
      email: 'Email',
      phone: 'Phone',
      website: 'Website',
    },
    proj: {
      title: 'Title',
      summary: 'Summary',
      essDimension: 'Social and solidarity economy dimension',
      beneficiaries: 'Beneficiaries',
      stage: 'Stage',
      commune: 'Municipality',
      startDate: 'Start date',
      jobsCreated: 'Jobs created',
      jobsMaintained: 'Jobs maintained',
    },
    legalForms: {
      association: 'Association',
      scop: 'SCOP (worker cooperative)',
      scic: 'SCIC (multi-stakeholder cooperative)',
      cae: 'CAE (business and employment cooperative)',
      mutuelle: 'Mutual',
      fondation: 'Foundation',
      esus: 'ESUS-approved company',
      en_creation: 'Organisation being set up',
    },
    stages: { creation: 'Start-up', development: 'Development' },
    fundingKinds: {
      own: 'Own funds',
      public: 'Public funding',
      private: 'Private funding',
      loan: 'Loan',
      in_kind: 'Contribution in kind',
    },
    expenses: 'Expenses',
    funding: 'Funding',
    line: 'Item',
    amount: 'Amount',
    totalExpenses: 'Total expenses',
    totalFunding: 'Total funding',
    grantRequested: 'Grant requested',
    balanced: 'The financing plan balances.',
    unbalanced: (gap) => `The financing plan does not balance (a gap of ${gap}).`,
    document: 'Document',
    size: 'Size',
    noDocuments: 'No document was sent.',
    sha256: 'SHA-256 fingerprint',
    signedBy: (name, role, at) => `Statement accepted by ${name}, ${role}, on ${at} (Paris time), by submitting the application.`,
    parisTime: 'Paris time',
    page: (n, total) => `Page ${n}/${total}`,
    issued: (at) => `Issued on ${at} (Paris time).`,
  },
};

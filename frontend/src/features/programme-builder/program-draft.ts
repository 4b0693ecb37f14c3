/**
 * The programme as the builder's form holds it: text where people type numbers
 * (amounts in euros, a percentage, months, megabytes), date and time apart, the
 * communes as lines, and one entry per document type. `draftFromProgram` fills it
 * from the API's programme, `newProgramDraft` gives the defaults of a new one, and
 * `readDraft` turns it back into a `ProgramInput`, reporting what cannot be read.
 *
 * Pure module.
 */
import {
  DEFAULT_MAX_FILE_SIZE_BYTES,
  DOCUMENT_TYPES,
  type DocumentType,
  type LegalForm,
  type LocalizedText,
  type Program,
  type ProgramStatus,
  type ProjectStage,
  type QuestionType,
} from '../../../../functions/src/domain/program';
import { formatCommunes } from './communes-text';
import { bytesToMbText, centsToText } from './draft-numbers';
import { addCalendarMonths, isoToParisLocal, type ParisLocal } from '../../../../functions/src/domain/paris-time';

export interface QuestionDraft {
  id: string;
  type: QuestionType;
  label: LocalizedText;
  help: LocalizedText;
  required: boolean;
  options: { value: string; label: LocalizedText }[];
}

export type DocumentMode = 'none' | 'optional' | 'required';

export interface CriterionDraft {
  id: string;
  label: LocalizedText;
  description: LocalizedText;
  weight: number;
}

export interface RulesDraft {
  legalForms: LegalForm[];
  stages: ProjectStage[];
  territoryName: string;
  communes: string;
  minAmount: string;
  maxAmount: string;
  maxShare: string;
  ageMin: string;
  ageMax: string;
  siretRequired: boolean;
}

export interface ProgramDraft {
  id: string;
  status: ProgramStatus;
  referencePrefix: string;
  contactEmail: string;
  title: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  opens: ParisLocal;
  closes: ParisLocal;
  envelope: string;
  rules: RulesDraft;
  questions: QuestionDraft[];
  documents: Record<DocumentType, { mode: DocumentMode; help: LocalizedText }>;
  maxFileSizeMb: string;
  rubric: CriterionDraft[];
}

const blank = (): LocalizedText => ({ fr: '', en: '' });

/** A new question with a free id; the manager picks its type and wording. */
export function newQuestion(taken: readonly string[]): QuestionDraft {
  return { id: freeId('question', taken), type: 'text', label: blank(), help: blank(), required: true, options: [] };
}

/** A new rubric criterion with a free id and the lowest weight. */
export function newCriterion(taken: readonly string[]): CriterionDraft {
  return { id: freeId('critere', taken), label: blank(), description: blank(), weight: 1 };
}

function freeId(stem: string, taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${stem}_${n}`)) n += 1;
  return `${stem}_${n}`;
}

const STARTER_RUBRIC: CriterionDraft[] = [
  {
    id: 'utilite_sociale',
    label: { fr: 'Utilité sociale', en: 'Social utility' },
    description: {
      fr: 'Réponse à un besoin social du territoire, publics bénéficiaires.',
      en: 'Answer to a social need in the area, people who benefit.',
    },
    weight: 3,
  },
  {
    id: 'viabilite_economique',
    label: { fr: 'Viabilité économique', en: 'Economic viability' },
    description: {
      fr: 'Modèle économique, plan de financement, perspectives de pérennité.',
      en: 'Business model, financing plan, prospects of lasting.',
    },
    weight: 2,
  },
  {
    id: 'ancrage_territorial',
    label: { fr: 'Ancrage territorial', en: 'Local roots' },
    description: { fr: 'Partenariats locaux, emplois créés sur le territoire.', en: 'Local partnerships, jobs created in the area.' },
    weight: 2,
  },
];

/**
 * A new programme: opening today at midnight, closing two months later at 23:59
 * (Paris), statutes and bank details required, 10 MB per file, all ESS legal forms
 * and both stages accepted, and three starter rubric criteria.
 */
export function newProgramDraft(today: string): ProgramDraft {
  const documents = Object.fromEntries(
    DOCUMENT_TYPES.map((type) => [type, { mode: 'none' as DocumentMode, help: blank() }]),
  ) as ProgramDraft['documents'];
  documents.statuts.mode = 'required';
  documents.rib.mode = 'required';
  return {
    id: '',
    status: 'draft',
    referencePrefix: 'ESS',
    contactEmail: '',
    title: blank(),
    summary: blank(),
    description: blank(),
    opens: { date: today, time: '00:00' },
    closes: { date: addCalendarMonths(today, 2), time: '23:59' },
    envelope: '',
    rules: {
      legalForms: ['association', 'scop', 'scic', 'cae', 'mutuelle', 'fondation', 'esus', 'en_creation'],
      stages: ['creation', 'development'],
      territoryName: '',
      communes: '',
      minAmount: '',
      maxAmount: '',
      maxShare: '50',
      ageMin: '',
      ageMax: '',
      siretRequired: false,
    },
    questions: [],
    documents,
    maxFileSizeMb: bytesToMbText(DEFAULT_MAX_FILE_SIZE_BYTES),
    rubric: STARTER_RUBRIC.map((c) => ({ ...c, label: { ...c.label }, description: { ...c.description } })),
  };
}

/** The form's content for a stored programme. */
export function draftFromProgram(program: Program): ProgramDraft {
  const draft = newProgramDraft(isoToParisLocal(program.opensAt).date);
  for (const type of DOCUMENT_TYPES) draft.documents[type] = { mode: 'none', help: blank() };
  for (const doc of program.documents) {
    draft.documents[doc.type] = { mode: doc.required ? 'required' : 'optional', help: doc.help ? { ...doc.help } : blank() };
  }
  const { rules } = program;
  const age = rules.organisationAgeMonths;
  return {
    ...draft,
    id: program.id,
    status: program.status,
    referencePrefix: program.referencePrefix,
    contactEmail: program.contactEmail,
    title: { ...program.title },
    summary: { ...program.summary },
    description: { ...program.description },
    opens: isoToParisLocal(program.opensAt),
    closes: isoToParisLocal(program.closesAt),
    envelope: centsToText(program.envelopeCents),
    rules: {
      legalForms: [...rules.legalForms],
      stages: [...rules.stages],
      territoryName: rules.territory.name,
      communes: formatCommunes(rules.territory.communes),
      minAmount: centsToText(rules.minAmountCents),
      maxAmount: centsToText(rules.maxAmountCents),
      maxShare: String(rules.maxShareOfBudgetPercent),
      ageMin: age?.min == null ? '' : String(age.min),
      ageMax: age?.max == null ? '' : String(age.max),
      siretRequired: rules.siretRequired,
    },
    questions: program.questions.map((q) => ({
      id: q.id,
      type: q.type,
      label: { ...q.label },
      help: q.help ? { ...q.help } : blank(),
      required: q.required,
      options: (q.options ?? []).map((o) => ({ value: o.value, label: { ...o.label } })),
    })),
    maxFileSizeMb: bytesToMbText(program.maxFileSizeBytes),
    rubric: program.rubric.map((c) => ({ id: c.id, label: { ...c.label }, description: { ...c.description }, weight: c.weight })),
  };
}

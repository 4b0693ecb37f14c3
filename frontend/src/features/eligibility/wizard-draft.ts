/**
 * The eligibility wizard's answers as typed, kept in sessionStorage per
 * programme so a reload or a detour through sign-in loses nothing, and closed
 * with the tab (answers describe an organisation: they need not outlive the visit).
 *
 * Amounts stay as typed ("12 000,50") until the verdict; only then are they read
 * with the same `parseEuros` the API uses.
 */
import { z } from 'zod';
import { eligibilityAnswersSchema, type EligibilityAnswersInput } from '../../../../functions/src/domain/eligibility-schema';
import type { Bilingual } from '../../../../functions/src/domain/errors';
import { parseEuros } from '../../../../functions/src/domain/money';
import { LEGAL_FORMS, PROJECT_STAGES } from '../../../../functions/src/domain/program';
import { isValidSiret, normalizeSiret, SIRET_MESSAGE } from '../../../../functions/src/domain/siret';
import type { MessageKey } from '../../i18n';

/** Six questions: legal form, commune, stage, amount, budget, organisation. */
export const QUESTION_COUNT = 6;

const communeAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('listed'), insee: z.string(), name: z.string(), postcode: z.string() }),
  z.object({ kind: z.literal('unlisted'), name: z.string().max(120) }),
]);

/** A commune of the territory, or the applicant's statement that theirs is not in the list. */
export type CommuneAnswer = z.infer<typeof communeAnswerSchema>;

const draftSchema = z.object({
  legalForm: z.enum(LEGAL_FORMS).nullable(),
  commune: communeAnswerSchema.nullable(),
  communeText: z.string().max(120),
  stage: z.enum(PROJECT_STAGES).nullable(),
  amount: z.string().max(40),
  budget: z.string().max(40),
  siret: z.string().max(40),
  creationDate: z.string().max(10),
});

/** What the wizard holds while the applicant answers. */
export type WizardDraft = z.infer<typeof draftSchema>;

/** A field of the wizard that can be wrong. */
export type DraftField = 'legalForm' | 'commune' | 'stage' | 'amount' | 'budget' | 'siret' | 'creationDate';

/** A problem with an answer: a message key, or a bilingual message shared with the API (SIRET). */
export type DraftProblem = { field: DraftField; message: MessageKey | Bilingual };

export function emptyDraft(): WizardDraft {
  return { legalForm: null, commune: null, communeText: '', stage: null, amount: '', budget: '', siret: '', creationDate: '' };
}

const draftKey = (programId: string) => `guichet.eligibilite.${programId}`;
const startDraftKey = (programId: string) => `guichet.eligibilite.${programId}.depot`;

function read(key: string): unknown {
  try {
    const text = sessionStorage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage refused (private mode, quota): the answers still live for this page.
  }
}

/** The saved answers; anything unreadable (an older shape, a hand edit) starts afresh. */
export function loadDraft(programId: string): WizardDraft {
  const parsed = draftSchema.safeParse(read(draftKey(programId)));
  return parsed.success ? parsed.data : emptyDraft();
}

export function saveDraft(programId: string, draft: WizardDraft): void {
  write(draftKey(programId), draft);
}

/** Remembers the answers of an eligible verdict while the applicant signs in, so the draft can be created on return. */
export function saveStartDraftIntent(programId: string, answers: EligibilityAnswersInput): void {
  write(startDraftKey(programId), answers);
}

/** Reads and forgets the answers saved before sign-in: a reload must not create a second draft. */
export function takeStartDraftIntent(programId: string): EligibilityAnswersInput | undefined {
  const parsed = eligibilityAnswersSchema.safeParse(read(startDraftKey(programId)));
  write(startDraftKey(programId), undefined);
  return parsed.success ? parsed.data : undefined;
}

/** Forgets the wizard's answers once they have become an application. */
export function clearDraft(programId: string): void {
  write(draftKey(programId), undefined);
  write(startDraftKey(programId), undefined);
}

const amountSchema = eligibilityAnswersSchema.shape.amountRequestedCents;
const budgetSchema = eligibilityAnswersSchema.shape.totalBudgetCents;

function moneyProblem(field: 'amount' | 'budget', text: string, schema: z.ZodType): DraftProblem[] {
  if (text.trim() === '') return [{ field, message: field === 'amount' ? 'elig.error.amountMissing' : 'elig.error.budgetMissing' }];
  const cents = parseEuros(text);
  if (cents === null) return [{ field, message: 'elig.error.moneyFormat' }];
  if (field === 'budget' && cents === 0) return [{ field, message: 'elig.error.budgetZero' }];
  return schema.safeParse(cents).success ? [] : [{ field, message: 'elig.error.moneyTooHigh' }];
}

/** A SIRET problem worth showing while the user types: only once 14 digits or more are there. */
export function typedSiretProblem(siret: string): Bilingual | undefined {
  return normalizeSiret(siret).length >= 14 && !isValidSiret(siret) ? SIRET_MESSAGE : undefined;
}

function organisationProblems(draft: WizardDraft, today: string): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const creating = draft.legalForm === 'en_creation';
  if (draft.siret.trim() === '') {
    if (!creating) problems.push({ field: 'siret', message: 'elig.error.siretMissing' });
  } else if (!isValidSiret(draft.siret)) {
    problems.push({ field: 'siret', message: SIRET_MESSAGE });
  }
  if (!creating && draft.creationDate === '') problems.push({ field: 'creationDate', message: 'elig.error.creationDateMissing' });
  if (!creating && draft.creationDate > today) problems.push({ field: 'creationDate', message: 'elig.error.creationDateFuture' });
  return problems;
}

/** What stops the applicant from leaving question `step` (1–6); `today` is Paris's date, `YYYY-MM-DD`. */
export function stepProblems(step: number, draft: WizardDraft, today: string): DraftProblem[] {
  switch (step) {
    case 1:
      return draft.legalForm ? [] : [{ field: 'legalForm', message: 'elig.error.legalForm' }];
    case 2:
      return draft.commune ? [] : [{ field: 'commune', message: 'elig.error.commune' }];
    case 3:
      return draft.stage ? [] : [{ field: 'stage', message: 'elig.error.stage' }];
    case 4:
      return moneyProblem('amount', draft.amount, amountSchema);
    case 5:
      return moneyProblem('budget', draft.budget, budgetSchema);
    default:
      return organisationProblems(draft, today);
  }
}

/** The first question still unanswered (or wrongly answered), or QUESTION_COUNT + 1 when all are fine. */
export function firstOpenStep(draft: WizardDraft, today: string): number {
  for (let step = 1; step <= QUESTION_COUNT; step++) if (stepProblems(step, draft, today).length > 0) return step;
  return QUESTION_COUNT + 1;
}

/** The answers the engine reads, except the commune, which the verdict handles by kind; null while incomplete. */
export function draftAnswers(draft: WizardDraft): Omit<EligibilityAnswersInput, 'communeInsee'> | null {
  const amount = parseEuros(draft.amount);
  const budget = parseEuros(draft.budget);
  if (!draft.legalForm || !draft.stage || amount === null || budget === null) return null;
  const creating = draft.legalForm === 'en_creation';
  return {
    legalForm: draft.legalForm,
    stage: draft.stage,
    amountRequestedCents: amount,
    totalBudgetCents: budget,
    siret: draft.siret.trim() === '' ? null : draft.siret,
    creationDate: creating || draft.creationDate === '' ? null : draft.creationDate,
  };
}

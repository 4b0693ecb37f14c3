/**
 * Error paths ('organisation.siret', 'budget.expenses.1.amountCents',
 * 'eligibility.territory') are what the shared validation and the API speak. This
 * module turns them into what the page needs: the id of the field to focus, the
 * step that holds it, and a label that makes a message like "Ce champ est
 * obligatoire." meaningful in an error list.
 */
import { STEP_IDS, type StepId } from '../../../../functions/src/domain/application';
import type { FieldError } from '../../../../functions/src/domain/errors';
import type { Program } from '../../../../functions/src/domain/program';
import type { I18n, MessageKey } from '../../i18n';
import { fr } from '../../i18n/fr';

/** Which field answers each eligibility criterion the server may refuse at submission. */
const ELIGIBILITY_FIELDS: Record<string, string> = {
  legal_form: 'organisation.legalForm',
  territory: 'project.communeInsee',
  stage: 'project.stage',
  amount: 'budget.amountRequestedCents',
  budget_share: 'budget.amountRequestedCents',
  organisation_age: 'organisation.creationDate',
  siret: 'organisation.siret',
};

const SECTION_STEPS: Record<string, StepId> = {
  organisation: 'organisation',
  project: 'project',
  budget: 'budget',
  answers: 'questions',
  documents: 'documents',
  declaration: 'declaration',
};

/** A PATCH is validated as a request body, so its errors say 'body.organisation.name'. */
export function withoutBodyPrefix(errors: readonly FieldError[]): FieldError[] {
  return errors.map((error) => ({ ...error, path: error.path.replace(/^body\./, '') }));
}

/** The form field a path points at: eligibility criteria are mapped to the answer they judge. */
export function fieldPathOf(path: string): string {
  const [head, criterion] = path.split('.');
  return head === 'eligibility' && criterion ? (ELIGIBILITY_FIELDS[criterion] ?? path) : path;
}

/** The step holding the field, or null for errors about the whole programme. */
export function stepOfPath(path: string): StepId | null {
  return SECTION_STEPS[fieldPathOf(path).split('.')[0] ?? ''] ?? null;
}

/** The DOM id of a field's input, e.g. `field-organisation-siret`: what error links point at. */
export function fieldId(path: string): string {
  return `field-${fieldPathOf(path).replace(/\./g, '-')}`;
}

/** The position of a step, 1-based, for "Étape 2 sur 6". */
export function stepNumber(step: StepId): number {
  return STEP_IDS.indexOf(step) + 1;
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(fr, key);
}

/** The field's name as the applicant sees it, for error lists. */
export function labelOfPath(path: string, program: Program, { t, locale }: I18n): string {
  const field = fieldPathOf(path);
  if (path.startsWith('eligibility.')) return t('form.review.eligibility');
  if (path === 'program') return t('form.review.program');
  const parts = field.split('.');
  const [section, key, index, leaf] = parts;
  if (section === 'answers' && key) {
    return program.questions.find((question) => question.id === key)?.label[locale()] ?? key;
  }
  if (section === 'documents' && key) {
    const documentKey = `document.${key}`;
    return isMessageKey(documentKey) ? t(documentKey) : key;
  }
  if (section === 'budget' && (key === 'expenses' || key === 'funding') && index !== undefined) {
    const lineKey = `form.budget.${key}.${leaf ?? 'line'}`;
    return t(isMessageKey(lineKey) ? lineKey : `form.budget.${key}.line`, { n: Number(index) + 1 });
  }
  const fieldKey = `form.${section}.${key}`;
  if (isMessageKey(fieldKey)) return t(fieldKey);
  const stepKey = `form.step.${SECTION_STEPS[section ?? ''] ?? ''}`;
  return isMessageKey(stepKey) ? t(stepKey) : field;
}

/** One error as a line of an error list: "Field : message", unless the message already names its subject (a missing document). */
export function errorText(error: FieldError, program: Program, i18n: I18n): string {
  const message = error.message[i18n.locale()];
  if (error.path.startsWith('documents.')) return message;
  return i18n.t('form.errorLine', { label: labelOfPath(error.path, program, i18n), message });
}

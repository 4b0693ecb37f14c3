/**
 * Checks the builder's draft with the API's own rules before anything is sent:
 * first what cannot even be read (an amount, a date, a commune line), then the
 * shared schema (`programInputSchema`) and the coherence rules (`programProblems`),
 * so a manager sees beside each field the sentence the server would have sent.
 *
 * Pure module.
 */
import type { Bilingual, FieldError } from '../../../../functions/src/domain/errors';
import {
  DOCUMENT_TYPES,
  eligibilityRulesSchema,
  programInputSchema,
  programSchema,
  questionSchema,
  programProblems,
  type DocumentType,
  type EligibilityRules,
  type LocalizedText,
  type ProgramInput,
} from '../../../../functions/src/domain/program';
import { fieldErrorsFromZod, PARSE_OPTIONS } from '../../../../functions/src/domain/validation';
import type { MessageKey, MessageParams } from '../../i18n';
import { parseCommunes } from './communes-text';
import { parisLocalToIso, type ParisLocal } from '../../../../functions/src/domain/paris-time';
import { readEuros, readMegabytes, readWhole } from './draft-numbers';
import type { ProgramDraft, RulesDraft } from './program-draft';

/** A problem on one field (dotted path, as the API names it): a bilingual sentence, or one of the builder's messages. */
export type BuilderProblem = { path: string; message: Bilingual } | { path: string; key: MessageKey; params?: MessageParams };

type Reading<T> = { value: T; problems: BuilderProblem[] };

/** Reads a number the way `read` does, reporting `key` when the text is there but unreadable. */
function readNumber(text: string, path: string, read: (text: string) => number | null, key: MessageKey, problems: BuilderProblem[]) {
  const value = read(text);
  if (value !== null && Number.isNaN(value)) problems.push({ path, key });
  return value;
}

/**
 * Identifiers have a format the schema checks with a pattern, whose message
 * ("Format invalide.") does not say which; these say it, or that the field is empty.
 */
function checkIdentifier(
  value: string,
  path: string,
  pattern: { safeParse: (v: unknown) => { success: boolean } },
  key: MessageKey,
  problems: BuilderProblem[],
) {
  if (value.trim() === '') problems.push({ path, key: 'builder.error.required' });
  else if (!pattern.safeParse(value.trim()).success) problems.push({ path, key });
}

const optionalText = (text: LocalizedText): LocalizedText | null => (text.fr.trim() === '' && text.en.trim() === '' ? null : text);

/** The eligibility rules as typed, with what could not be read. The preview uses this part alone. */
export function readRules(rules: RulesDraft): Reading<unknown> {
  const problems: BuilderProblem[] = [];
  const path = (field: string) => `rules.${field}`;
  const parsed = parseCommunes(rules.communes);
  if (parsed.problems.length > 0) {
    problems.push({ path: path('territory.communes'), key: 'builder.communes.problemCount', params: { count: parsed.problems.length } });
  }
  const ageMin = readNumber(rules.ageMin, path('organisationAgeMonths.min'), readWhole, 'builder.error.whole', problems);
  const ageMax = readNumber(rules.ageMax, path('organisationAgeMonths.max'), readWhole, 'builder.error.whole', problems);
  if (ageMin !== null && ageMax !== null && ageMin > ageMax) {
    problems.push({ path: path('organisationAgeMonths.max'), key: 'builder.error.ageRange' });
  }
  return {
    problems,
    value: {
      legalForms: rules.legalForms,
      territory: { name: rules.territoryName, communes: parsed.communes },
      stages: rules.stages,
      minAmountCents: readNumber(rules.minAmount, path('minAmountCents'), readEuros, 'builder.error.money', problems),
      maxAmountCents: readNumber(rules.maxAmount, path('maxAmountCents'), readEuros, 'builder.error.money', problems),
      maxShareOfBudgetPercent: readNumber(rules.maxShare, path('maxShareOfBudgetPercent'), readWhole, 'builder.error.whole', problems),
      organisationAgeMonths: ageMin === null && ageMax === null ? null : { min: ageMin, max: ageMax },
      siretRequired: rules.siretRequired,
    },
  };
}

/**
 * The rules ready for the eligibility engine, or the paths of the rule fields
 * still incomplete or invalid (so the preview can say what it waits for).
 */
export function rulesReadiness(rules: RulesDraft): { rules: EligibilityRules } | { pending: string[] } {
  const reading = readRules(rules);
  const parsed = eligibilityRulesSchema.safeParse(reading.value);
  if (reading.problems.length === 0 && parsed.success) return { rules: parsed.data };
  const schemaPaths = parsed.success ? [] : fieldErrorsFromZod(parsed.error, 'rules').map((p) => p.path);
  return { pending: [...new Set([...reading.problems.map((p) => p.path), ...schemaPaths])] };
}

function readInstant(local: ParisLocal, path: string, problems: BuilderProblem[]): string {
  if (local.date === '' || local.time === '') {
    problems.push({ path, key: 'builder.error.required' });
    return '';
  }
  const instant = parisLocalToIso(local.date, local.time);
  if (instant.ok) return instant.iso;
  problems.push({ path, key: instant.reason === 'skipped' ? 'builder.error.skippedTime' : 'builder.error.date' });
  return '';
}

/** The whole draft as the API's input (not yet checked), with the document types in the order they are sent. */
export function readDraft(draft: ProgramDraft): Reading<unknown> & { documentTypes: DocumentType[] } {
  const rules = readRules(draft.rules);
  const problems = [...rules.problems];
  checkIdentifier(draft.id, 'id', programSchema.shape.id, 'builder.error.idFormat', problems);
  checkIdentifier(draft.referencePrefix, 'referencePrefix', programSchema.shape.referencePrefix, 'builder.error.prefixFormat', problems);
  if (draft.contactEmail.trim() === '') problems.push({ path: 'contactEmail', key: 'builder.error.required' });
  draft.questions.forEach((q, i) => {
    checkIdentifier(q.id, `questions.${i}.id`, questionSchema.shape.id, 'builder.error.keyFormat', problems);
  });
  draft.rubric.forEach((c, i) => {
    checkIdentifier(c.id, `rubric.${i}.id`, questionSchema.shape.id, 'builder.error.keyFormat', problems);
  });
  const documentTypes = DOCUMENT_TYPES.filter((type) => draft.documents[type].mode !== 'none');
  const value = {
    id: draft.id.trim(),
    status: draft.status,
    title: draft.title,
    summary: draft.summary,
    description: draft.description,
    opensAt: readInstant(draft.opens, 'opensAt', problems),
    closesAt: readInstant(draft.closes, 'closesAt', problems),
    envelopeCents: readNumber(draft.envelope, 'envelopeCents', readEuros, 'builder.error.money', problems),
    referencePrefix: draft.referencePrefix.trim(),
    contactEmail: draft.contactEmail.trim(),
    rules: rules.value,
    questions: draft.questions.map((q) => ({
      id: q.id.trim(),
      type: q.type,
      label: q.label,
      help: optionalText(q.help),
      required: q.required,
      options: q.type === 'choice' ? q.options.map((o) => ({ value: o.value.trim(), label: o.label })) : null,
    })),
    documents: documentTypes.map((type) => ({
      type,
      required: draft.documents[type].mode === 'required',
      help: optionalText(draft.documents[type].help),
    })),
    maxFileSizeBytes: readNumber(draft.maxFileSizeMb, 'maxFileSizeBytes', readMegabytes, 'builder.error.megabytes', problems),
    rubric: draft.rubric.map((c) => ({ id: c.id.trim(), label: c.label, description: c.description, weight: c.weight })),
  };
  return { value, problems, documentTypes };
}

/**
 * The API names a document by its place in the list sent (`documents.2.help.fr`);
 * the form has one row per type, so paths are renamed after the type.
 */
function documentPath(path: string, documentTypes: readonly DocumentType[]): string {
  return path.replace(/^documents\.(\d+)(?=\.|$)/, (whole, index: string) => {
    const type = documentTypes[Number(index)];
    return type ? `documents.${type}` : whole;
  });
}

/** Schema problems on a field already reported as unreadable would only repeat it. */
function merge(local: BuilderProblem[], more: BuilderProblem[]): BuilderProblem[] {
  const covered = new Set(local.map((p) => p.path));
  return [...local, ...more.filter((p) => !covered.has(p.path))];
}

/** The input to send, or null with every problem to show. */
export function validateDraft(draft: ProgramDraft): { input: ProgramInput | null; problems: BuilderProblem[] } {
  const reading = readDraft(draft);
  const parsed = programInputSchema.safeParse(reading.value, PARSE_OPTIONS);
  const schemaProblems = parsed.success ? programProblems(parsed.data) : fieldErrorsFromZod(parsed.error);
  const renamed = schemaProblems.map((p) => ({ ...p, path: documentPath(p.path, reading.documentTypes) }));
  const problems = merge(reading.problems, renamed);
  return problems.length === 0 && parsed.success ? { input: parsed.data, problems } : { input: null, problems };
}

/** The API's field errors (`body.rules.maxAmountCents`) as the form's paths. */
export function serverProblems(errors: readonly FieldError[], draft: ProgramDraft): BuilderProblem[] {
  const { documentTypes } = readDraft(draft);
  return errors.map((error) => ({ path: documentPath(error.path.replace(/^body\./, ''), documentTypes), message: error.message }));
}

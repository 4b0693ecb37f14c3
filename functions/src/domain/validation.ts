/**
 * Turns zod issues into field errors with plain-language messages in French and
 * English. The SPA and the API share it, so a user sees the same sentence beside a
 * field whether the browser or the server caught the mistake.
 */
import type { z } from 'zod';
import type { Bilingual, FieldError } from './errors';
import { SIRET_ISSUE_CODE, SIRET_MESSAGE } from './siret';

/**
 * Messages for the custom checks our schemas raise. A custom issue names its
 * code in `params.code`; zod only carries one string, so the bilingual text lives here.
 */
export const CUSTOM_MESSAGES: Record<string, Bilingual> = {
  [SIRET_ISSUE_CODE]: SIRET_MESSAGE,
  siret_required: {
    fr: 'Le numéro SIRET est obligatoire pour une structure déjà immatriculée.',
    en: 'A SIRET number is required for a registered organisation.',
  },
  creation_date_required: {
    fr: 'La date de création est obligatoire pour une structure déjà immatriculée.',
    en: 'The creation date is required for a registered organisation.',
  },
  declaration_required: {
    fr: 'Vous devez cocher la déclaration sur l’honneur pour déposer la demande.',
    en: 'You must tick the sworn statement to submit the application.',
  },
};

/** Raises a custom issue whose message comes from {@link CUSTOM_MESSAGES}. */
export function customIssue(code: keyof typeof CUSTOM_MESSAGES | string, path: PropertyKey[]) {
  return { code: 'custom' as const, path, message: CUSTOM_MESSAGES[code]?.fr ?? code, params: { code } };
}

type Issue = z.core.$ZodIssue;

/**
 * Whether the value was simply absent. zod carries the input only when parsing with
 * `reportInput: true` (see {@link PARSE_OPTIONS}); otherwise its own wording says it.
 */
function isMissing(issue: Issue): boolean {
  if ('input' in issue) return issue.input === undefined || issue.input === null || issue.input === '';
  return /received undefined/.test(issue.message);
}

/** Parse options that let the messages tell a missing answer from a wrong one. */
export const PARSE_OPTIONS = { reportInput: true } as const;

function describe(issue: Issue): Bilingual {
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(issue)
        ? { fr: 'Ce champ est obligatoire.', en: 'This field is required.' }
        : { fr: `Type attendu : ${issue.expected}.`, en: `Expected ${issue.expected}.` };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { fr: 'Ce champ est obligatoire.', en: 'This field is required.' }
          : { fr: `Au moins ${issue.minimum} caractères.`, en: `At least ${issue.minimum} characters.` };
      }
      if (issue.origin === 'array') {
        return Number(issue.minimum) === 1
          ? { fr: 'Ajoutez au moins une ligne.', en: 'Add at least one line.' }
          : { fr: `Ajoutez au moins ${issue.minimum} lignes.`, en: `Add at least ${issue.minimum} lines.` };
      }
      return { fr: `La valeur doit être au moins ${issue.minimum}.`, en: `Must be at least ${issue.minimum}.` };
    case 'too_big':
      if (issue.origin === 'string') {
        return { fr: `Au plus ${issue.maximum} caractères.`, en: `At most ${issue.maximum} characters.` };
      }
      if (issue.origin === 'array') {
        return { fr: `Au plus ${issue.maximum} élément(s).`, en: `At most ${issue.maximum} item(s).` };
      }
      return { fr: `La valeur doit être au plus ${issue.maximum}.`, en: `Must be at most ${issue.maximum}.` };
    case 'invalid_format':
      if (issue.format === 'email') {
        return { fr: 'Adresse e-mail invalide.', en: 'Invalid email address.' };
      }
      return { fr: 'Format invalide.', en: 'Invalid format.' };
    case 'unrecognized_keys':
      return {
        fr: `Champ(s) non autorisé(s) : ${issue.keys.join(', ')}.`,
        en: `Field(s) not allowed: ${issue.keys.join(', ')}.`,
      };
    case 'invalid_value':
      // A choice left empty is a missing answer, not a wrong one.
      return isMissing(issue)
        ? { fr: 'Ce champ est obligatoire.', en: 'This field is required.' }
        : { fr: 'Valeur non autorisée.', en: 'Value not allowed.' };
    case 'not_multiple_of':
      return { fr: 'Valeur non autorisée.', en: 'Value not allowed.' };
    case 'custom': {
      const code = (issue.params as { code?: string } | undefined)?.code;
      const known = code ? CUSTOM_MESSAGES[code] : undefined;
      return known ?? { fr: issue.message || 'Valeur invalide.', en: issue.message || 'Invalid value.' };
    }
    default:
      return { fr: issue.message || 'Valeur invalide.', en: issue.message || 'Invalid value.' };
  }
}

/** Field paths are dotted (`budget.lines.0.amount`); `prefix` names the request part (body, query, param). */
export function fieldErrorsFromZod(error: z.ZodError, prefix?: string): FieldError[] {
  const pathOf = (segments: readonly PropertyKey[]) =>
    [prefix, ...segments.map(String)].filter((p): p is string => p !== undefined && p !== '').join('.');
  return error.issues.flatMap((issue) =>
    // An unknown field is named by its own path, so the client sees exactly what was refused.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          path: pathOf([...issue.path, key]),
          message: { fr: 'Champ non autorisé.', en: 'Field not allowed.' },
        }))
      : [{ path: pathOf(issue.path), message: describe(issue) }],
  );
}

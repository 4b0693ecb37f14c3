/**
 * What a failed save means for the manager. A 400 lists fields to fix; a 409
 * whose `currentVersion` differs from the version sent means someone else saved
 * meanwhile; any other refusal (a part frozen once applications exist, a status
 * move not allowed, an envelope below what is awarded) comes with the API's own
 * reason; no answer at all is a connection problem.
 */
import type { Bilingual } from '../../../../functions/src/domain/errors';
import { ApiError } from '../../lib/api';
import type { ProgramDraft } from './program-draft';
import { serverProblems, type BuilderProblem } from './program-validation';

export type SaveFailure =
  | { kind: 'invalid'; problems: BuilderProblem[] }
  | { kind: 'stale'; currentVersion: number }
  | { kind: 'refused'; detail: Bilingual | undefined }
  | { kind: 'failed' };

/**
 * @param sentVersion the version the save was based on (none when creating); the
 *   API also names the current version when it refuses a save for another reason,
 *   so only a different one means a concurrent save.
 */
export function saveFailure(error: unknown, draft: ProgramDraft, sentVersion?: number): SaveFailure {
  if (!(error instanceof ApiError) || error.status === 0 || error.status >= 500) return { kind: 'failed' };
  if (error.status === 400 && error.errors.length > 0) return { kind: 'invalid', problems: serverProblems(error.errors, draft) };
  if (error.status === 409 && sentVersion !== undefined && error.currentVersion !== undefined && error.currentVersion !== sentVersion) {
    return { kind: 'stale', currentVersion: error.currentVersion };
  }
  if (error.status === 409 && sentVersion === undefined && error.detailI18n) {
    // Creating: the only conflict is an identifier already taken, which belongs beside the identifier.
    return { kind: 'invalid', problems: [{ path: 'id', message: error.detailI18n }] };
  }
  return { kind: 'refused', detail: error.detailI18n };
}

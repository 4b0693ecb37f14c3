/**
 * "Déposer une demande" after an eligible verdict. A signed-in applicant gets a
 * draft pre-filled from the answers at once; a visitor signs in first, and the
 * answers wait in sessionStorage so the return trip ends in the same draft.
 */
import { action, useAction, useNavigate, useSubmission } from '@solidjs/router';
import { createSignal } from 'solid-js';
import type { EligibilityAnswersInput } from '../../../../functions/src/domain/eligibility-schema';
import { useI18n } from '../../i18n';
import { createApplication } from '../../lib/api';
import { signInPath } from '../../lib/session';
import { useCurrentUser } from '../../lib/current-user';
import { problemMessage } from '../../lib/problem-message';
import { clearDraft, saveStartDraftIntent } from './wizard-draft';

const createDraft = action(
  (programId: string, answers: EligibilityAnswersInput) => createApplication(programId, answers),
  'eligibility-create-draft',
);

/** Path of the wizard that, once signed in, creates the draft from the saved answers. */
export function startDraftReturnPath(programId: string): string {
  return `/programmes/${encodeURIComponent(programId)}/eligibilite?deposer=1`;
}

/** Starting an application from the wizard's answers, with its pending state and error. */
export function useStartDraft(programId: string) {
  const { locale, t } = useI18n();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const create = useAction(createDraft);
  const submission = useSubmission(createDraft);
  const [error, setError] = createSignal<string>();

  /** Creates the draft and opens it in the form; `replace` when the current page is only a relay. */
  const createNow = async (answers: EligibilityAnswersInput, replace = false) => {
    setError(undefined);
    try {
      const view = await create(programId, answers);
      clearDraft(programId);
      navigate(`/demandes/${encodeURIComponent(view.application.id)}/modifier`, { replace });
    } catch (failure) {
      setError(problemMessage(failure, locale(), t('elig.startDraft.error')));
    }
  };

  const start = (answers: EligibilityAnswersInput) => {
    if (user()) {
      void createNow(answers);
      return;
    }
    saveStartDraftIntent(programId, answers);
    navigate(signInPath(startDraftReturnPath(programId)));
  };

  return { start, createNow, pending: () => Boolean(submission.pending), error };
}

/** What the verdict needs from {@link useStartDraft}. */
export type StartDraft = ReturnType<typeof useStartDraft>;

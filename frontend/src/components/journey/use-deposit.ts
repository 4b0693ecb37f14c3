/**
 * "Déposer une demande" after an eligible verdict. A signed-in applicant gets a
 * draft pre-filled from the answers at once; a visitor signs in first, and the
 * answers wait in sessionStorage so the return trip ends in the same draft.
 */
import { action, useAction, useNavigate, useSubmission } from '@solidjs/router';
import { createSignal } from 'solid-js';
import type { EligibilityAnswersInput } from '../../../../functions/src/domain/eligibility';
import { useI18n } from '../../i18n';
import { createApplication } from '../../lib/api';
import { signInPath } from '../../lib/session';
import { useCurrentUser } from './current-user';
import { problemMessage } from './problem-message';
import { clearDraft, saveDepositIntent } from './wizard-draft';

const createDraft = action(
  (programId: string, answers: EligibilityAnswersInput) => createApplication(programId, answers),
  'eligibility-create-draft',
);

/** Path of the wizard that, once signed in, creates the draft from the saved answers. */
export function depositReturnPath(programId: string): string {
  return `/programmes/${encodeURIComponent(programId)}/eligibilite?deposer=1`;
}

/** Starting an application from the wizard's answers, with its pending state and error. */
export function useDeposit(programId: string) {
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
      setError(problemMessage(failure, locale(), t('elig.deposit.error')));
    }
  };

  const deposit = (answers: EligibilityAnswersInput) => {
    if (user()) {
      void createNow(answers);
      return;
    }
    saveDepositIntent(programId, answers);
    navigate(signInPath(depositReturnPath(programId)));
  };

  return { deposit, createNow, pending: () => Boolean(submission.pending), error };
}

/** What the verdict needs from {@link useDeposit}. */
export type Deposit = ReturnType<typeof useDeposit>;

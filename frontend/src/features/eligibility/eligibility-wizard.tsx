import { action, useAction, useSearchParams } from '@solidjs/router';
import { createEffect, createMemo, createSignal, on, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { parisToday } from '../../../../functions/src/domain/calendar';
import type { EligibilityAnswersInput, EligibilityResult } from '../../../../functions/src/domain/eligibility-schema';
import type { Program } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { checkEligibility } from '../../lib/api';
import { ErrorAlert } from '../../ui/status-views';
import { StartDraftRelay, useStartDraftOnReturn } from './start-draft-relay';
import { EligibilityVerdict } from './eligibility-verdict';
import { problemMessage } from '../../lib/problem-message';
import { unlistedCommuneVerdict } from './unlisted-commune-verdict';
import { useStartDraft } from './use-start-draft';
import { WizardForm } from './wizard-form';
import { draftAnswers, firstOpenStep, loadDraft, QUESTION_COUNT, saveDraft, stepProblems, type DraftProblem } from './wizard-draft';

const RESULT = QUESTION_COUNT + 1;
const check = action((programId: string, answers: EligibilityAnswersInput) => checkEligibility(programId, answers), 'eligibility-check');

/**
 * The eligibility wizard: one question per screen, the step in the address
 * (`?question=3`, so the browser's Back button goes back one question) and the
 * answers in sessionStorage. The verdict comes from the API, which runs the
 * same engine it will run again at submission.
 */
export function EligibilityWizard(props: { program: Program }) {
  const { locale, t } = useI18n();
  const programId = props.program.id;
  const today = parisToday(new Date());
  const [draft, update] = createStore(loadDraft(programId));
  createEffect(() => saveDraft(programId, draft));
  const [params, setParams] = useSearchParams<{ question?: string; deposer?: string }>();
  const step = createMemo(() => {
    const asked = params.question === 'resultat' ? RESULT : Number(params.question) || 1;
    return Math.max(1, Math.min(asked, firstOpenStep(draft, today)));
  });
  const [problems, setProblems] = createSignal<DraftProblem[]>([]);
  const [attempt, setAttempt] = createSignal(0);
  const [result, setResult] = createSignal<EligibilityResult>();
  const [checkError, setCheckError] = createSignal<string>();
  const runCheck = useAction(check);
  const startDraft = useStartDraft(programId);
  const returning = useStartDraftOnReturn(programId, startDraft);
  const answers = () => {
    const fields = draftAnswers(draft);
    return fields && draft.commune?.kind === 'listed' ? { ...fields, communeInsee: draft.commune.insee } : null;
  };

  const evaluate = async () => {
    setCheckError(undefined);
    const fields = draftAnswers(draft);
    const commune = draft.commune;
    if (!fields || !commune) return;
    if (commune.kind === 'unlisted') {
      setResult(unlistedCommuneVerdict(props.program.rules, fields, commune.name));
      return;
    }
    try {
      setResult(await runCheck(programId, { ...fields, communeInsee: commune.insee }));
    } catch (failure) {
      setCheckError(problemMessage(failure, locale(), t('elig.verdict.error')));
    }
  };
  createEffect(
    on(step, (current, previous) => {
      setProblems([]);
      setResult(undefined);
      if (current === RESULT) void evaluate();
      else if (previous !== undefined) document.getElementById('wizard-heading')?.focus();
    }),
  );
  const goTo = (target: number) => setParams({ question: target === RESULT ? 'resultat' : String(target) });
  const next = () => {
    const found = stepProblems(step(), draft, today);
    setProblems(found);
    setAttempt((count) => count + 1);
    if (found.length === 0) goTo(step() + 1);
  };
  const liveProblems = () => (problems().length > 0 ? stepProblems(step(), draft, today) : []);

  const verdict = () => (
    <Show
      when={result()}
      fallback={
        checkError() ? (
          <ErrorAlert title={checkError() ?? ''} onRetry={() => void evaluate()} />
        ) : (
          <p class="status-message" role="status">
            {t('elig.verdict.checking')}
          </p>
        )
      }
    >
      {(verdict) => (
        <EligibilityVerdict program={props.program} result={verdict()} answers={answers()} startDraft={startDraft} onEdit={() => goTo(1)} />
      )}
    </Show>
  );
  const form = () => (
    <WizardForm
      program={props.program}
      draft={draft}
      update={update}
      today={today}
      step={step()}
      summary={problems()}
      live={liveProblems()}
      attempt={attempt()}
      onNext={next}
      onBack={() => goTo(step() - 1)}
    />
  );
  return (
    <Show
      when={returning.intent()}
      fallback={
        <Show when={step() === RESULT} fallback={form()}>
          {verdict()}
        </Show>
      }
    >
      {(saved) => <StartDraftRelay startDraft={startDraft} answers={saved()} onCancel={returning.cancel} />}
    </Show>
  );
}

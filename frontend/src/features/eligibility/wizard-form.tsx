import { For, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import type { Program } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { programPath } from '../../components/program-card';
import { ErrorSummary, type FormProblem } from '../../ui/error-summary';
import { WizardQuestion } from './wizard-questions';
import { QUESTION_COUNT, type DraftField, type DraftProblem, type WizardDraft } from './wizard-draft';

/** Where the error summary sends focus for each field: the field itself, or the first radio of a group. */
const FIELD_IDS: Record<DraftField, string> = {
  legalForm: 'elig-legal-form-association',
  commune: 'elig-commune',
  stage: 'elig-stage-creation',
  amount: 'elig-amount',
  budget: 'elig-budget',
  siret: 'elig-siret',
  creationDate: 'elig-creation-date',
};

type Props = {
  program: Program;
  draft: WizardDraft;
  update: SetStoreFunction<WizardDraft>;
  today: string;
  step: number;
  /** The problems found when "Continuer" was pressed, listed in the summary. */
  summary: DraftProblem[];
  /** The same problems, re-checked as the answer changes, shown under the fields. */
  live: DraftProblem[];
  attempt: number;
  onNext: () => void;
  onBack: () => void;
};

/** One question of the wizard with its progress ("Question 2 sur 6"), its problems and the Back / Continue buttons. */
export function WizardForm(props: Props) {
  const { locale, t } = useI18n();
  const text = (problem: DraftProblem) => (typeof problem.message === 'string' ? t(problem.message) : problem.message[locale()]);
  const summary = (): FormProblem[] => props.summary.map((problem) => ({ fieldId: FIELD_IDS[problem.field], message: text(problem) }));
  const error = (field: DraftField) => {
    const problem = props.live.find((candidate) => candidate.field === field);
    return problem ? text(problem) : undefined;
  };
  return (
    <form
      class="wizard"
      novalidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onNext();
      }}
    >
      <p class="wizard__progress">{t('elig.progress', { step: props.step, count: QUESTION_COUNT })}</p>
      <ol class="wizard__steps" aria-hidden="true">
        <For each={Array.from({ length: QUESTION_COUNT }, (_, index) => index + 1)}>
          {(step) => <li classList={{ done: step < props.step, current: step === props.step }} />}
        </For>
      </ol>
      <ErrorSummary problems={summary()} focusKey={props.attempt} />
      <WizardQuestion
        program={props.program}
        draft={props.draft}
        update={props.update}
        error={error}
        today={props.today}
        step={props.step}
      />
      <div class="button-row wizard__nav">
        <Show
          when={props.step > 1}
          fallback={
            <a class="button button--secondary" href={programPath(props.program.id)}>
              {t('elig.backToProgram')}
            </a>
          }
        >
          <button type="button" class="button button--secondary" onClick={() => props.onBack()}>
            {t('elig.back')}
          </button>
        </Show>
        <button type="submit" class="button">
          {props.step === QUESTION_COUNT ? t('elig.seeResult') : t('elig.next')}
        </button>
      </div>
    </form>
  );
}

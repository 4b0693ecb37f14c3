/**
 * The multi-step application form: header with the autosave line, the stepper,
 * and the step on screen. Steps have their own URLs; moving between them saves
 * at once and puts focus on the new step's heading.
 *
 * "Étape suivante" on a step with errors does not move on at first: it shows the
 * error summary and focuses it, because an applicant who does not look back
 * would only learn about the problems at submission. The summary then offers
 * "Continuer sans corriger": a draft may stay incomplete (a SIRET letter or the
 * treasurer's figures are often not at hand), and the stepper keeps the step
 * marked "Erreurs" until it is fixed.
 */
import { useLocation, useNavigate, useParams } from '@solidjs/router';
import { createEffect, createSignal, on } from 'solid-js';
import { STEP_IDS, type StepId } from '../../../../functions/src/domain/application';
import type { FieldError } from '../../../../functions/src/domain/errors';
import type { Program } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import type { ApplicationView } from '../../lib/api';
import { FORM_TOP_ID, STEP_HEADING_ID, focusStep } from './form-focus';
import { stepNumber } from './form-paths';
import { createFormState } from './form-state';
import { usePageTitle } from '../../lib/page-title';
import { AutosaveStatusLine, ConflictAlert, UnsavedNotice } from './autosave-status';
import { FormHeader } from './form-header';
import { FormProvider } from './form-context';
import { useLeaveGuard } from './leave-guard';
import { StepBody } from './step-body';
import { StepErrors } from './step-errors';
import { StepNav } from './step-nav';
import { Stepper } from './stepper';
import './application-form.css';

type Summary = { kind: 'step'; step: StepId } | { kind: 'submit'; errors: FieldError[] };

const isStepId = (value: string | undefined): value is StepId => STEP_IDS.some((step) => step === value);

/** The form for one editable application, built once from the server's view; the step comes from the URL. */
export function ApplicationForm(props: { view: ApplicationView; program: Program }) {
  const { locale, t } = useI18n();
  const params = useParams<{ id: string; step?: string }>();
  const location = useLocation();
  const navigate = useNavigate();
  const form = createFormState({ view: props.view, program: props.program });
  const reload = useLeaveGuard(form);
  const firstIncomplete = STEP_IDS.find((step) => !form.steps()[step].complete) ?? 'declaration';
  const step = (): StepId => (isStepId(params.step) ? params.step : firstIncomplete);
  const nextStep = () => STEP_IDS[STEP_IDS.indexOf(step()) + 1];
  const href = (target: StepId) => `/demandes/${form.applicationId}/modifier/${target}`;
  const [summary, setSummary] = createSignal<Summary | null>(null);
  const [focusKey, setFocusKey] = createSignal(0);
  const summaryErrors = () => {
    const current = summary();
    if (!current) return [];
    return current.kind === 'step' ? form.visibleErrors(current.step) : current.errors;
  };
  const showSummary = (next: Summary) => {
    setSummary(next);
    setFocusKey((key) => key + 1);
  };
  const go = (target: StepId | undefined) => target && navigate(href(target));
  const onNext = (event: SubmitEvent) => {
    event.preventDefault();
    const current = step();
    if (current === 'declaration') return;
    form.reveal(current);
    if (form.steps()[current].complete) go(nextStep());
    else showSummary({ kind: 'step', step: current });
  };

  usePageTitle(() =>
    t('form.pageTitle', {
      step: t(`form.step.${step()}`),
      n: stepNumber(step()),
      total: STEP_IDS.length,
      program: props.program.title[locale()],
    }),
  );
  createEffect(
    on(step, (_, previous) => {
      if (previous === undefined) return;
      setSummary(null);
      void form.autosave.flush();
      focusStep(location.hash);
    }),
  );

  return (
    <FormProvider form={form}>
      <FormHeader program={props.program} />
      <AutosaveStatusLine status={form.status()} />
      <ConflictAlert status={form.status()} onReload={reload} />
      <UnsavedNotice status={form.status()} onRetryNow={() => form.autosave.retryNow()} />
      <div class="form-layout" id={FORM_TOP_ID}>
        <Stepper current={step()} display={form.display} href={href} />
        <form class="form-step" novalidate onSubmit={onNext} aria-labelledby={STEP_HEADING_ID}>
          <StepErrors
            kind={summary()?.kind ?? null}
            errors={summaryErrors()}
            focusKey={focusKey()}
            step={step()}
            onContinue={nextStep() ? () => go(nextStep()) : undefined}
          />
          <p class="form-step__position">{t('form.stepper.count', { n: stepNumber(step()), total: STEP_IDS.length })}</p>
          <h2 id={STEP_HEADING_ID} class="form-step__title" tabindex="-1">
            {t(`form.step.${step()}`)}
          </h2>
          <p class="form-step__intro">{t(`form.stepIntro.${step()}`)}</p>
          <StepBody step={step()} onSubmitErrors={(errors) => showSummary({ kind: 'submit', errors })} />
          <StepNav step={step()} onGo={go} />
        </form>
      </div>
    </FormProvider>
  );
}

/** The fields of the step on screen. */
import { Match, Switch } from 'solid-js';
import type { StepId } from '../../../../functions/src/domain/application';
import type { FieldError } from '../../../../functions/src/domain/errors';
import { BudgetStep } from './steps/budget-step';
import { DeclarationStep } from './steps/declaration-step';
import { DocumentsStep } from './steps/documents-step';
import { OrganisationStep } from './steps/organisation-step';
import { ProjectStep } from './steps/project-step';
import { QuestionsStep } from './steps/questions-step';

/** Switches on the step id; each step reads and writes the form state from context. */
export function StepBody(props: { step: StepId; onSubmitErrors: (errors: FieldError[]) => void }) {
  return (
    <Switch>
      <Match when={props.step === 'organisation'}>
        <OrganisationStep />
      </Match>
      <Match when={props.step === 'project'}>
        <ProjectStep />
      </Match>
      <Match when={props.step === 'budget'}>
        <BudgetStep />
      </Match>
      <Match when={props.step === 'questions'}>
        <QuestionsStep />
      </Match>
      <Match when={props.step === 'documents'}>
        <DocumentsStep />
      </Match>
      <Match when={props.step === 'declaration'}>
        <DeclarationStep onSubmitErrors={props.onSubmitErrors} />
      </Match>
    </Switch>
  );
}

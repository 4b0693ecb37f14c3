import { Match, Switch } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { LEGAL_FORMS, PROJECT_STAGES, type LegalForm, type Program } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { CommuneQuestion } from './commune-question';
import { MoneyQuestion } from './money-question';
import { OrganisationQuestion } from './organisation-question';
import { RadioQuestion } from './radio-question';
import type { DraftField, WizardDraft } from './wizard-draft';

/** What every question gets: the programme, the answers, a setter and the message to show under a field. */
export type QuestionProps = {
  program: Program;
  draft: WizardDraft;
  update: SetStoreFunction<WizardDraft>;
  error: (field: DraftField) => string | undefined;
  today: string;
};

const HINTED_FORMS: Partial<Record<LegalForm, 'elig.legalForm.hint.esus' | 'elig.legalForm.hint.en_creation'>> = {
  esus: 'elig.legalForm.hint.esus',
  en_creation: 'elig.legalForm.hint.en_creation',
};

/**
 * Question 1. Every legal form is offered, whatever the programme accepts: an
 * applicant who picks a refused one gets the engine's reason and the accepted
 * forms, which is more useful than not finding their form at all.
 */
function LegalFormQuestion(props: QuestionProps) {
  const { t } = useI18n();
  const choices = () =>
    LEGAL_FORMS.map((form) => {
      const hint = HINTED_FORMS[form];
      return { value: form, label: t(`legalForm.${form}`), ...(hint ? { hint: t(hint) } : {}) };
    });
  return (
    <RadioQuestion
      id="elig-legal-form"
      question={t('elig.legalForm.question')}
      choices={choices()}
      value={props.draft.legalForm}
      onChange={(value) => props.update('legalForm', value)}
      error={props.error('legalForm')}
    />
  );
}

/** Question 3: creation or development, each explained in one line. */
function StageQuestion(props: QuestionProps) {
  const { t } = useI18n();
  const choices = () =>
    PROJECT_STAGES.map((stage) => ({ value: stage, label: t(`elig.stage.${stage}`), hint: t(`elig.stage.${stage}.hint`) }));
  return (
    <RadioQuestion
      id="elig-stage"
      question={t('elig.stage.question')}
      choices={choices()}
      value={props.draft.stage}
      onChange={(value) => props.update('stage', value)}
      error={props.error('stage')}
    />
  );
}

/** The question of step `step` (1–6). */
export function WizardQuestion(props: QuestionProps & { step: number }) {
  return (
    <Switch>
      <Match when={props.step === 1}>
        <LegalFormQuestion {...props} />
      </Match>
      <Match when={props.step === 2}>
        <CommuneQuestion {...props} />
      </Match>
      <Match when={props.step === 3}>
        <StageQuestion {...props} />
      </Match>
      <Match when={props.step === 4}>
        <MoneyQuestion {...props} kind="amount" />
      </Match>
      <Match when={props.step === 5}>
        <MoneyQuestion {...props} kind="budget" />
      </Match>
      <Match when={props.step === 6}>
        <OrganisationQuestion {...props} />
      </Match>
    </Switch>
  );
}

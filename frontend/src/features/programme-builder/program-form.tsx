import { Show, type JSX } from 'solid-js';
import { useI18n } from '../../i18n';
import { BuilderSummary } from './builder-summary';
import { BuilderProvider, type BuilderState } from './builder-state';
import { CalendarSection } from './calendar-section';
import { DocumentsSection } from './documents-section';
import { EligibilityPreview } from './eligibility-preview';
import { IdentificationSection } from './identification-section';
import { QuestionsSection } from './questions-section';
import { RubricSection } from './rubric-section';
import { RulesSection } from './rules-section';
import { TextsSection } from './texts-section';
import './programme-builder.css';

/**
 * The programme form shared by creation and editing: the error summary, the
 * sections in the order a manager thinks of a call, and the eligibility preview
 * right after the rules (beside the form on a wide screen, where it stays in
 * view). Sending is the page's business: `onSubmit` runs after the draft passed
 * the shared validation.
 */
export function ProgramForm(props: {
  state: BuilderState;
  creating: boolean;
  submitLabel: string;
  pending: boolean;
  onSubmit: () => void;
  /** What the page shows above the fields (the outcome of the last save). */
  before?: JSX.Element;
  /** Said beside the button while nothing has changed since the last save. */
  savedNote?: string | undefined;
}) {
  const { t } = useI18n();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!props.pending) props.onSubmit();
  };
  return (
    <BuilderProvider value={props.state}>
      <form class="builder-form" novalidate onSubmit={submit}>
        {props.before}
        <BuilderSummary />
        <p class="builder-form__intro">{t('builder.form.intro')}</p>
        <div class="builder-layout">
          <IdentificationSection creating={props.creating} />
          <TextsSection />
          <CalendarSection />
          <RulesSection />
          <EligibilityPreview />
          <QuestionsSection />
          <DocumentsSection />
          <RubricSection />
        </div>
        <div class="builder-form__actions">
          <button type="submit" class="button button--large" disabled={props.pending}>
            {props.pending ? t('builder.form.sending') : props.submitLabel}
          </button>
          <Show
            when={props.state.dirty()}
            fallback={<Show when={props.savedNote}>{(note) => <p class="builder-form__state">{note()}</p>}</Show>}
          >
            <p class="builder-form__state builder-form__state--unsaved">{t('builder.form.unsaved')}</p>
          </Show>
        </div>
      </form>
    </BuilderProvider>
  );
}

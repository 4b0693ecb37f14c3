/**
 * What each step says, read-only, under its line of the summary: the same views as
 * the application page (components/summary-sections, budget-summary), so the
 * applicant reads before submitting exactly what the unit will read, and the
 * documents with their names and sizes.
 */
import { For, Match, Show, Switch } from 'solid-js';
import type { StepId } from '../../../../../functions/src/domain/application';
import { formatFileSize } from '../../../../../functions/src/domain/format';
import { BudgetSummary } from '../../../components/budget-summary';
import { AnswersSummary, OrganisationSummary, ProjectSummary } from '../../../components/summary-sections';
import { useI18n } from '../../../i18n';
import { useForm } from '../form-context';

/** The documents as sent: type, file name and size; a refused one says so. */
function DocumentsRead() {
  const form = useForm();
  const { locale, t } = useI18n();
  return (
    <Show when={form.documents().length > 0} fallback={<p class="muted">{t('app.documents.none')}</p>}>
      <ul class="form-review__documents">
        <For each={form.documents()}>
          {(document) => (
            <li>
              <span class="form-review__document-type">{t(`document.${document.type}`)}</span>
              <span class="form-review__document-file">
                {document.filename} <span class="muted">({formatFileSize(document.verifiedSize ?? document.declaredSize, locale())})</span>
              </span>
              <Show when={document.status !== 'verified'}>
                <span class="muted"> — {t(`app.documents.${document.status}`)}</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

export function ReviewContent(props: { step: StepId }) {
  const form = useForm();
  return (
    <div class="form-review__content">
      <Switch>
        <Match when={props.step === 'organisation'}>
          <OrganisationSummary application={form.draft} />
        </Match>
        <Match when={props.step === 'project'}>
          <ProjectSummary application={form.draft} program={form.program} />
        </Match>
        <Match when={props.step === 'budget'}>
          <BudgetSummary budget={form.draft.budget} />
        </Match>
        <Match when={props.step === 'questions' && form.program.questions.length > 0}>
          <AnswersSummary application={form.draft} program={form.program} />
        </Match>
        <Match when={props.step === 'documents'}>
          <DocumentsRead />
        </Match>
      </Switch>
    </div>
  );
}

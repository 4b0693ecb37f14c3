import { onCleanup, onMount, Show, type JSX } from 'solid-js';
import type { Program } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import type { ApplicationView } from '../../lib/api';
import { BudgetSummary } from '../../components/budget-summary';
import { DocumentsSummary } from '../../components/documents-summary';
import { AnswersSummary, OrganisationSummary, ProjectSummary } from '../../components/summary-sections';

function Part(props: { title: string; children: JSX.Element }) {
  return (
    <details class="summary-part">
      <summary class="summary-part__title">{props.title}</summary>
      <div class="summary-part__body">{props.children}</div>
    </details>
  );
}

/**
 * What the application says, read-only, one collapsible part per step of the
 * form, so the page opens on where the application stands and the details are
 * one tap away. Programme questions wait for the programme, which labels them.
 */
export function ApplicationSummary(props: { view: ApplicationView; program: Program | undefined }) {
  const { t } = useI18n();
  const application = () => props.view.application;
  let section: HTMLElement | undefined;
  // A printed page shows every part, whichever were folded on screen.
  const unfold = () => {
    for (const part of section?.querySelectorAll('details') ?? []) part.open = true;
  };
  onMount(() => window.addEventListener('beforeprint', unfold));
  onCleanup(() => window.removeEventListener('beforeprint', unfold));
  return (
    <section ref={section} class="app-section" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('app.summary')}</h2>
      <Part title={t('app.summary.organisation')}>
        <OrganisationSummary application={application()} />
      </Part>
      <Part title={t('app.summary.project')}>
        <ProjectSummary application={application()} program={props.program} />
      </Part>
      <Part title={t('app.summary.budget')}>
        <BudgetSummary budget={application().budget} />
      </Part>
      <Show when={props.program && props.program.questions.length > 0 ? props.program : undefined}>
        {(program) => (
          <Part title={t('app.summary.answers')}>
            <AnswersSummary application={application()} program={program()} />
          </Part>
        )}
      </Show>
      <Part title={t('app.summary.documents', { count: props.view.documents.length })}>
        <DocumentsSummary applicationId={application().id} documents={props.view.documents} />
      </Part>
    </section>
  );
}

import { Show, type JSX } from 'solid-js';
import type { Program } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import type { ApplicationView } from '../../lib/api';
import { BudgetSummary } from '../../components/budget-summary';
import { DocumentsSummary } from '../../components/documents-summary';
import { AnswersSummary, OrganisationSummary, ProjectSummary } from '../../components/summary-sections';
import { useWideScreen } from '../../lib/use-wide-screen';

function Part(props: { title: string; open?: boolean; children: JSX.Element }) {
  return (
    <details class="summary-part" open={props.open}>
      <summary class="summary-part__title">{props.title}</summary>
      <div class="summary-part__body">{props.children}</div>
    </details>
  );
}

/**
 * What the applicant sent, worded for staff ("La structure", not "Votre
 * structure"), from the same read-only sections the applicant sees. On a wide
 * screen the project starts open, as what a reviewer reads first; on a phone all
 * parts start folded so the review and decision panels stay close. Documents sit
 * apart, one click from download.
 */
export function StaffSummary(props: { view: ApplicationView; program: Program | undefined }) {
  const { t } = useI18n();
  const wide = useWideScreen();
  const application = () => props.view.application;
  return (
    <>
      <section class="app-section" aria-labelledby="staff-summary-heading">
        <h2 id="staff-summary-heading">{t('review.summary.title')}</h2>
        <Part title={t('review.summary.project')} open={wide()}>
          <ProjectSummary application={application()} program={props.program} />
        </Part>
        <Part title={t('review.summary.organisation')}>
          <OrganisationSummary application={application()} />
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
      </section>
      <section class="app-section" aria-labelledby="staff-documents-heading">
        <h2 id="staff-documents-heading">{t('review.documents.title', { count: props.view.documents.length })}</h2>
        <DocumentsSummary applicationId={application().id} documents={props.view.documents} />
      </section>
    </>
  );
}

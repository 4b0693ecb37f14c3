import { Show, type JSX } from 'solid-js';
import type { TimelineEvent } from '../../../../functions/src/domain/application';
import type { Program } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import type { ApplicationView } from '../../lib/api';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';
import { ApplicationHeading } from './application-heading';
import { EligibilityAtSubmission } from './eligibility-at-submission';
import { StaffMessages } from './staff-messages';
import { StaffSummary } from './staff-summary';
import { StaffTimeline } from './staff-timeline';

/**
 * The file's page for staff. On a phone everything is one column: what the
 * applicant sent, then the work (review, decisions), then the history. On a wide
 * screen the work panel sits beside the file, so scoring happens with the
 * application in view.
 */
export function WorkspaceLayout(props: {
  view: ApplicationView;
  program: Program | undefined;
  events: TimelineEvent[] | undefined;
  eventsFailed: boolean;
  onEventsRetry: () => void;
  reloadKey: number;
  notice: JSX.Element;
  work: JSX.Element;
}) {
  const { locale, t } = useI18n();
  const application = () => props.view.application;
  return (
    <div class="review-page">
      <p class="back-link">
        <a href={`/gestion/programmes/${encodeURIComponent(application().programId)}`}>
          <span aria-hidden="true">‹ </span>
          {props.program ? t('review.backToProgram', { program: props.program.title[locale()] }) : t('review.backToQueue')}
        </a>
      </p>
      <ApplicationHeading application={application()} program={props.program} />
      {props.notice}
      <div class="review-layout">
        <div class="review-layout__file">
          <StaffSummary view={props.view} program={props.program} />
          <EligibilityAtSubmission result={application().eligibilityAtSubmission} />
        </div>
        <div class="review-layout__work">{props.work}</div>
        <div class="review-layout__history">
          <section class="app-section" aria-labelledby="staff-timeline-heading">
            <h2 id="staff-timeline-heading">{t('app.timeline')}</h2>
            <Show when={!props.eventsFailed} fallback={<ErrorAlert title={t('app.timelineError')} onRetry={props.onEventsRetry} />}>
              <Show when={props.events} fallback={<LoadingMessage />}>
                {(events) => <StaffTimeline events={events()} />}
              </Show>
            </Show>
          </section>
          <StaffMessages applicationId={application().id} reloadKey={props.reloadKey} onSent={props.onEventsRetry} />
        </div>
      </div>
    </div>
  );
}

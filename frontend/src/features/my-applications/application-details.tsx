import { Show } from 'solid-js';
import type { TimelineEvent } from '../../../../functions/src/domain/application';
import type { Program } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import type { ApplicationView } from '../../lib/api';
import { ErrorAlert } from '../../ui/status-views';
import { ApplicationActions } from './application-actions';
import { ChangeRequestNotice, DecisionNotice, SubmittedBanner } from './application-status';
import { ApplicationSummary } from './application-summary';
import { ApplicationTimeline } from './application-timeline';
import { ReceiptLink } from './receipt-link';
import { DeadlineLine } from '../../components/deadline';
import { MessageThread } from '../../components/message-thread';
import { StatusBadge } from '../../ui/status-badge';

type Props = {
  view: ApplicationView;
  program: Program | undefined;
  events: TimelineEvent[] | undefined;
  eventsFailed: boolean;
  /** Arrived from the form's "Déposer": show the confirmation with the reference. */
  justSubmitted: boolean;
  onChanged: () => void;
  onEventsRetry: () => void;
};

/**
 * One application, top to bottom in the order an applicant asks: where does it
 * stand, is anything expected of me, what happened, what was said, what did I send.
 */
export function ApplicationDetails(props: Props) {
  const { locale, t } = useI18n();
  const application = () => props.view.application;
  return (
    <div class="page-narrow">
      <p class="back-link">
        <a href="/demandes">
          <span aria-hidden="true">‹ </span>
          {t('apps.title')}
        </a>
      </p>
      <h1>{application().project.title?.trim() || t('app.untitled')}</h1>
      <Show when={props.program}>{(program) => <p class="lead">{program().title[locale()]}</p>}</Show>
      <p class="app-meta">
        <StatusBadge status={application().status} />
        <Show when={application().reference}>{(reference) => <span>{t('app.reference', { reference: reference() })}</span>}</Show>
      </p>
      <Show when={props.justSubmitted && application().reference}>{(reference) => <SubmittedBanner reference={reference()} />}</Show>
      <p class="app-status-text" role="status">
        {t(`app.statusText.${application().status}`)}
      </p>
      <Show when={application().status === 'draft' && props.program}>{(program) => <DeadlineLine closesAt={program().closesAt} />}</Show>
      <ReceiptLink view={props.view} />
      <DecisionNotice application={application()} />
      <Show when={application().status === 'changes_requested'}>
        <ChangeRequestNotice application={application()} events={props.events ?? []} />
      </Show>
      <ApplicationActions view={props.view} onWithdrawn={props.onChanged} />
      <section class="app-section" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('app.timeline')}</h2>
        <Show when={!props.eventsFailed} fallback={<ErrorAlert title={t('app.timelineError')} onRetry={props.onEventsRetry} />}>
          <ApplicationTimeline events={props.events ?? []} />
        </Show>
      </section>
      <section class="app-section" aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t('app.messages')}</h2>
        <MessageThread applicationId={application().id} onSent={props.onEventsRetry} />
      </section>
      <ApplicationSummary view={props.view} program={props.program} />
    </div>
  );
}

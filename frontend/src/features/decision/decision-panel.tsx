import { Match, Show, Switch } from 'solid-js';
import type { Application } from '../../../../functions/src/domain/application';
import { can } from '../../../../functions/src/domain/lifecycle';
import { useI18n } from '../../i18n';
import { ActionDisclosure } from '../../components/action-disclosure';
import { ApproveForm } from './approve-form';
import { ReasonForm } from './reason-form';
import { formatEuros, formatParisDate } from '../../../../functions/src/domain/format';
import './decision.css';

const MANAGER = { role: 'manager', isOwner: false, isAssigned: false } as const;

/**
 * The manager's decision on a file: accord within the amount requested, refuse
 * with a reason the applicant will read, or re-open a decision already taken (the
 * envelope gets the amount back). Only what the status allows is offered.
 */
export function DecisionPanel(props: { application: Application; onDone: (message: string) => void }) {
  const { locale, t } = useI18n();
  const a = () => props.application;
  const allowed = (event: 'approve' | 'reject' | 'reopen') => can(a().status, event, MANAGER);
  const decidedOn = () => (a().decidedAt ? formatParisDate(a().decidedAt ?? '', locale()) : '');
  return (
    <Show when={allowed('approve') || allowed('reject') || allowed('reopen')}>
      <section class="work-section" aria-labelledby="decision-heading">
        <h2 id="decision-heading">{t('review.decision.title')}</h2>
        <Switch>
          <Match when={a().status === 'approved'}>
            <p>{t('review.decision.approvedOn', { date: decidedOn(), amount: formatEuros(a().amountAwardedCents ?? 0, locale()) })}</p>
          </Match>
          <Match when={a().status === 'rejected'}>
            <p>{t('review.decision.rejectedOn', { date: decidedOn() })}</p>
            <Show when={a().decisionReason}>{(reason) => <blockquote class="quote">{reason()}</blockquote>}</Show>
          </Match>
          <Match when={a().status === 'submitted'}>
            <p class="muted">{t('review.decision.startFirst')}</p>
          </Match>
        </Switch>
        <div class="stack">
          <Show when={allowed('approve')}>
            <ActionDisclosure label={t('review.approve.open')}>
              {(close) => (
                <ApproveForm
                  applicationId={a().id}
                  requestedCents={a().budget.amountRequestedCents ?? 0}
                  onDone={props.onDone}
                  onCancel={close}
                />
              )}
            </ActionDisclosure>
          </Show>
          <Show when={allowed('reject')}>
            <ActionDisclosure label={t('review.reject.open')} danger>
              {(close) => (
                <ReasonForm
                  applicationId={a().id}
                  event="reject"
                  label={t('review.reject.label')}
                  hint={t('review.reject.hint')}
                  submitLabel={t('review.reject.submit')}
                  done={t('review.reject.done')}
                  danger
                  onDone={props.onDone}
                  onCancel={close}
                />
              )}
            </ActionDisclosure>
          </Show>
          <Show when={allowed('reopen')}>
            <ActionDisclosure label={t('review.reopen.open')}>
              {(close) => (
                <ReasonForm
                  applicationId={a().id}
                  event="reopen"
                  label={t('review.reopen.label')}
                  hint={t('review.reopen.hint')}
                  submitLabel={t('review.reopen.submit')}
                  done={t('review.reopen.done')}
                  onDone={props.onDone}
                  onCancel={close}
                />
              )}
            </ActionDisclosure>
          </Show>
        </div>
      </section>
    </Show>
  );
}

import { Show } from 'solid-js';
import { useI18n } from '../../i18n';
import type { ApplicationSummary } from '../../lib/api';
import { StatusBadge } from '../../ui/status-badge';
import { DeadlineValue } from '../../components/deadline';
import { formatEuros, formatParisDate } from '../../../../functions/src/domain/format';

/** Path of an application's page. */
export function applicationPath(applicationId: string): string {
  return `/demandes/${encodeURIComponent(applicationId)}`;
}

/**
 * One application in "Mes demandes". The whole card is clickable through its
 * title link, whose accessible name also carries the reference (or the draft's
 * date), so two applications to the same call never sound like the same link.
 */
export function ApplicationCard(props: { application: ApplicationSummary }) {
  const { locale, t } = useI18n();
  const item = () => props.application;
  const notSubmitted = () => (item().status === 'draft' ? t('apps.draftNotSubmitted') : t('apps.neverSubmitted'));
  return (
    <article class="app-card">
      <h2 class="app-card__title">
        <a href={applicationPath(item().id)}>
          {item().programTitle[locale()]}
          <span class="visually-hidden">{`, ${item().reference ?? t('apps.createdOn', { date: formatParisDate(item().createdAt, locale()) })}`}</span>
        </a>
      </h2>
      <p class="app-card__status">
        <StatusBadge status={item().status} />
        <Show when={!item().reference}>
          <span class="app-card__draft">{notSubmitted()}</span>
        </Show>
      </p>
      <dl class="app-card__facts">
        <Show when={item().reference}>
          {(reference) => (
            <div>
              <dt>{t('apps.reference')}</dt>
              <dd>{reference()}</dd>
            </div>
          )}
        </Show>
        <div>
          <dt>{t('apps.amount')}</dt>
          <dd>
            {item().amountRequestedCents === null ? t('journey.notProvided') : formatEuros(item().amountRequestedCents ?? 0, locale())}
          </dd>
        </div>
        <Show when={item().status === 'draft' && item().programClosesAt}>
          {(closesAt) => (
            <div>
              <dt>{t('deadline.label')}</dt>
              <dd>
                <DeadlineValue closesAt={closesAt()} />
              </dd>
            </div>
          )}
        </Show>
        <div>
          <dt>{t('apps.updatedAt')}</dt>
          <dd>{formatParisDate(item().updatedAt, locale())}</dd>
        </div>
      </dl>
    </article>
  );
}

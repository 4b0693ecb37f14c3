import { Match, Show, Switch } from 'solid-js';
import type { Application, TimelineEvent } from '../../../../functions/src/domain/application';
import { useI18n } from '../../i18n';
import { formatEuros, formatParisDateTime } from '../../../../functions/src/domain/format';

/** Path of the application form, owned by the form's own route. */
export function editPath(applicationId: string): string {
  return `/demandes/${encodeURIComponent(applicationId)}/modifier`;
}

/** The confirmation shown on arrival from the form's "Déposer" (`?deposee=1`), with the reference to keep. */
export function SubmittedBanner(props: { reference: string }) {
  const { t } = useI18n();
  return (
    <div class="callout callout--success" role="status">
      <p class="callout__title">{t('app.submitted.title')}</p>
      <p>{t('app.submitted.text', { reference: props.reference })}</p>
    </div>
  );
}

/**
 * When the ESS unit asks for changes: their latest message, quoted, and the way
 * to answer it. It sits above everything else, because nothing moves until the
 * applicant acts.
 */
export function ChangeRequestNotice(props: { application: Application; events: TimelineEvent[] }) {
  const { locale, t } = useI18n();
  const latest = () => props.events.filter((event) => event.type === 'changes_requested').sort((a, b) => b.at.localeCompare(a.at))[0];
  return (
    <section class="notice" aria-labelledby="changes-heading">
      <h2 id="changes-heading" class="notice__title">
        {t('app.changes.title')}
      </h2>
      <p>{t('app.changes.text')}</p>
      <Show when={latest()}>
        {(event) => (
          <figure class="notice__quote">
            <blockquote>
              <p>{event().message ?? ''}</p>
            </blockquote>
            <figcaption class="muted">{t('app.changes.sentOn', { date: formatParisDateTime(event().at, locale()) })}</figcaption>
          </figure>
        )}
      </Show>
      <a class="button" href={editPath(props.application.id)}>
        {t('app.edit')}
      </a>
    </section>
  );
}

/**
 * The decision, once there is one: the amount awarded, or the reason for a
 * refusal, as the decision email said it. It sits at the top, because it is what
 * the applicant came to read.
 */
export function DecisionNotice(props: { application: Application }) {
  const { locale, t } = useI18n();
  const decidedOn = () => (props.application.decidedAt ? formatParisDateTime(props.application.decidedAt, locale()) : '');
  return (
    <Switch>
      <Match when={props.application.status === 'approved'}>
        <section class="callout callout--success" aria-labelledby="decision-heading">
          <h2 id="decision-heading" class="callout__title">
            {t('app.decision.approvedTitle')}
          </h2>
          <p>
            {t('app.decision.approvedText', {
              amount: formatEuros(props.application.amountAwardedCents ?? 0, locale()),
              date: decidedOn(),
            })}
          </p>
        </section>
      </Match>
      <Match when={props.application.status === 'rejected'}>
        <section class="notice" aria-labelledby="decision-heading">
          <h2 id="decision-heading" class="notice__title">
            {t('app.decision.rejectedTitle')}
          </h2>
          <p>{t('app.decision.rejectedText', { date: decidedOn() })}</p>
          <Show when={props.application.decisionReason}>
            {(reason) => (
              <blockquote class="notice__quote">
                <p>{reason()}</p>
              </blockquote>
            )}
          </Show>
        </section>
      </Match>
    </Switch>
  );
}

import { Show } from 'solid-js';
import type { Application, TimelineEvent } from '../../../../functions/src/domain/application';
import { useI18n } from '../../i18n';
import { formatDateTime } from './date-time';

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
  const latest = () =>
    props.events.filter((event) => event.type === 'changes_requested').sort((a, b) => b.at.localeCompare(a.at))[0];
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
            <figcaption class="muted">{t('app.changes.sentOn', { date: formatDateTime(event().at, locale()) })}</figcaption>
          </figure>
        )}
      </Show>
      <a class="button" href={editPath(props.application.id)}>
        {t('app.edit')}
      </a>
    </section>
  );
}

import { onMount } from 'solid-js';
import { useI18n } from '../../i18n';
import type { ReviewSubject } from '../../lib/staff-api';
import { ReviewSubjectFacts } from './review-subject';

/**
 * After a reviewer declared a conflict of interest: the file has left their
 * queue and the manager was told, so the only way on is back to the queue.
 * The heading takes focus, since this page replaces the form just sent.
 */
export function ConflictDeclared(props: { subject: ReviewSubject; focus?: boolean }) {
  const { t } = useI18n();
  let heading: HTMLHeadingElement | undefined;
  onMount(() => {
    if (props.focus) heading?.focus();
  });
  return (
    <div class="page-narrow">
      <h1 ref={heading} tabindex="-1">
        {t('review.conflict.declaredTitle')}
      </h1>
      <p class="lead">{t('review.conflict.declaredText')}</p>
      <ReviewSubjectFacts subject={props.subject} />
      <p class="button-row">
        <a class="button" href={`/gestion/programmes/${encodeURIComponent(props.subject.programId)}`}>
          {t('review.backToQueue')}
        </a>
      </p>
    </div>
  );
}

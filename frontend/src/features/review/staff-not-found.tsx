import { useI18n } from '../../i18n';

/**
 * An application the reader cannot open: unknown, or not assigned to this
 * reviewer. The API answers the same 404 for both, so ids cannot be probed, and
 * so does this page.
 */
export function StaffNotFound() {
  const { t } = useI18n();
  return (
    <div class="page-narrow">
      <h1>{t('app.notFound')}</h1>
      <p class="lead">{t('review.app.notFoundText')}</p>
      <p>
        <a class="button" href="/gestion">
          {t('review.backToPrograms')}
        </a>
      </p>
    </div>
  );
}

import { NotFoundView } from '../components/not-found-view';
import { useI18n } from '../i18n';
import { usePageTitle } from '../lib/page-title';

/** Catch-all for unknown addresses. */
export default function NotFound() {
  const { t } = useI18n();
  usePageTitle(() => t('notFound.title'));
  return <NotFoundView title={t('notFound.title')} text={t('notFound.text')} />;
}

import { StaffPage } from '../components/staff/staff-page';
import { useI18n } from '../i18n';
import { usePageTitle } from '../lib/page-title';

/** Placeholder until the page is built. */
export default function Page() {
  const { t } = useI18n();
  usePageTitle(() => t('staff.area'));
  return (
    <StaffPage title={t('staff.area')}>
      <h1>{t('staff.area')}</h1>
    </StaffPage>
  );
}

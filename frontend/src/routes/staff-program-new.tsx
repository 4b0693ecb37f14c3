import { NewProgram } from '../features/programme-builder/new-program';
import { StaffPage } from '../shell/staff-page';
import { useI18n } from '../i18n';
import { usePageTitle } from '../lib/page-title';

/** /gestion/programmes/nouveau: a manager sets up a new call for projects, saved as a draft. */
export default function StaffProgramNewPage() {
  const { t } = useI18n();
  usePageTitle(() => t('builder.new.title'));
  return (
    <StaffPage title={t('builder.new.title')} roles={['manager']}>
      <NewProgram />
    </StaffPage>
  );
}

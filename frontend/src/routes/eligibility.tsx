import { useParams } from '@solidjs/router';
import { EligibilityPage } from '../features/eligibility/eligibility-page';
import { ProgramLoader } from '../components/program-loader';
import { useI18n } from '../i18n';

/** "Vérifier mon éligibilité" for one programme; an unknown programme gets the same "not found" page as its public page. */
export default function Eligibility() {
  const { locale, t } = useI18n();
  const params = useParams<{ programId: string }>();
  return (
    <ProgramLoader
      programId={params.programId}
      title={(program) => (program ? t('elig.docTitle', { program: program.title[locale()] }) : t('elig.title'))}
    >
      {(program) => <EligibilityPage program={program} />}
    </ProgramLoader>
  );
}

import { useParams } from '@solidjs/router';
import { ProgramDetails } from '../features/programmes/program-details';
import { ProgramLoader } from '../components/program-loader';
import { useI18n } from '../i18n';

/** A programme's public page; an unknown id gets a real "not found" page, not an error. */
export default function ProgramPage() {
  const { locale, t } = useI18n();
  const params = useParams<{ programId: string }>();
  return (
    <ProgramLoader programId={params.programId} title={(program) => program?.title[locale()] ?? t('program.docTitle')}>
      {(program) => <ProgramDetails program={program} />}
    </ProgramLoader>
  );
}

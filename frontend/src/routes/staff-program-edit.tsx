import { useParams, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { EditProgram } from '../features/programme-builder/edit-program';
import { StaffPage } from '../shell/staff-page';
import { useI18n } from '../i18n';
import { usePageTitle } from '../lib/page-title';

/** /gestion/programmes/:programId/modifier: a manager edits a programme, changes its status and reads its history. */
export default function StaffProgramEditPage() {
  const { t } = useI18n();
  const params = useParams<{ programId: string }>();
  const [search] = useSearchParams<{ cree?: string }>();
  usePageTitle(() => t('builder.edit.pageTitle'));
  return (
    <StaffPage title={t('builder.edit.pageTitle')} roles={['manager']}>
      <Show when={params.programId} keyed>
        {(programId) => <EditProgram programId={programId} created={search.cree === '1'} />}
      </Show>
    </StaffPage>
  );
}

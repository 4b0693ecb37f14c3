import { createResource, createSignal, Match, Show, Switch } from 'solid-js';
import { useI18n } from '../../i18n';
import { ApiError, getProgram } from '../../lib/api';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';
import { ProgramEditor } from './program-editor';

/**
 * Loads the programme to edit (managers read drafts too) and mounts a fresh
 * editor for each version loaded, so "reload after a conflict" starts from what
 * is stored now. `created` confirms the creation that led here.
 */
export function EditProgram(props: { programId: string; created: boolean }) {
  const { t } = useI18n();
  const [program, { refetch }] = createResource(() => props.programId, getProgram);
  const [notice, setNotice] = createSignal(props.created ? t('builder.new.created') : undefined);
  const notFound = () => program.error instanceof ApiError && program.error.status === 404;
  const reload = () => {
    setNotice(t('builder.stale.reloaded'));
    void refetch();
  };
  return (
    <Switch>
      <Match when={program.state === 'errored' && notFound()}>
        <h1>{t('builder.edit.notFound')}</h1>
        <p>{t('builder.edit.notFoundText')}</p>
        <p>
          <a href="/gestion">{t('builder.edit.backToList')}</a>
        </p>
      </Match>
      <Match when={program.state === 'errored'}>
        <h1>{t('builder.edit.pageTitle')}</h1>
        <ErrorAlert title={t('builder.edit.loadError')} onRetry={() => void refetch()} />
      </Match>
      <Match when={program.state === 'pending' || program.state === 'unresolved'}>
        <h1>{t('builder.edit.pageTitle')}</h1>
        <LoadingMessage />
      </Match>
      <Match when={program.latest}>
        <Show when={program.latest} keyed>
          {(loaded) => <ProgramEditor program={loaded} notice={notice()} onReload={reload} reloading={program.loading} />}
        </Show>
      </Match>
    </Switch>
  );
}

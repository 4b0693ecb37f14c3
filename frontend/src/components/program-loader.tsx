import { createResource, Match, Switch, type JSX } from 'solid-js';
import type { Program } from '../../../functions/src/domain/program';
import { useI18n } from '../i18n';
import { ApiError, getProgram } from '../lib/api';
import { usePageTitle } from '../lib/page-title';
import { NotFoundView } from './not-found-view';
import { ErrorAlert, LoadingMessage } from '../ui/status-views';

/**
 * Loads one programme for a page and handles the three other outcomes the same way
 * everywhere: loading, a real "not found" page for an unknown id, and a retryable error.
 */
export function ProgramLoader(props: {
  programId: string;
  /** The page title once the programme is known, and the heading/title while it is not. */
  title: (program: Program | undefined) => string;
  children: (program: Program) => JSX.Element;
}) {
  const { t } = useI18n();
  const [program, { refetch }] = createResource(() => props.programId, getProgram);
  const notFound = () => program.error instanceof ApiError && program.error.status === 404;
  usePageTitle(() => {
    if (program.state === 'ready') return props.title(program());
    return notFound() ? t('program.notFound') : props.title(undefined);
  });
  return (
    <Switch>
      <Match when={program.loading}>
        <LoadingMessage />
      </Match>
      <Match when={notFound()}>
        <NotFoundView title={t('program.notFound')} text={t('program.notFoundText')} />
      </Match>
      <Match when={program.error !== undefined}>
        <h1>{props.title(undefined)}</h1>
        <ErrorAlert title={t('program.loadError')} onRetry={() => void refetch()} />
      </Match>
      <Match when={program.state === 'ready' && program()} keyed>
        {(loaded) => props.children(loaded)}
      </Match>
    </Switch>
  );
}

import { createEffect, createResource, createSignal, Match, on, Switch, type JSX } from 'solid-js';
import type { Application } from '../../../../functions/src/domain/application';
import type { Program } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { ApiError, getApplication, getProgram, listEvents, type ApplicationView } from '../../lib/api';
import { usePageTitle } from '../../lib/page-title';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';
import { createNotice } from '../../components/action-notice';
import { StaffNotFound } from './staff-not-found';
import { WorkspaceLayout } from './workspace-layout';

/** What the role-specific panels read (reactively, through getters) and how they report a finished action. */
export type WorkspaceContext = {
  readonly application: Application;
  readonly program: Program | undefined;
  /** Changes after every action, for panels that load data of their own. */
  readonly reloadKey: number;
  /** Shows `message`, moves focus to it and reloads every part of the page. */
  done: (message: string) => void;
};

/**
 * One file for staff: loads the application, its programme and its timeline,
 * and reloads them all after each action while keeping the page on screen (so
 * focus can land on the confirmation and nothing typed elsewhere is lost).
 * `work` draws the reviewer's or the manager's panel.
 */
export function ApplicationWorkspace(props: {
  id: string;
  work: (context: WorkspaceContext) => JSX.Element;
  onReload?: () => void;
  initialNotice?: string | undefined;
}) {
  const { t } = useI18n();
  const [key, setKey] = createSignal(0);
  const source = () => ({ id: props.id, key: key() });
  const [view, { refetch }] = createResource(source, (current) => getApplication(current.id));
  const [events, { refetch: refetchEvents }] = createResource(source, (current) => listEvents(current.id));
  const loaded = (): ApplicationView | undefined => (view.error ? undefined : view.latest);
  const [program] = createResource(() => loaded()?.application.programId, getProgram);
  const currentProgram = () => (program.error ? undefined : program.latest);
  const notice = createNotice();
  const notFound = () => view.error instanceof ApiError && (view.error.status === 404 || view.error.status === 403);
  usePageTitle(() => (notFound() ? t('app.notFound') : loaded()?.application.project.title?.trim() || t('review.app.docTitle')));
  const context: WorkspaceContext = {
    get application() {
      return (loaded() as ApplicationView).application;
    },
    get program() {
      return currentProgram();
    },
    get reloadKey() {
      return key();
    },
    done: (message) => {
      setKey(key() + 1);
      props.onReload?.();
      notice.show(message);
    },
  };
  createEffect(
    on(
      () => loaded() !== undefined,
      (ready) => ready && props.initialNotice && notice.show(props.initialNotice),
    ),
  );
  return (
    <Switch>
      <Match when={notFound()}>
        <StaffNotFound />
      </Match>
      <Match when={view.error !== undefined}>
        <h1>{t('review.app.docTitle')}</h1>
        <ErrorAlert title={t('app.loadError')} onRetry={() => void refetch()} />
      </Match>
      <Match when={loaded()}>
        {(current) => (
          <WorkspaceLayout
            view={current()}
            program={currentProgram()}
            events={events.error ? undefined : events.latest}
            eventsFailed={events.error !== undefined}
            onEventsRetry={() => void refetchEvents()}
            reloadKey={key()}
            notice={<notice.Notice />}
            work={props.work(context)}
          />
        )}
      </Match>
      <Match when={view.loading}>
        <LoadingMessage />
      </Match>
    </Switch>
  );
}

import { createResource, createSignal, Match, Switch } from 'solid-js';
import { useI18n } from '../../i18n';
import { ApiError } from '../../lib/api';
import { usePageTitle } from '../../lib/page-title';
import { getMyReview, type ReviewState } from '../../lib/staff-api';
import { ErrorAlert, LoadingMessage } from '../../ui/status-views';
import { ApplicationWorkspace } from './application-workspace';
import { ConflictDeclaration } from './conflict-declaration';
import { ConflictDeclared } from './conflict-declared';
import { MyReview } from './my-review';
import { ReviewActions } from './review-actions';
import type { ReasonFormSlot } from './review-slots';
import { StaffNotFound } from './staff-not-found';
import './review.css';

const ASSIGNED_REVIEWER = { role: 'reviewer', isOwner: false, isAssigned: true } as const;

/**
 * A file as an assigned reviewer meets it: first the conflict-of-interest
 * declaration (on the subject only), then, with no conflict, the whole file
 * with their rubric; with a conflict, the explanation that it left their queue.
 */
export function ReviewerApplication(props: { id: string; reasonForm: ReasonFormSlot }) {
  const { t } = useI18n();
  const [state, { mutate, refetch }] = createResource(() => props.id, getMyReview);
  const [declaredNow, setDeclaredNow] = createSignal(false);
  const current = () => (state.error ? undefined : state.latest);
  const conflicted = () => (current()?.state === 'conflict_declared' ? current() : undefined);
  const assigned = () => {
    const value = current();
    return value?.state === 'review' ? value : undefined;
  };
  const notFound = () => state.error instanceof ApiError && (state.error.status === 404 || state.error.status === 403);
  usePageTitle(() => (notFound() ? t('app.notFound') : current()?.subject.projectTitle?.trim() || t('review.app.docTitle')));
  const declared = (next: ReviewState) => {
    setDeclaredNow(true);
    mutate(next);
  };
  const submitted = (next: ReviewState) => mutate(next);
  return (
    <Switch>
      <Match when={notFound()}>
        <StaffNotFound />
      </Match>
      <Match when={state.error !== undefined}>
        <h1>{t('review.app.docTitle')}</h1>
        <ErrorAlert title={t('app.loadError')} onRetry={() => void refetch()} />
      </Match>
      <Match when={conflicted()}>{(value) => <ConflictDeclared subject={value().subject} focus={declaredNow()} />}</Match>
      <Match when={assigned()?.assignment.conflict === 'pending' ? assigned() : undefined}>
        {(value) => <ConflictDeclaration subject={value().subject} onDeclared={declared} />}
      </Match>
      <Match when={assigned()}>
        {(value) => (
          <ApplicationWorkspace
            id={props.id}
            onReload={() => void refetch()}
            initialNotice={declaredNow() ? t('review.conflict.noneDone') : undefined}
            work={(context) => (
              <>
                <ReviewActions
                  application={context.application}
                  actor={ASSIGNED_REVIEWER}
                  onDone={context.done}
                  reasonForm={props.reasonForm}
                />
                <MyReview
                  application={context.application}
                  program={context.program}
                  review={value().review}
                  onSaved={mutate}
                  onSubmitted={(next) => {
                    submitted(next);
                    context.done(t('review.mine.done'));
                  }}
                  onReload={() => void refetch()}
                />
              </>
            )}
          />
        )}
      </Match>
      <Match when={state.loading}>
        <LoadingMessage />
      </Match>
    </Switch>
  );
}

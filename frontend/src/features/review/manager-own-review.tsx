import { createResource, Match, Switch } from 'solid-js';
import { useI18n } from '../../i18n';
import { ApiError } from '../../lib/api';
import { getMyReview, type ReviewState } from '../../lib/staff-api';
import { ErrorAlert } from '../../ui/status-views';
import type { WorkspaceContext } from './application-workspace';
import { ConflictForm } from './conflict-declaration';
import { MyReview } from './my-review';

/** The manager's own position on the file: null when they are not among its reviewers (the API's 404). */
async function ownReview(applicationId: string): Promise<ReviewState | null> {
  try {
    return await getMyReview(applicationId);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * A manager may also be one of the file's reviewers. Then, as any reviewer, they
 * declare first and score the rubric after; otherwise nothing is shown here.
 */
export function ManagerOwnReview(props: { context: WorkspaceContext }) {
  const { t } = useI18n();
  const [state, { mutate, refetch }] = createResource(
    () => ({ id: props.context.application.id, key: props.context.reloadKey }),
    (source) => ownReview(source.id),
  );
  const current = () => (state.error ? undefined : state.latest);
  const assigned = () => {
    const value = current();
    return value?.state === 'review' ? value : undefined;
  };
  const declared = (next: ReviewState) => {
    mutate(next);
    props.context.done(next.state === 'review' ? t('review.conflict.noneDone') : t('review.mine.conflictDeclared'));
  };
  return (
    <Switch>
      <Match when={state.error !== undefined}>
        <ErrorAlert title={t('review.mine.loadError')} onRetry={() => void refetch()} />
      </Match>
      <Match when={current()?.state === 'conflict_declared'}>
        <section class="work-section" aria-labelledby="own-review-heading">
          <h2 id="own-review-heading">{t('review.mine.title')}</h2>
          <p>{t('review.mine.conflictDeclared')}</p>
        </section>
      </Match>
      <Match when={assigned()?.assignment.conflict === 'pending' ? assigned() : undefined}>
        {(value) => (
          <section class="work-section" aria-labelledby="own-review-heading">
            <h2 id="own-review-heading">{t('review.mine.title')}</h2>
            <p>{t('review.mine.declareFirst')}</p>
            <ConflictForm subject={value().subject} heading="h3" onDeclared={declared} />
          </section>
        )}
      </Match>
      <Match when={assigned()}>
        {(value) => (
          <MyReview
            application={props.context.application}
            program={props.context.program}
            review={value().review}
            onSaved={(next) => mutate(next)}
            onSubmitted={(next) => {
              mutate(next);
              props.context.done(t('review.mine.done'));
            }}
            onReload={() => void refetch()}
          />
        )}
      </Match>
    </Switch>
  );
}

import { createEffect, Match, Switch } from 'solid-js';
import { useI18n } from '../../i18n';
import type { SaveFailure } from './save-errors';

/** The last save's outcome on show: a confirmation, or a failure other than fields to fix (those go to the error summary). */
export type SaveOutcome = { kind: 'saved'; message: string } | Exclude<SaveFailure, { kind: 'invalid' }>;

/**
 * Says how the last save went. A success is announced politely; a failure is an
 * alert that takes focus, says that nothing typed was lost, and, when someone else
 * saved meanwhile, offers to load their version (saying that this discards the
 * manager's changes) or to look at it first in another tab.
 */
export function SaveOutcomeView(props: {
  outcome: SaveOutcome | undefined;
  programHref?: string;
  onReload?: () => void;
  reloading?: boolean;
}) {
  const { locale, t } = useI18n();
  let alert: HTMLDivElement | undefined;
  createEffect(() => {
    if (props.outcome && props.outcome.kind !== 'saved') requestAnimationFrame(() => alert?.focus());
  });
  return (
    <>
      <div class="builder-notice-slot" role="status">
        {props.outcome?.kind === 'saved' ? <p class="builder-notice">{props.outcome.message}</p> : null}
      </div>
      <Switch>
        <Match when={props.outcome?.kind === 'stale' && props.outcome}>
          {(stale) => (
            <div ref={alert} class="alert alert--error builder-alert" role="alert" tabindex="-1">
              <p class="alert__title">{t('builder.stale.title')}</p>
              <p>{t('builder.stale.text', { version: stale().currentVersion })}</p>
              <div class="button-row">
                <button type="button" class="button" disabled={props.reloading} onClick={() => props.onReload?.()}>
                  {t('builder.stale.reload')}
                </button>
                <a href={props.programHref} target="_blank" rel="noopener">
                  {t('builder.stale.compare')} <span class="visually-hidden">{t('builder.newTab')}</span>
                </a>
              </div>
            </div>
          )}
        </Match>
        <Match when={props.outcome?.kind === 'refused' && props.outcome}>
          {(refused) => (
            <div ref={alert} class="alert alert--error builder-alert" role="alert" tabindex="-1">
              <p class="alert__title">{t('builder.refused.title')}</p>
              <p>{refused().detail?.[locale()] ?? t('builder.refused.text')}</p>
              <p>{t('builder.keptEdits')}</p>
            </div>
          )}
        </Match>
        <Match when={props.outcome?.kind === 'failed'}>
          <div ref={alert} class="alert alert--error builder-alert" role="alert" tabindex="-1">
            <p class="alert__title">{t('builder.failed.title')}</p>
            <p>{t('builder.failed.text')}</p>
          </div>
        </Match>
      </Switch>
    </>
  );
}

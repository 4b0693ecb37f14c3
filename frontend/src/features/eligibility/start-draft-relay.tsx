import { useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, Show, untrack } from 'solid-js';
import type { EligibilityAnswersInput } from '../../../../functions/src/domain/eligibility-schema';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../lib/current-user';
import type { StartDraft } from './use-start-draft';
import { takeStartDraftIntent } from './wizard-draft';

/**
 * Back from sign-in on `?deposer=1`: once the session is known, creates the
 * draft from the answers saved before sign-in and returns them (for a retry),
 * or undefined when there is nothing to create. The flag leaves the address at
 * once, so a reload or the Back button never creates a second draft.
 */
export function useStartDraftOnReturn(programId: string, startDraft: StartDraft) {
  const [params, setParams] = useSearchParams<{ deposer?: string }>();
  const user = useCurrentUser();
  const [intent, setIntent] = createSignal<EligibilityAnswersInput>();
  createEffect(() => {
    if (params.deposer !== '1') return;
    const who = user();
    if (who === undefined) return;
    untrack(() => {
      const saved = who ? takeStartDraftIntent(programId) : undefined;
      setParams({ deposer: undefined }, { replace: true });
      if (!saved) return;
      setIntent(saved);
      void startDraft.createNow(saved, true);
    });
  });
  return { intent, cancel: () => setIntent(undefined) };
}

/** What the wizard shows instead of itself while that draft is being created, or when creating it failed. */
export function StartDraftRelay(props: { startDraft: StartDraft; answers: EligibilityAnswersInput; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <Show
      when={props.startDraft.error()}
      fallback={
        <p class="status-message" role="status">
          {t('elig.startDraft.creating')}
        </p>
      }
    >
      <div class="alert alert--error" role="alert">
        <p class="alert__title">{props.startDraft.error()}</p>
        <div class="button-row">
          <button
            type="button"
            class="button"
            disabled={props.startDraft.pending()}
            onClick={() => void props.startDraft.createNow(props.answers, true)}
          >
            {t('status.retry')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => props.onCancel()}>
            {t('elig.startDraft.backToAnswers')}
          </button>
        </div>
      </div>
    </Show>
  );
}

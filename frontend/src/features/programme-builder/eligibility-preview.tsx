import { createMemo, Index, Show } from 'solid-js';
import { parisToday } from '../../../../functions/src/domain/calendar';
import { evaluateEligibility } from '../../../../functions/src/domain/eligibility';
import { useI18n } from '../../i18n';
import { useBuilder } from './builder-state';
import { rulesReadiness } from './program-validation';
import { pathLabel } from './field-paths';
import { sampleProfiles } from './sample-profiles';
import { SampleResult } from './sample-result';

/**
 * The rules tried on six made-up applicants at every change, with the engine the
 * wizard and the API run, so a manager sees who a cap or an age limit shuts out
 * before publishing. The count is announced politely; while the rules are
 * incomplete or invalid the panel says it is waiting rather than guessing.
 */
export function EligibilityPreview() {
  const { t } = useI18n();
  const { draft } = useBuilder();
  const today = parisToday(new Date());
  const readiness = createMemo(() => rulesReadiness(draft.rules));
  const pending = () => {
    const state = readiness();
    return 'pending' in state ? [...new Set(state.pending.map((path) => pathLabel(path.replace(/\.\d+(\..*)?$/, ''), t)))] : [];
  };
  const results = createMemo(() => {
    const state = readiness();
    if (!('rules' in state)) return null;
    const { rules } = state;
    return sampleProfiles(rules, today).map((profile) => ({
      profile,
      result: evaluateEligibility(rules, profile.answers, today, { communeName: profile.communeName }),
    }));
  });
  const passing = () => results()?.filter((r) => r.result.eligible).length ?? 0;
  return (
    <section class="builder-preview" aria-labelledby="builder-preview-title">
      <div class="builder-preview__inner panel" tabindex="0">
        <h2 id="builder-preview-title" class="builder-preview__title">
          {t('builder.preview.title')}
        </h2>
        <p class="builder-preview__intro">{t('builder.preview.intro')}</p>
        <p class="builder-preview__count" aria-live="polite">
          {results() ? t('builder.preview.count', { passing: passing(), total: results()?.length ?? 0 }) : t('builder.preview.waiting')}
        </p>
        <Show when={pending().length > 0}>
          <p class="builder-preview__pending">{t('builder.preview.pending', { fields: pending().join(', ') })}</p>
        </Show>
        <Show when={results()}>
          {(list) => (
            <ul class="builder-samples">
              <Index each={list()}>{(entry) => <SampleResult profile={entry().profile} result={entry().result} />}</Index>
            </ul>
          )}
        </Show>
      </div>
    </section>
  );
}

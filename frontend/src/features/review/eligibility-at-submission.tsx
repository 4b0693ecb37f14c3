import { Show } from 'solid-js';
import type { EligibilityResult } from '../../../../functions/src/domain/eligibility-schema';
import { useI18n } from '../../i18n';
import { CriterionList } from '../../components/criterion-list';

/**
 * The eligibility verdict the API recomputed when the file was last submitted,
 * criterion by criterion, with the verdict in words and a symbol. Files sent
 * before the verdict was kept say so rather than showing nothing.
 */
export function EligibilityAtSubmission(props: { result: EligibilityResult | null | undefined }) {
  const { t } = useI18n();
  return (
    <section class="app-section" aria-labelledby="eligibility-heading">
      <h2 id="eligibility-heading">{t('review.eligibility.title')}</h2>
      <Show when={props.result} fallback={<p class="muted">{t('review.eligibility.absent')}</p>}>
        {(result) => (
          <>
            <p class={`review-verdict ${result().eligible ? 'review-verdict--ok' : 'review-verdict--ko'}`}>
              <span aria-hidden="true">{result().eligible ? '✓ ' : '✗ '}</span>
              {result().eligible ? t('review.eligibility.eligible') : t('review.eligibility.ineligible')}
            </p>
            <CriterionList criteria={result().criteria} />
          </>
        )}
      </Show>
    </section>
  );
}

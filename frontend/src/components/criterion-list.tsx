import { For } from 'solid-js';
import type { CriterionResult } from '../../../functions/src/domain/eligibility-schema';
import { useI18n } from '../i18n';
import './criterion-list.css';

/**
 * One line per criterion: its name, "Respecté" / "Non respecté" written out next
 * to a ✓ / ✗ (never colour alone), and the engine's reason in the reader's language.
 */
export function CriterionList(props: { criteria: CriterionResult[] }) {
  const { locale, t } = useI18n();
  return (
    <ul class="criteria">
      <For each={props.criteria}>
        {(criterion) => (
          <li class={`criterion ${criterion.passed ? 'criterion--passed' : 'criterion--failed'}`}>
            <p class="criterion__head">
              <span class="criterion__name">{t(`elig.criterion.${criterion.id}`)}</span>
              <span class="criterion__status">
                <span class="criterion__icon" aria-hidden="true">
                  {criterion.passed ? '✓' : '✗'}
                </span>
                <span class="visually-hidden"> : </span>
                {criterion.passed ? t('elig.verdict.passed') : t('elig.verdict.failed')}
              </span>
            </p>
            <p class="criterion__reason">{criterion.reason[locale()]}</p>
          </li>
        )}
      </For>
    </ul>
  );
}

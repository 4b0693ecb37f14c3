import { createSignal, Show } from 'solid-js';
import { parseEuros } from '../../../../functions/src/domain/money';
import { useI18n } from '../../i18n';
import { describedBy, FieldError } from '../../ui/field';
import type { QuestionProps } from './wizard-questions';
import { formatEuros, formatPercent } from '../../../../functions/src/domain/format';

/**
 * Questions 4 and 5: an amount in euros, typed the French way ("12 000",
 * "12 000,50") or any other common way. The amount as understood is written
 * back under the field, so a misplaced comma is seen before the verdict.
 */
export function MoneyQuestion(props: QuestionProps & { kind: 'amount' | 'budget' }) {
  const { locale, t } = useI18n();
  const [left, setLeft] = createSignal(false);
  const id = `elig-${props.kind}`;
  const text = () => props.draft[props.kind];
  const cents = () => parseEuros(text());
  const rules = () => props.program.rules;
  const hint = () =>
    props.kind === 'amount'
      ? t('elig.amount.hint', { min: formatEuros(rules().minAmountCents, locale()), max: formatEuros(rules().maxAmountCents, locale()) })
      : t('elig.budget.hint', { percent: formatPercent(rules().maxShareOfBudgetPercent, locale()) });
  const error = () => props.error(props.kind) ?? (left() && text().trim() !== '' && cents() === null ? t('elig.error.moneyFormat') : undefined);
  return (
    <div class="question">
      <h2 id="wizard-heading" class="question__heading" tabindex="-1">
        <label for={id}>{t(props.kind === 'amount' ? 'elig.amount.question' : 'elig.budget.question')}</label>
      </h2>
      <p id={`${id}-hint`} class="hint">
        {hint()} {t('elig.money.example')}
      </p>
      <FieldError id={`${id}-error`} message={error()} />
      <div class="money-input">
        <input
          id={id}
          class="input input--money"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          maxlength={40}
          value={text()}
          aria-describedby={describedBy(`${id}-hint`, cents() !== null && `${id}-readback`, error() && `${id}-error`)}
          aria-invalid={error() ? true : undefined}
          onInput={(event) => {
            setLeft(false);
            props.update(props.kind, event.currentTarget.value);
          }}
          onBlur={() => setLeft(true)}
        />
        <span class="money-input__unit" aria-hidden="true">
          €
        </span>
      </div>
      <Show when={cents() !== null}>
        <p id={`${id}-readback`} class="readback">
          {t('elig.money.readback', { amount: formatEuros(cents() ?? 0, locale()) })}
        </p>
      </Show>
    </div>
  );
}

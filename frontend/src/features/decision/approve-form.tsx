import { useAction, useSubmission } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { parseEuros } from '../../../../functions/src/domain/money';
import { useI18n } from '../../i18n';
import { MoneyField } from '../../ui/money-field';
import { splitProblem } from '../../lib/api-problem';
import { amountForInput } from '../../lib/review-format';
import { transitionAction } from '../../lib/staff-actions';
import { formatEuros } from '../../../../functions/src/domain/format';

/**
 * "Accorder": the amount in euros, prefilled with the amount requested and never
 * above it, read back on the button ("Accorder 12 000 €") so a misplaced comma is
 * seen before sending. The envelope is checked by the API in the same transaction
 * as the decision; its 409 says what remains, and the amount typed stays.
 */
export function ApproveForm(props: {
  applicationId: string;
  requestedCents: number;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { locale, t } = useI18n();
  const run = useAction(transitionAction);
  const submission = useSubmission(transitionAction, ([, transition]) => transition.event === 'approve');
  const [text, setText] = createSignal(amountForInput(props.requestedCents, locale()));
  const [error, setError] = createSignal<{ field?: string | undefined; form?: string | undefined }>({});
  const cents = () => parseEuros(text());
  let input: HTMLInputElement | undefined;
  onMount(() => input?.focus());
  const check = (amount: number | null): string | undefined => {
    if (amount === null) return t('review.approve.format');
    if (amount <= 0) return t('review.approve.positive');
    if (amount > props.requestedCents) return t('review.approve.tooMuch', { requested: formatEuros(props.requestedCents, locale()) });
    return undefined;
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const amount = cents();
    const problem = check(amount);
    if (problem || amount === null) {
      setError({ field: problem });
      return input?.focus();
    }
    setError({});
    try {
      await run(props.applicationId, { event: 'approve', amountAwardedCents: amount });
      props.onDone(t('review.approve.done', { amount: formatEuros(amount, locale()) }));
    } catch (failure) {
      const refused = splitProblem(failure, locale(), t('status.unavailable'));
      setError({ field: refused.fields['body.amountAwardedCents'], form: refused.form });
    }
  };
  return (
    <form class="stack" novalidate onSubmit={(event) => void submit(event)}>
      <Show when={error().form}>
        <p class="alert alert--error" role="alert">
          {error().form}
        </p>
      </Show>
      <MoneyField
        ref={(element) => (input = element)}
        id="approve-amount"
        label={t('review.approve.label')}
        hint={t('review.approve.hint', { requested: formatEuros(props.requestedCents, locale()) })}
        error={error().field}
        unit="€"
        maxLength={40}
        value={text()}
        onInput={setText}
      />
      <div class="button-row">
        <button type="submit" class="button" disabled={submission.pending}>
          {submission.pending
            ? t('review.action.pending')
            : cents() !== null && !check(cents())
              ? t('review.approve.submitAmount', { amount: formatEuros(cents() ?? 0, locale()) })
              : t('review.approve.submit')}
        </button>
        <button type="button" class="button button--secondary" disabled={submission.pending} onClick={() => props.onCancel()}>
          {t('review.action.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * The expense lines or the other funding lines of the financing plan. Lines are
 * rendered by position (`Index`), so each field keeps the id its errors point at
 * ('budget.expenses.1.amountCents') when a line above it is removed.
 */
import { Index, Show } from 'solid-js';
import { produce } from 'solid-js/store';
import { FUNDING_KINDS, type BudgetDraft } from '../../../../../functions/src/domain/application';
import { useI18n } from '../../../i18n';
import { fieldId } from '../form-paths';
import { FormSelect } from '../choice-fields';
import { useForm } from '../form-context';
import { FormMoneyField } from '../number-fields';
import { FormTextField } from '../text-fields';

type Kind = 'expenses' | 'funding';
type Line = NonNullable<BudgetDraft['funding']>[number];

/** Lines of one kind with add and remove buttons; focus goes to the new line, or back to "Ajouter" after a removal. */
export function BudgetLines(props: { kind: Kind }) {
  const form = useForm();
  const { t } = useI18n();
  let addButton: HTMLButtonElement | undefined;
  const lines = (): Line[] => form.draft.budget[props.kind] ?? [];
  const update = (change: (lines: Line[]) => void) => {
    form.setDraft(
      'budget',
      produce((budget) => {
        budget[props.kind] ??= [];
        change(budget[props.kind]!);
      }),
    );
    form.changed('budget');
  };
  const add = () => {
    const index = lines().length;
    update((all) => void all.push({ label: '' }));
    queueMicrotask(() => document.getElementById(fieldId(`budget.${props.kind}.${index}.label`))?.focus());
  };
  const remove = (index: number) => {
    update((all) => void all.splice(index, 1));
    addButton?.focus();
  };
  const setLine = (index: number, patch: Partial<Line>) =>
    update((all) => {
      all[index] = { ...all[index], ...patch };
    });
  return (
    <>
      <Show when={lines().length === 0}>
        <p class="muted">{t(`form.budget.${props.kind}.empty`)}</p>
      </Show>
      <ol class="form-budget-lines">
        <Index each={lines()}>
          {(line, index) => (
            <li class="form-budget-line">
              <fieldset class="form-budget-line__fields">
                <legend class="form-budget-line__legend">{t(`form.budget.${props.kind}.line`, { n: index + 1 })}</legend>
                <FormTextField
                  path={`budget.${props.kind}.${index}.label`}
                  label={t('form.budget.lineLabel')}
                  required
                  value={line().label}
                  onValue={(label) => setLine(index, { label })}
                  maxLength={200}
                />
                <Show when={props.kind === 'funding'}>
                  <FormSelect
                    path={`budget.funding.${index}.kind`}
                    label={t('form.budget.kind')}
                    required
                    options={FUNDING_KINDS.map((value) => ({ value, label: t(`form.budget.kind.${value}`) }))}
                    value={line().kind}
                    onValue={(kind) => setLine(index, { kind })}
                  />
                </Show>
                <FormMoneyField
                  path={`budget.${props.kind}.${index}.amountCents`}
                  label={t('form.budget.amount')}
                  required
                  value={line().amountCents}
                  onValue={(amountCents) => setLine(index, { amountCents })}
                />
              </fieldset>
              <button
                type="button"
                class="button button--secondary button--small form-budget-line__remove"
                aria-label={t(`form.budget.${props.kind}.remove`, { n: index + 1 })}
                onClick={() => remove(index)}
              >
                {t('form.remove')}
              </button>
            </li>
          )}
        </Index>
      </ol>
      <button ref={addButton} type="button" class="button button--secondary" onClick={add}>
        {t(`form.budget.${props.kind}.add`)}
      </button>
    </>
  );
}

/**
 * Step 4: the programme's own questions. They are data set by the programme
 * manager, so each one is rendered by its type, in the applicant's language.
 */
import { For, Match, Show, Switch } from 'solid-js';
import type { Question } from '../../../../../functions/src/domain/program';
import { useI18n } from '../../../i18n';
import { FormRadios, FormSelect, FormYesNo } from '../choice-fields';
import { useForm } from '../form-context';
import { FormNumberField } from '../number-fields';
import { FormTextArea, FormTextField } from '../text-fields';

/** Radios read best up to five options; beyond that a select keeps the page short on a phone. */
const MAX_RADIOS = 5;

function QuestionField(props: { question: Question }) {
  const form = useForm();
  const { locale } = useI18n();
  const q = () => props.question;
  const value = () => form.draft.answers[q().id];
  /** An emptied answer is removed rather than stored empty, so a required one reads "obligatoire". */
  const answer = (next: string | number | boolean | undefined) => form.edit('answers', { [q().id]: next === '' ? undefined : next });
  const common = () => ({
    path: `answers.${q().id}`,
    label: q().label[locale()],
    hint: q().help?.[locale()],
    required: q().required,
  });
  const text = () => (typeof value() === 'string' ? (value() as string) : undefined);
  const options = () => (q().options ?? []).map((option) => ({ value: option.value, label: option.label[locale()] }));
  return (
    <Switch>
      <Match when={q().type === 'text'}>
        <FormTextField {...common()} value={text()} onValue={answer} maxLength={300} />
      </Match>
      <Match when={q().type === 'longtext'}>
        <FormTextArea {...common()} value={text()} onValue={answer} maxLength={5000} />
      </Match>
      <Match when={q().type === 'date'}>
        <FormTextField {...common()} type="date" value={text()} onValue={answer} maxLength={10} width="short" />
      </Match>
      <Match when={q().type === 'number'}>
        <FormNumberField {...common()} value={typeof value() === 'number' ? (value() as number) : undefined} onValue={answer} />
      </Match>
      <Match when={q().type === 'yesno'}>
        <FormYesNo {...common()} value={typeof value() === 'boolean' ? (value() as boolean) : undefined} onValue={answer} />
      </Match>
      <Match when={q().type === 'choice' && options().length <= MAX_RADIOS}>
        <FormRadios {...common()} options={options()} value={text()} onValue={answer} />
      </Match>
      <Match when={q().type === 'choice'}>
        <FormSelect {...common()} options={options()} value={text()} onValue={answer} />
      </Match>
    </Switch>
  );
}

/** One field per programme question, in the programme's order; a programme without questions says so. */
export function QuestionsStep() {
  const form = useForm();
  const { t } = useI18n();
  return (
    <Show when={form.program.questions.length > 0} fallback={<p>{t('form.questions.none')}</p>}>
      <For each={form.program.questions}>{(question) => <QuestionField question={question} />}</For>
    </Show>
  );
}

import { createMemo, For, Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { BuilderTextField } from './builder-fields';
import { useBuilder } from './builder-state';
import { parseCommunes, type CommuneLineProblem } from './communes-text';
import { formatNumber } from '../../../../functions/src/domain/format';

/** Bad lines listed at once; a pasted file full of errors gets a count for the rest. */
const SHOWN = 20;
const LINES_ID = 'pb-communes-lines';

/**
 * The territory: its name and its communes, one per line (`INSEE;code postal;nom`).
 * Lines that cannot be read are listed with their number and the reason, as the
 * manager types, and the count of communes read is announced politely.
 */
export function TerritoryFields() {
  const { locale, t } = useI18n();
  const { draft, setDraft } = useBuilder();
  const parsed = createMemo(() => parseCommunes(draft.rules.communes));
  const lineText = (problem: CommuneLineProblem) =>
    t('builder.communes.line', { line: problem.line, reason: t(`builder.communes.error.${problem.code}`), text: problem.text });
  return (
    <fieldset class="form-field form-group builder-subsection">
      <legend class="form-field__label">{t('builder.territory.legend')}</legend>
      <BuilderTextField
        path="rules.territory.name"
        label={t('builder.territoryName.label')}
        hint={t('builder.territoryName.hint')}
        value={draft.rules.territoryName}
        onInput={(value) => setDraft('rules', 'territoryName', value)}
        maxLength={200}
      />
      <BuilderTextField
        path="rules.territory.communes"
        label={t('builder.communes.label')}
        hint={t('builder.communes.hint')}
        value={draft.rules.communes}
        onInput={(value) => setDraft('rules', 'communes', value)}
        describedBy={parsed().problems.length > 0 ? LINES_ID : undefined}
        multiline
        maxLength={100_000}
      />
      <p class="builder-count" aria-live="polite">
        {t('builder.communes.count', { count: formatNumber(parsed().communes.length, locale()) })}
      </p>
      <Show when={parsed().problems.length > 0}>
        <ul id={LINES_ID} class="builder-line-errors" aria-label={t('builder.communes.problemsLabel')}>
          <For each={parsed().problems.slice(0, SHOWN)}>{(problem) => <li>{lineText(problem)}</li>}</For>
          <Show when={parsed().problems.length > SHOWN}>
            <li>{t('builder.communes.more', { count: parsed().problems.length - SHOWN })}</li>
          </Show>
        </ul>
      </Show>
    </fieldset>
  );
}

import { action, useAction, useSubmission } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import type { Program, ProgramInput, ProgramStatus } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { updateProgram } from '../../lib/staff-api';
import { createBuilderState } from './builder-state';
import { ProgramHistory } from './program-history';
import { ProgramForm } from './program-form';
import { draftFromProgram } from './program-draft';
import { saveFailure } from './save-errors';
import { SaveOutcomeView, type SaveOutcome } from './save-outcome';
import { StatusActions, type StatusMove } from './status-actions';
import { useUnsavedGuard } from './unsaved-guard';

const saveProgram = action((id: string, input: ProgramInput & { version: number }) => updateProgram(id, input), 'builder-update');

/**
 * A stored programme being edited: where it stands, its status moves, the form,
 * and its history. Every save sends the whole programme with the version it was
 * based on; what typed meanwhile stays, and nothing is lost when a save fails.
 */
export function ProgramEditor(props: { program: Program; notice?: string | undefined; onReload: () => void; reloading: boolean }) {
  const { locale, t } = useI18n();
  const [saved, setSaved] = createSignal(props.program);
  const state = createBuilderState(draftFromProgram(props.program));
  const update = useAction(saveProgram);
  const submission = useSubmission(saveProgram);
  const [outcome, setOutcome] = createSignal<SaveOutcome | undefined>(props.notice ? { kind: 'saved', message: props.notice } : undefined);
  useUnsavedGuard(state.dirty);
  const pending = () => submission.pending ?? false;
  const href = (suffix = '') => `/gestion/programmes/${encodeURIComponent(saved().id)}${suffix}`;

  const save = async (status: ProgramStatus, done: string) => {
    setOutcome(undefined);
    const input = state.validate();
    if (!input) return;
    const sent = state.snapshot();
    const version = saved().version;
    try {
      const program = await update(saved().id, { ...input, status, version });
      setSaved(program);
      state.setDraft('status', program.status);
      state.markSaved({ ...sent, status: program.status });
      setOutcome({ kind: 'saved', message: done });
    } catch (error) {
      const failure = saveFailure(error, sent, version);
      if (failure.kind === 'invalid') state.showProblems(failure.problems);
      else setOutcome(failure);
    }
  };
  const move = (step: StatusMove, to: ProgramStatus) => save(to, t(`builder.move.${step}.done`));

  return (
    <div class="builder">
      <p class="builder-eyebrow">{t('builder.edit.eyebrow')}</p>
      <h1>{saved().title[locale()]}</h1>
      <ul class="builder-links">
        <li>
          <a href={href()}>{t('builder.links.queue')}</a>
        </li>
        <li>
          <a href={href('/tableau-de-bord')}>{t('builder.links.dashboard')}</a>
        </li>
        <Show when={saved().status !== 'draft'}>
          <li>
            <a href={`/programmes/${encodeURIComponent(saved().id)}`}>{t('builder.links.public')}</a>
          </li>
        </Show>
      </ul>
      <SaveOutcomeView outcome={outcome()} programHref={href('/modifier')} onReload={props.onReload} reloading={props.reloading} />
      <StatusActions status={saved().status} pending={pending()} dirty={state.dirty()} onMove={move} />
      <ProgramForm
        state={state}
        creating={false}
        submitLabel={t('builder.edit.submit')}
        pending={pending()}
        savedNote={outcome()?.kind === 'saved' ? t('builder.edit.upToDate') : undefined}
        onSubmit={() => void save(saved().status, t('builder.edit.saved'))}
      />
      <ProgramHistory programId={saved().id} version={saved().version} />
    </div>
  );
}

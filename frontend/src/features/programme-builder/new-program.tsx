import { action, useAction, useNavigate, useSubmission } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { parisToday } from '../../../../functions/src/domain/calendar';
import type { ProgramInput } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { createProgram } from '../../lib/staff-api';
import { createBuilderState } from './builder-state';
import { ProgramForm } from './program-form';
import { newProgramDraft } from './program-draft';
import { saveFailure } from './save-errors';
import { SaveOutcomeView, type SaveOutcome } from './save-outcome';
import { useUnsavedGuard } from './unsaved-guard';

const createDraft = action((input: ProgramInput) => createProgram(input), 'builder-create');

/**
 * A new programme from sensible defaults; "Créer le brouillon" checks it with the
 * shared rules, creates it as a draft and opens its edit page, which confirms it.
 * On failure everything typed stays in the form.
 */
export function NewProgram() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const state = createBuilderState(newProgramDraft(parisToday(new Date())));
  const create = useAction(createDraft);
  const submission = useSubmission(createDraft);
  const [outcome, setOutcome] = createSignal<SaveOutcome>();
  useUnsavedGuard(state.dirty);
  const submit = async () => {
    setOutcome(undefined);
    const input = state.validate();
    if (!input) return;
    const sent = state.snapshot();
    try {
      const program = await create({ ...input, status: 'draft' });
      state.markSaved(state.snapshot());
      navigate(`/gestion/programmes/${encodeURIComponent(program.id)}/modifier?cree=1`);
    } catch (error) {
      const failure = saveFailure(error, sent);
      if (failure.kind === 'invalid') state.showProblems(failure.problems);
      else setOutcome(failure);
    }
  };
  return (
    <div class="builder">
      <h1>{t('builder.new.title')}</h1>
      <p class="lead">{t('builder.new.intro')}</p>
      <ProgramForm
        state={state}
        creating
        submitLabel={t('builder.new.submit')}
        pending={submission.pending ?? false}
        onSubmit={() => void submit()}
        before={<SaveOutcomeView outcome={outcome()} />}
      />
    </div>
  );
}

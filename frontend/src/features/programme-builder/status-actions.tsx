import { createSignal, For, Show } from 'solid-js';
import type { ProgramStatus } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { ProgramStatusTag } from './program-status-tag';

/** A status change a manager may ask for, named after what it does. */
export type StatusMove = 'publish' | 'close' | 'reopen' | 'unpublish';

/** The moves the API allows from each status (draft → published → closed, and back). */
export const STATUS_MOVES: Record<ProgramStatus, readonly { move: StatusMove; to: ProgramStatus }[]> = {
  draft: [{ move: 'publish', to: 'published' }],
  published: [
    { move: 'close', to: 'closed' },
    { move: 'unpublish', to: 'draft' },
  ],
  closed: [{ move: 'reopen', to: 'published' }],
};

/**
 * The programme's status, written out, and the moves it allows. Each move says
 * what it changes for applicants and asks for confirmation in a modal dialog
 * (focus on "Annuler", Escape closes, focus returns to the status heading since
 * the button pressed may be gone). Unsaved edits go out with the move, and the
 * dialog says so.
 */
export function StatusActions(props: {
  status: ProgramStatus;
  pending: boolean;
  dirty: boolean;
  onMove: (move: StatusMove, to: ProgramStatus) => Promise<void>;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = createSignal<{ move: StatusMove; to: ProgramStatus }>();
  let dialog: HTMLDialogElement | undefined;
  let cancel: HTMLButtonElement | undefined;
  let heading: HTMLHeadingElement | undefined;
  const open = (choice: { move: StatusMove; to: ProgramStatus }) => {
    setChosen(choice);
    dialog?.showModal();
    cancel?.focus();
  };
  const confirm = async () => {
    const choice = chosen();
    if (!choice) return;
    await props.onMove(choice.move, choice.to);
    dialog?.close();
  };
  return (
    <section class="builder-status" aria-labelledby="builder-status-title">
      <h2 ref={heading} id="builder-status-title" class="builder-status__title" tabindex="-1">
        {t('builder.status.title')}
      </h2>
      <p class="builder-status__current">
        {t('builder.status.current')} <ProgramStatusTag status={props.status} />
      </p>
      <p class="muted">{t(`builder.status.explain.${props.status}`)}</p>
      <div class="button-row">
        <For each={STATUS_MOVES[props.status]}>
          {(choice) => (
            <button type="button" class="button button--secondary" disabled={props.pending} onClick={() => open(choice)}>
              {t(`builder.move.${choice.move}`)}
            </button>
          )}
        </For>
      </div>
      <dialog
        ref={dialog}
        class="dialog builder-dialog"
        aria-labelledby="builder-move-title"
        aria-describedby="builder-move-text"
        onClose={() => heading?.focus()}
        onCancel={(e) => props.pending && e.preventDefault()}
      >
        <Show when={chosen()}>
          {(choice) => (
            <>
              <h2 id="builder-move-title" class="dialog__title">
                {t(`builder.move.${choice().move}.title`)}
              </h2>
              <p id="builder-move-text">
                {t(`builder.move.${choice().move}.text`)}
                <Show when={props.dirty}> {t('builder.move.unsaved')}</Show>
              </p>
              <div class="button-row">
                <button type="button" class="button" disabled={props.pending} onClick={() => void confirm()}>
                  {props.pending ? t('builder.form.sending') : t(`builder.move.${choice().move}.confirm`)}
                </button>
                <button
                  ref={cancel}
                  type="button"
                  class="button button--secondary"
                  disabled={props.pending}
                  onClick={() => dialog?.close()}
                >
                  {t('builder.move.cancel')}
                </button>
              </div>
            </>
          )}
        </Show>
      </dialog>
    </section>
  );
}

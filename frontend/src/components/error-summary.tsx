import { createEffect, For, on, Show } from 'solid-js';
import { useI18n } from '../i18n';

/** One thing to fix: the id of the field concerned and the message, already in the reader's language. */
export interface FormProblem {
  fieldId: string;
  message: string;
}

/**
 * The problems of a form, listed above it as the French state design system
 * (DSFR) and GOV.UK do: announced at once (`role="alert"`), focused so a keyboard
 * user starts from it, each linking to its field. `attempt` changes on every
 * submission, so a second failed try brings focus back here too.
 */
export function ErrorSummary(props: { problems: FormProblem[]; attempt: number }) {
  const { t } = useI18n();
  let box: HTMLDivElement | undefined;
  createEffect(
    on(
      () => props.attempt,
      () => {
        if (props.problems.length > 0) requestAnimationFrame(() => box?.focus());
      },
    ),
  );
  const goTo = (event: MouseEvent, fieldId: string) => {
    event.preventDefault();
    document.getElementById(fieldId)?.focus();
  };
  return (
    <Show when={props.problems.length > 0}>
      <div ref={box} class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title" class="error-summary__title">
          {t('journey.errorSummary')}
        </h2>
        <ul class="error-summary__list">
          <For each={props.problems}>
            {(problem) => (
              <li>
                <a href={`#${problem.fieldId}`} onClick={(event) => goTo(event, problem.fieldId)}>
                  {problem.message}
                </a>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}

/**
 * The message under a field. Its id is what the field's `aria-describedby`
 * names; the hidden "Erreur :" prefix tells screen-reader users what kind of
 * text follows, as the red colour tells sighted users.
 */
export function FieldError(props: { id: string; message: string | undefined }) {
  const { t } = useI18n();
  return (
    <Show when={props.message}>
      {(message) => (
        <p id={props.id} class="field-error">
          <span class="visually-hidden">{t('journey.errorPrefix')} </span>
          {message()}
        </p>
      )}
    </Show>
  );
}

/** Joins the ids a field is described by, dropping the absent ones; undefined when none remain. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}

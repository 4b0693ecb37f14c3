/**
 * The six steps as an ordered list of links, each with its state in words
 * ("Complète", "À compléter", "Erreurs") and a symbol, never colour alone. On a
 * phone only "Étape 2 sur 6 — Projet" shows, and the list opens under it.
 */
import { createSignal, For } from 'solid-js';
import { STEP_IDS, type StepId } from '../../../../functions/src/domain/application';
import { useI18n } from '../../i18n';
import { stepNumber } from './form-paths';
import type { StepDisplay } from './form-state';

const SYMBOLS: Record<StepDisplay, string> = { complete: '✓', todo: '○', errors: '!' };

/** `display` gives each step's state; `href` its URL, so steps are ordinary links. */
export function Stepper(props: { current: StepId; display: (step: StepId) => StepDisplay; href: (step: StepId) => string }) {
  const { t } = useI18n();
  const [open, setOpen] = createSignal(false);
  const position = () =>
    t('form.stepper.position', { n: stepNumber(props.current), total: STEP_IDS.length, name: t(`form.step.${props.current}`) });
  return (
    <nav class="form-stepper" aria-label={t('form.stepper.title')}>
      <button
        type="button"
        class="form-stepper__toggle"
        aria-expanded={open()}
        aria-controls="stepper-list"
        onClick={() => setOpen(!open())}
      >
        <span>{position()}</span>
        <span class="form-stepper__toggle-action">{open() ? t('form.stepper.hide') : t('form.stepper.show')}</span>
      </button>
      <ol id="stepper-list" class="form-stepper__list" classList={{ 'form-stepper__list--open': open() }}>
        <For each={STEP_IDS}>
          {(step) => (
            <li class={`form-stepper__item form-stepper__item--${props.display(step)}`}>
              <a
                class="form-stepper__link"
                href={props.href(step)}
                aria-current={step === props.current ? 'step' : undefined}
                onClick={() => setOpen(false)}
              >
                <span class="form-stepper__number" aria-hidden="true">
                  {stepNumber(step)}
                </span>
                <span class="form-stepper__name">{t(`form.step.${step}`)}</span>
                <span class="form-stepper__state">
                  <span aria-hidden="true">{SYMBOLS[props.display(step)]} </span>
                  <span class="visually-hidden"> — </span>
                  {t(`form.state.${props.display(step)}`)}
                </span>
              </a>
            </li>
          )}
        </For>
      </ol>
    </nav>
  );
}

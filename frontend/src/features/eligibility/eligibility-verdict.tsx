import { For, onMount, Show } from 'solid-js';
import { whatWouldChange } from '../../../../functions/src/domain/eligibility';
import type { EligibilityAnswersInput, EligibilityResult } from '../../../../functions/src/domain/eligibility-schema';
import type { Program } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { useCurrentUser } from '../../lib/current-user';
import { CriterionList } from '../../components/criterion-list';
import type { StartDraft } from './use-start-draft';

type Props = {
  program: Program;
  result: EligibilityResult;
  /** The answers to start a draft from; null when the verdict cannot lead to one (commune outside the list). */
  answers: EligibilityAnswersInput | null;
  startDraft: StartDraft;
  onEdit: () => void;
};

/**
 * The verdict: a plain heading, every criterion with its reason, and the way on.
 * Eligible: start an application. Not eligible: what would change the answer,
 * whom to ask, and going back over the answers.
 */
export function EligibilityVerdict(props: Props) {
  const { locale, t } = useI18n();
  const user = useCurrentUser();
  const failed = () => props.result.criteria.filter((criterion) => !criterion.passed).length;
  const hints = () => whatWouldChange(props.result);
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const startApplication = () => {
    if (props.answers) props.startDraft.start(props.answers);
  };
  return (
    <section class={`verdict ${props.result.eligible ? 'verdict--eligible' : 'verdict--ineligible'}`} aria-labelledby="wizard-heading">
      <h2 ref={heading} id="wizard-heading" class="verdict__title" tabindex="-1">
        <span class="verdict__icon" aria-hidden="true">
          {props.result.eligible ? '✓' : '✗'}
        </span>
        {props.result.eligible ? t('elig.verdict.eligible') : t('elig.verdict.ineligible')}
      </h2>
      <p class="lead">
        {props.result.eligible
          ? t('elig.verdict.introEligible', { program: props.program.title[locale()] })
          : t(failed() === 1 ? 'elig.verdict.introIneligibleOne' : 'elig.verdict.introIneligible', { count: failed() })}
      </p>
      <h3>{t('elig.verdict.details')}</h3>
      <CriterionList criteria={props.result.criteria} />
      <Show when={!props.result.eligible}>
        <Show when={hints().length > 0}>
          <h3>{t('elig.verdict.whatWouldChange')}</h3>
          <ul class="hint-list">
            <For each={hints()}>{(hint) => <li>{hint[locale()]}</li>}</For>
          </ul>
        </Show>
        <h3>{t('elig.verdict.contact')}</h3>
        <p>
          {t('elig.verdict.contactText')} <a href={`mailto:${props.program.contactEmail}`}>{props.program.contactEmail}</a>
        </p>
      </Show>
      <Show when={props.startDraft.error()}>
        <p class="alert alert--error" role="alert">
          {props.startDraft.error()}
        </p>
      </Show>
      <div class="button-row">
        <Show when={props.result.eligible && props.answers}>
          <button type="button" class="button" disabled={props.startDraft.pending()} onClick={startApplication}>
            {props.startDraft.pending() ? t('elig.startDraft.pending') : t('elig.startDraft.button')}
          </button>
        </Show>
        <button type="button" class="button button--secondary" onClick={() => props.onEdit()}>
          {t('elig.verdict.edit')}
        </button>
      </div>
      <Show when={props.result.eligible && props.answers}>
        <p class="muted">{user() ? t('elig.startDraft.noteSignedIn') : t('elig.startDraft.noteSignIn')}</p>
      </Show>
    </section>
  );
}

import { Show } from 'solid-js';
import { isOpen, type Program } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { programPath } from '../../components/program-card';
import { EligibilityWizard } from './eligibility-wizard';
import './eligibility.css';

/** The wizard's page: a way back to the call, the title, and the wizard while the call accepts applications. */
export function EligibilityPage(props: { program: Program }) {
  const { locale, t } = useI18n();
  return (
    <div class="page-narrow">
      <p class="back-link">
        <a href={programPath(props.program.id)}>
          <span aria-hidden="true">‹ </span>
          {props.program.title[locale()]}
        </a>
      </p>
      <h1>{t('elig.title')}</h1>
      <p class="lead">{t('elig.intro', { program: props.program.title[locale()] })}</p>
      <Show
        when={isOpen(props.program, new Date())}
        fallback={
          <div class="callout" role="status">
            <p>{t('elig.closed')}</p>
          </div>
        }
      >
        <EligibilityWizard program={props.program} />
      </Show>
    </div>
  );
}

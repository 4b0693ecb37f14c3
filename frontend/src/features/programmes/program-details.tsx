import type { Program } from '../../../../functions/src/domain/program';
import { useI18n } from '../../i18n';
import { Breadcrumb } from './breadcrumb';
import { EligibilityCta } from './eligibility-cta';
import { Paragraphs } from './paragraphs';
import { ProgramDocuments } from './program-documents';
import { ProgramFacts } from './program-facts';
import './programmes.css';

/**
 * A programme's public page body: what it funds, who may apply, what to provide
 * and whom to ask. Key facts come right after the summary in reading order and
 * sit in a side column on wide screens.
 */
export function ProgramDetails(props: { program: Program }) {
  const { locale, t } = useI18n();
  return (
    <>
      <Breadcrumb current={props.program.title[locale()]} />
      <h1>{props.program.title[locale()]}</h1>
      <p class="lead">{props.program.summary[locale()]}</p>
      <EligibilityCta program={props.program} />
      <div class="program-layout">
        <section class="program-layout__facts panel" aria-labelledby="facts-heading">
          <h2 id="facts-heading">{t('program.keyFacts')}</h2>
          <ProgramFacts program={props.program} />
        </section>
        <div class="program-layout__body">
          <section aria-labelledby="about-heading">
            <h2 id="about-heading">{t('program.about')}</h2>
            <Paragraphs text={props.program.description[locale()]} />
          </section>
          <section aria-labelledby="documents-heading">
            <h2 id="documents-heading">{t('program.documents')}</h2>
            <ProgramDocuments documents={props.program.documents} />
          </section>
          <section aria-labelledby="contact-heading">
            <h2 id="contact-heading">{t('program.contact')}</h2>
            <p>
              {t('program.contactText')} <a href={`mailto:${props.program.contactEmail}`}>{props.program.contactEmail}</a>
            </p>
          </section>
        </div>
      </div>
    </>
  );
}

/** Where the applicant is (Accueil › Mes demandes › the programme), whose form this is, and the promise that it saves itself. */
import type { Program } from '../../../../functions/src/domain/program';
import { DeadlineLine } from '../../components/deadline';
import { useI18n } from '../../i18n';

/** Breadcrumb, programme title (the page's h1) and the autosave promise. */
export function FormHeader(props: { program: Program }) {
  const { locale, t } = useI18n();
  return (
    <>
      <nav class="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <ol>
          <li>
            <a href="/">{t('nav.home')}</a>
          </li>
          <li>
            <span class="breadcrumb__separator" aria-hidden="true">
              ›
            </span>
            <a href="/demandes">{t('form.myApplications')}</a>
          </li>
          <li aria-current="page">
            <span class="breadcrumb__separator" aria-hidden="true">
              ›
            </span>
            {t('form.breadcrumb')}
          </li>
        </ol>
      </nav>
      <p class="form-eyebrow">{t('form.eyebrow')}</p>
      <h1 class="form-title">{props.program.title[locale()]}</h1>
      <DeadlineLine closesAt={props.program.closesAt} class="form-deadline" />
      <p class="form-intro">{t('form.intro')}</p>
    </>
  );
}

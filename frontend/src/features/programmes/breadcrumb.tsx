import { useI18n } from '../../i18n';

/** "Accueil › <page>": tells where the page sits and offers a way back up. */
export function Breadcrumb(props: { current: string }) {
  const { t } = useI18n();
  return (
    <nav class="breadcrumb" aria-label={t('nav.breadcrumb')}>
      <ol>
        <li>
          <a href="/">{t('nav.home')}</a>
        </li>
        <li aria-current="page">
          <span class="breadcrumb__separator" aria-hidden="true">
            ›
          </span>
          {props.current}
        </li>
      </ol>
    </nav>
  );
}

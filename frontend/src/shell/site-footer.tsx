import { useI18n } from '../i18n';

/** Footer with the links French public websites must show on every page (RGAA, legal notice, GDPR). */
export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer class="site-footer">
      <div class="container">
        <nav aria-label={t('footer.nav')}>
          <ul class="site-footer__links">
            <li>
              <a href="/accessibilite">{t('footer.accessibility')}</a>
            </li>
            <li>
              <a href="/mentions-legales">{t('footer.legalNotice')}</a>
            </li>
            <li>
              <a href="/donnees-personnelles">{t('footer.personalData')}</a>
            </li>
          </ul>
        </nav>
        <p class="site-footer__note">{t('footer.openSource')}</p>
      </div>
    </footer>
  );
}

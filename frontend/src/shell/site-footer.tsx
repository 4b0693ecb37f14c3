import { For } from 'solid-js';
import { useI18n } from '../i18n';
import { site } from '../lib/site';

/**
 * Footer with the links French public websites must show on every page (RGAA, legal
 * notice, GDPR), and who runs the service and how to reach them, from the site configuration.
 */
export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer class="site-footer">
      <div class="container">
        <div class="site-footer__identity">
          <p class="site-footer__authority">{site().portalName}</p>
          <address class="site-footer__address">
            <For each={site().postalAddress}>{(line) => <span class="site-footer__line">{line}</span>}</For>
            <span class="site-footer__line">
              {t('footer.contact')} <a href={`mailto:${site().contacts.unit}`}>{site().contacts.unit}</a>
            </span>
          </address>
        </div>
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

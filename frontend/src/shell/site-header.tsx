import { useI18n } from '../i18n';
import { AccountNav } from './account-nav';
import { LanguageSwitch } from './language-switch';

/** Service banner: who runs the service, a way home, the account links and the language switch on every page. */
export function SiteHeader() {
  const { t } = useI18n();
  return (
    <header class="site-header">
      <div class="container site-header__inner">
        <div class="site-header__brand">
          <a class="site-header__name" href="/">
            {t('app.name')}
            <span class="visually-hidden"> — {t('nav.home')}</span>
          </a>
          <p class="site-header__subtitle">{t('app.subtitle')}</p>
        </div>
        <div class="site-header__tools">
          <AccountNav />
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}

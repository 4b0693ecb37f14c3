import { Show } from 'solid-js';
import { useI18n } from '../i18n';
import { site, siteLogo, siteParams } from '../lib/site';
import { AccountNav } from './account-nav';
import { LanguageSwitch } from './language-switch';

/** Service banner: who runs the service (from the site configuration), a way home, the account links and the language switch on every page. */
export function SiteHeader() {
  const { t } = useI18n();
  return (
    <header class="site-header">
      <div class="container site-header__inner">
        <div class="site-header__brand">
          <a class="site-header__name" href="/">
            {/* Decorative: the name beside it says the same. */}
            <Show when={siteLogo()}>{(src) => <img class="site-header__logo" src={src()} alt="" width="40" height="40" />}</Show>
            <span>
              {site().portalName}
              <span class="visually-hidden"> — {t('nav.home')}</span>
            </span>
          </a>
          <p class="site-header__subtitle">{t('app.subtitle', siteParams())}</p>
        </div>
        <div class="site-header__tools">
          <AccountNav />
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}

import { useLocation, type RouteSectionProps } from '@solidjs/router';
import { createEffect, on } from 'solid-js';
import { useI18n } from '../i18n';
import { SessionProvider } from '../lib/session';
import { MAIN_ID, focusMain } from '../lib/focus-main';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import './shell.css';

/**
 * Frame shared by every page: skip link, header, `<main>` and footer. After a
 * client-side navigation it moves focus into the new page, as a full page load would.
 */
export function Layout(props: RouteSectionProps) {
  const { t } = useI18n();
  const location = useLocation();
  createEffect(
    on(
      () => location.pathname,
      () => requestAnimationFrame(focusMain),
      { defer: true },
    ),
  );
  const skipToMain = (event: MouseEvent) => {
    event.preventDefault();
    focusMain();
  };
  return (
    <SessionProvider>
      <a class="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('nav.skip')}
      </a>
      <SiteHeader />
      <main id={MAIN_ID} tabindex="-1" class="container site-main">
        {props.children}
      </main>
      <SiteFooter />
    </SessionProvider>
  );
}

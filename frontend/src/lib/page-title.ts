/**
 * Keeps `document.title` in step with the page: the title is the first thing a
 * screen reader announces after navigation and what a browser tab shows.
 */
import { createEffect } from 'solid-js';
import { useI18n } from '../i18n';
import { siteParams } from './site';

/** Sets "<page> — <portal name>", re-evaluated when the page name, the language or the site changes. */
export function usePageTitle(page: () => string): void {
  const { t } = useI18n();
  createEffect(() => {
    document.title = t('app.pageTitle', { ...siteParams(), page: page() });
  });
}

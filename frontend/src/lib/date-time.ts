/**
 * Date and time in Paris time, for timelines and messages: the exact minute
 * matters there (when a change request arrived, when a message was sent), and
 * `lib/format.ts` only offers the date.
 */
import type { Locale } from '../i18n';
import { SERVICE_TIME_ZONE } from './format';

const FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: SERVICE_TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: SERVICE_TIME_ZONE }),
};

/** "28 novembre 2026 à 13:54" / "28 November 2026 at 13:54", Europe/Paris. */
export function formatDateTime(iso: string, locale: Locale): string {
  return FORMATS[locale].format(new Date(iso));
}

/**
 * Interface language: French by default, English on request. The choice lives in
 * a signal so every `t()` call re-renders on switch, and in localStorage so it
 * survives a reload.
 */
import { createContext, createEffect, createSignal, useContext, type Accessor, type ParentProps } from 'solid-js';
import { en } from './en';
import { fr, type MessageKey, type Messages } from './fr';

/** Supported interface languages; French first because it is the default and the legally binding one. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey } from './fr';

/** Values substituted for `{name}` placeholders in a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

const DICTIONARIES: Record<Locale, Messages> = { fr, en };

/** Messages loaded later with the chunk that needs them (the staff area); a signal, so `t()` follows. */
const [later, setLater] = createSignal<Record<Locale, Readonly<Record<string, string>>>>({ fr: {}, en: {} });

let staffLoad: Promise<void> | undefined;

/** Loads the staff features' messages once (./staff-messages.ts); the staff routes wait for it before they render. */
export function loadStaffMessages(): Promise<void> {
  staffLoad ??= import('./staff-messages').then(({ staffMessages }) => {
    setLater((current) => ({ fr: { ...current.fr, ...staffMessages.fr }, en: { ...current.en, ...staffMessages.en } }));
  });
  return staffLoad;
}

/** The message for `key`, from the dictionaries loaded so far; the key itself if it is not there yet. */
function lookup(locale: Locale, key: MessageKey): string {
  const loaded: Readonly<Record<string, string>> = DICTIONARIES[locale];
  return loaded[key] ?? later()[locale][key] ?? key;
}
const STORAGE_KEY = 'guichet.locale';

/** What components get from `useI18n()`: the reactive locale, a setter and the translator. */
export interface I18n {
  locale: Accessor<Locale>;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: MessageParams) => string;
}

const I18nContext = createContext<I18n>();

function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale === value);
}

/** Reads the saved choice; storage can be disabled (private mode), so failures fall back to French. */
function savedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : 'fr';
  } catch {
    return 'fr';
  }
}

function saveLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage refused: the choice still applies for this visit.
  }
}

/** Replaces `{name}` placeholders; an unknown placeholder is left visible so the gap is noticed. */
export function interpolate(message: string, params?: MessageParams): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}

/** Provides the locale to the whole app and keeps `<html lang>` in step for screen readers. */
export function I18nProvider(props: ParentProps) {
  const [locale, setLocaleSignal] = createSignal<Locale>(savedLocale());
  const setLocale = (next: Locale) => {
    setLocaleSignal(next);
    saveLocale(next);
  };
  const t = (key: MessageKey, params?: MessageParams) => interpolate(lookup(locale(), key), params);
  createEffect(() => {
    document.documentElement.lang = locale();
  });
  return <I18nContext.Provider value={{ locale, setLocale, t }}>{props.children}</I18nContext.Provider>;
}

/** Access to the current locale and translator; throws outside the provider to surface wiring mistakes early. */
export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n() must be called inside <I18nProvider>');
  return context;
}

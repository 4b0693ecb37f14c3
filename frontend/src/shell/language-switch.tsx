import { For } from 'solid-js';
import { LOCALES, useI18n, type Locale } from '../i18n';

/** Each language is named in itself, so a reader who does not know the current one still finds theirs. */
const NATIVE_NAMES: Record<Locale, string> = { fr: 'Français', en: 'English' };

/**
 * FR/EN toggle buttons. `aria-pressed` tells assistive technology which language
 * is active, and `lang` on each button makes its name pronounced correctly.
 */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    // biome-ignore lint/a11y/useSemanticElements: two toggle buttons, not form fields: a fieldset would announce a form
    <div class="language-switch" role="group" aria-label={t('lang.label')}>
      <For each={LOCALES}>
        {(code) => (
          <button
            type="button"
            class="language-switch__button"
            lang={code}
            aria-pressed={locale() === code}
            onClick={() => setLocale(code)}
          >
            {code.toUpperCase()}
            <span class="visually-hidden"> – {NATIVE_NAMES[code]}</span>
          </button>
        )}
      </For>
    </div>
  );
}

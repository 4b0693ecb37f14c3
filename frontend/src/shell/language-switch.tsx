import { For } from 'solid-js';
import { LOCALES, useI18n, type Locale } from '../i18n';
import { setAccountLocale } from '../lib/api';
import { useSession } from '../lib/session';

/** Each language is named in itself, so a reader who does not know the current one still finds theirs. */
const NATIVE_NAMES: Record<Locale, string> = { fr: 'Français', en: 'English' };

/**
 * FR/EN toggle buttons. `aria-pressed` tells assistive technology which language
 * is active, and `lang` on each button makes its name pronounced correctly.
 * Signed in, the choice is also the account's (PATCH /api/me): the emails follow it.
 */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const { me } = useSession();
  const choose = (code: Locale) => {
    if (code === locale()) return;
    setLocale(code);
    // The interface has switched already; if the account cannot follow now, it keeps its language until the next switch.
    if ((me.state === 'ready' || me.state === 'refreshing') && me.latest) setAccountLocale(code).catch(() => undefined);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: two toggle buttons, not form fields: a fieldset would announce a form
    <div class="language-switch" role="group" aria-label={t('lang.label')}>
      <For each={LOCALES}>
        {(code) => (
          <button type="button" class="language-switch__button" lang={code} aria-pressed={locale() === code} onClick={() => choose(code)}>
            {code.toUpperCase()}
            <span class="visually-hidden"> – {NATIVE_NAMES[code]}</span>
          </button>
        )}
      </For>
    </div>
  );
}

import { interpolate, type MessageParams, useI18n } from '../i18n';
import { uiEn, uiFr, type UiMessageKey } from './messages';

/** The kit's strings in the current language, until the dictionaries hold them. */
export function useUiText(): (key: UiMessageKey, params?: MessageParams) => string {
  const { locale } = useI18n();
  return (key, params) => interpolate((locale() === 'en' ? uiEn : uiFr)[key], params);
}

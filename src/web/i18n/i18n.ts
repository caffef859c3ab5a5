import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import vi from './vi.json';

export const LANG_COOKIE = 'lang';

function rememberedLanguage(): 'vi' | 'en' {
  const match = document.cookie.match(/(?:^|;\s*)lang=(vi|en)/);
  return (match?.[1] as 'vi' | 'en' | undefined) ?? 'vi';
}

/** Switches the UI language and remembers it in a cookie the server also reads for error messages. */
export function setLanguage(lang: 'vi' | 'en') {
  document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: rememberedLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export default i18n;

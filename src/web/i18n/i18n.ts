import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { errorMessages } from '../../shared/errors/error-messages.js';
import type { ErrorCode } from '../../shared/errors/error-codes.js';
import type { Language } from '../../shared/i18n/language.js';
import en from './en.json';
import vi from './vi.json';

export const LANG_COOKIE = 'lang';

function rememberedLanguage(): Language {
  const match = document.cookie.match(/(?:^|;\s*)lang=(vi|en)/);
  return (match?.[1] as Language | undefined) ?? 'vi';
}

/** `errors.<CODE>` for both languages from the one table the server also uses. */
function errorTexts(lang: Language): Record<string, string> {
  return Object.fromEntries(Object.entries(errorMessages).map(([code, text]) => [code as ErrorCode, text[lang]]));
}

/** Switches the UI language and remembers it in a cookie the server also reads for error messages. */
export function setLanguage(lang: Language) {
  document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

void i18n.use(initReactI18next).init({
  resources: {
    vi: { translation: { ...vi, errors: { ...errorTexts('vi'), ...vi.errors } } },
    en: { translation: { ...en, errors: { ...errorTexts('en'), ...en.errors } } },
  },
  lng: rememberedLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export default i18n;

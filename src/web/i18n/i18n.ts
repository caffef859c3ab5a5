import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { errorMessages } from '../../shared/errors/error-messages.js';
import type { ErrorCode } from '../../shared/errors/error-codes.js';
import type { Language } from '../../shared/i18n/language.js';
import { translationParts, type LanguageStrings } from './feature-strings.js';

// Each language's strings (the shell's and every feature's) are one chunk, downloaded when the
// language is first used: a visitor reads one of them, and the first page carries neither.
const bundles: Record<Language, () => Promise<{ default: LanguageStrings }>> = {
  vi: () => import('./languages/vi.js'),
  en: () => import('./languages/en.js'),
};
const loaded = new Set<Language>();

async function loadLanguage(lang: Language): Promise<void> {
  if (loaded.has(lang)) return;
  const { default: strings } = await bundles[lang]();
  i18n.addResourceBundle(lang, 'translation', { errors: errorTexts(lang) }, true, true);
  // Deep merge: the shell's errors keep the shared table's texts beside their own, features add their reasons.
  for (const part of translationParts(strings)) i18n.addResourceBundle(lang, 'translation', part, true, true);
  loaded.add(lang);
}

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
export async function setLanguage(lang: Language): Promise<void> {
  document.cookie = `${LANG_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
  await loadLanguage(lang);
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}

const firstLanguage = rememberedLanguage();
void i18n.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  lng: firstLanguage,
  fallbackLng: firstLanguage,
  interpolation: { escapeValue: false },
});
document.documentElement.lang = firstLanguage;

/** Settles once the first language's strings are in; the app renders after it. */
export const i18nReady = loadLanguage(firstLanguage);

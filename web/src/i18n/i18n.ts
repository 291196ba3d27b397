import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enumWords from '../../../src/common/i18n/enum-words.json';
import en from './en.json';
import lt from './lt.json';

export type Language = 'lt' | 'en';
export const LANGUAGES: Language[] = ['lt', 'en'];
const STORAGE_KEY = 'thb.language';

type EnumWords = Record<string, Record<Language, Record<string, string>>>;

/** The server's words for the programme's codes (the same JSON the documents print from). */
export function enumCatalogue(language: Language): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(enumWords as EnumWords).map(([kind, words]) => [kind, words[language]]),
  );
}

export const CATALOGUES = {
  lt: { ...lt, enum: enumCatalogue('lt') },
  en: { ...en, enum: enumCatalogue('en') },
};

/** The language chosen on this device, Lithuanian by default. */
export function storedLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'lt';
}

export async function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
  document.title = i18next.t('app.name');
}

export function initI18n(): typeof i18next {
  const language = storedLanguage();
  document.documentElement.lang = language;
  void i18next.use(initReactI18next).init({
    resources: { lt: { translation: CATALOGUES.lt }, en: { translation: CATALOGUES.en } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.title = i18next.t('app.name');
  return i18next;
}

import { useTranslation } from 'react-i18next';
import type { Language } from './i18n';

/** The screen's language and its translate function. */
export function useWords() {
  const { t, i18n } = useTranslation();
  return { t, language: (i18n.language === 'en' ? 'en' : 'lt') as Language };
}

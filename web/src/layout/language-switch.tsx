import { useTranslation } from 'react-i18next';
import { request } from '../api/client';
import { graphql } from '../api/graphql';
import { Language, LANGUAGES, switchLanguage } from '../i18n/i18n';
import { useSession } from '../session/session-context';

const SET_LANGUAGE = graphql(`
  mutation SetPreferredLanguage($input: SetPreferredLanguageInput!) {
    setPreferredLanguage(input: $input) {
      id
      preferredLanguage
    }
  }
`);

/** Two buttons, each named in its own language; the choice is kept on the device and account. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { viewer } = useSession();
  const choose = async (language: Language) => {
    await switchLanguage(language);
    if (viewer) {
      const code = language === 'en' ? 'EN' : 'LT';
      await request(SET_LANGUAGE, { input: { language: code } }).catch(() => undefined);
    }
  };
  return (
    <div className="language-switch" role="group" aria-label={t('nav.language')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => void choose(language)}
        >
          {t(`nav.${language}`)}
        </button>
      ))}
    </div>
  );
}

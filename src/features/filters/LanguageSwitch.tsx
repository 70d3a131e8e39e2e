import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/i18n';
import { useDashboard } from '../../state/StoreContext';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const setLanguage = useDashboard((s) => s.setLanguage);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={language === lang}
          onClick={() => setLanguage(lang)}
        >
          {t(`language.${lang}`)}
        </button>
      ))}
    </div>
  );
}

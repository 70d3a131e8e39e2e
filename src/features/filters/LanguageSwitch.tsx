import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../domain/language';
import { useDashboard } from '../../state/StoreContext';

/** Each language offered by its own name, in itself (« Français », "English"). */
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
          {t('language.name', { lng: lang })}
        </button>
      ))}
    </div>
  );
}

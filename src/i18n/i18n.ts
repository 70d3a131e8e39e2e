import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { quotedAlternatives } from './quotedList';
import { STRINGS } from './strings';
import { LANGUAGES, type Language } from '../domain/language';

/** By default a missing key is a console error: the end-to-end tests fail on any. */
function reportMissingKey(key: string): void {
  console.error(`Missing translation key: ${key}`);
}

/**
 * Creates the i18next instance. Missing keys are reported through
 * `onMissingKey` (component tests make it throw) instead of silently showing the key.
 */
export function createI18n(language: Language, onMissingKey: (key: string) => void = reportMissingKey): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: Object.fromEntries(LANGUAGES.map((language) => [language, { translation: STRINGS[language] }])),
    lng: language,
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; i18next must not double-escape.
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => onMissingKey(key),
    returnNull: false,
  });
  // {{names, quotedOr}}: a list of names as alternatives (« A », « B » ou « C »).
  instance.services.formatter?.add('quotedOr', (value: unknown, language: string | undefined) =>
    Array.isArray(value) ? quotedAlternatives(value.map(String), language ?? 'fr') : String(value),
  );
  return instance;
}

/**
 * Adds the words of a dataset's problems and of problem kinds (`datasetWords`)
 * to every language. They are needed only once something is imported, so they
 * are fetched then, not with the first paint.
 */
export async function loadDatasetWords(instance: i18n): Promise<void> {
  const { datasetWords } = await import('./datasetWords');
  for (const language of LANGUAGES) instance.addResourceBundle(language, 'translation', datasetWords[language], true, false);
}

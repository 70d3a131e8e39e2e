/**
 * The languages the app speaks, in the order the language switch offers them,
 * each with the locale its numbers and dates are written in. French first: it
 * is the study's language, which every text of the data has.
 *
 * A language is added here, with its strings file (`src/i18n/strings.ts`) and,
 * in the data, its columns (`label_xx`, `{ …, "xx": "…" }`); texts a dataset
 * leaves untranslated read in French.
 */
export const LANGUAGE_LOCALES = { fr: 'fr-FR', en: 'en-GB' } as const;

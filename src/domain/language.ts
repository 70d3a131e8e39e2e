import { LANGUAGE_LOCALES } from './languageTable';

/** The interface's languages, and those of the data's `{ fr, en }` texts: declared in `languageTable.ts`. */
export type Language = keyof typeof LANGUAGE_LOCALES;
export const LANGUAGES = Object.keys(LANGUAGE_LOCALES) as readonly Language[];

export const REFERENCE_LANGUAGE = 'fr' satisfies Language;

/** The locale Intl formats numbers and dates with, per language. */
export const LOCALE_TAG: Record<Language, string> = LANGUAGE_LOCALES;

/**
 * The separator a spreadsheet set to this language expects in a CSV file: `;`
 * where the decimal mark is a comma (a French Excel reads « 0,5 » as a number
 * and splits on semicolons), `,` elsewhere.
 */
export function csvDelimiterFor(language: Language): ',' | ';' {
  return new Intl.NumberFormat(LOCALE_TAG[language]).format(1.5).includes(',') ? ';' : ',';
}

/** Languages every text of a dataset must have (the data format's promise to its readers); others are optional. */
export const REQUIRED_TEXT_LANGUAGES: readonly Language[] = ['fr', 'en'];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** A text of the data in each language it was written in (French always). */
export type DataText = { readonly fr: string } & { readonly [L in Language]?: string };

/**
 * A text of the data as a reader of `language` sees it: in that language when
 * the data has it, in French otherwise. The one way the app reads `{ fr, en }`.
 */
export function dataText(text: DataText, language: Language): string;
export function dataText(text: DataText | undefined, language: Language): string | undefined;
export function dataText(text: DataText | undefined, language: Language): string | undefined {
  return text === undefined ? undefined : (text[language] ?? text.fr);
}

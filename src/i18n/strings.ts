import type { Language } from '../domain/language';
import { en } from './en';
import { fr, type Messages } from './fr';

/**
 * Each language's interface strings. A new language is a strings file with
 * the same keys as `fr.ts` (the reference), named here and in `LANGUAGES`
 * (`domain/language.ts`); the words of imported datasets' problems are in `datasetWords.ts`.
 */
export const STRINGS: Record<Language, Messages> = { fr, en };

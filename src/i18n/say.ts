import type { TFunction } from 'i18next';
import type { WordValue, Words } from '../domain/filterTable';

/** Named words (`Words`) in the language of `t`: values that are words are worded first, a list item after item. */
export function say(words: Words, t: TFunction): string {
  const values = Object.fromEntries(Object.entries(words.values ?? {}).map(([name, value]) => [name, wordValue(value, t)]));
  return t(words.key, values);
}

function wordValue(value: WordValue, t: TFunction): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((item: string | Words) => (typeof item === 'string' ? item : say(item, t))).join(', ');
  return say(value as Words, t);
}

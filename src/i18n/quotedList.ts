/**
 * Names offered as alternatives, each in the language's quotation marks: « Lannion » ou « Langon »;
 * "Lannion" or "Langon". Plain text: the interface renders it as text, never as HTML.
 */
export function quotedAlternatives(names: readonly string[], language: string): string {
  const french = language.startsWith('fr');
  const quoted = names.map((name) => (french ? `« ${name} »` : `"${name}"`));
  return new Intl.ListFormat(language, { type: 'disjunction' }).format(quoted);
}

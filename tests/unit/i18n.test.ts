import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { datasetWords } from '../../src/i18n/datasetWords';
import { createI18n, loadDatasetWords } from '../../src/i18n/i18n';
import { problemKind, type ImportProblemCode } from '../../src/io/import/importProblem';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('interface strings', () => {
  it('exist in French and English for the same keys, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
    for (const messages of [fr, en]) {
      for (const key of keys(messages)) {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
      }
    }
  });
});

describe('suggested names', () => {
  it('are offered as quoted alternatives in the reader’s language, as plain text', () => {
    const params = { commune: 'Lann<b>ionn', suggestions: ['Lannion', 'L’Union', 'Langon'] };
    const french = createI18n('fr', (key) => {
      throw new Error(`missing ${key}`);
    });
    expect(french.t('importProblems.commune-unknown-suggest', params)).toBe(
      '« Lann<b>ionn » est absente de la liste des communes (vouliez-vous dire « Lannion », « L’Union » ou « Langon » ?) : corrigez le nom ou donnez lat et lon ; cluster conservé, hors carte',
    );
    const english = createI18n('en');
    expect(english.t('importProblems.commune-unknown-suggest', { ...params, suggestions: ['Lannion'] })).toBe(
      '"Lann<b>ionn" was not found in the commune list (did you mean "Lannion"?): correct the name or give lat and lon; kept, not on the map',
    );
  });
});

describe('the words of a dataset’s problems, loaded with the import', () => {
  it('exist in French and English for the same keys, and name every kind of problem', () => {
    expect(keys(datasetWords.en).sort()).toEqual(keys(datasetWords.fr).sort());
    for (const language of ['fr', 'en'] as const) {
      const problems = { ...{ fr, en }[language].importProblems, ...datasetWords[language].importProblems };
      const missing = Object.keys(problems)
        .map((code) => problemKind(code as ImportProblemCode))
        .filter((kind) => !(kind in datasetWords[language].problemKinds));
      expect(missing).toEqual([]);
    }
  });

  it('are added to both languages when loaded', async () => {
    const french = createI18n('fr');
    await loadDatasetWords(french);
    expect(french.t('importProblems.schema-missing')).toBe('champ obligatoire absent');
    expect(french.t('importProblems.commune-unknown', { commune: 'X' })).toContain('absente de la liste');
    expect(french.getFixedT('en')('problemKinds.type-unknown')).toBe('unknown type');
  });
});

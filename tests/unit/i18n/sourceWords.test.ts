import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/i18n';
import { sourceWords } from '../../../src/i18n/sourceWords';

const fr = createI18n('fr').t;
const en = createI18n('en').t;

describe('where a fact comes from, in words', () => {
  it('names the fiche when there is one, else the section, with its page', () => {
    expect(sourceWords({ section: 'Fiche n°2 > …', page: 22, fiche: 2 }, fr)).toBe('Fiche n° 2, p. 22');
    expect(sourceWords({ section: 'Fiche n°2 > …', page: 22, fiche: 2 }, en)).toBe('Case study 2, p. 22');
    expect(sourceWords({ section: 'Méthodologie', page: 6 }, fr)).toBe('Méthodologie, p. 6');
    expect(sourceWords({ section: 'Méthodologie' }, en)).toBe('Méthodologie');
  });
});

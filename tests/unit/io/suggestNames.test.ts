import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CommuneTable } from '../../../src/io/import/communeGeocoder';
import { boundedOsaDistance, closestAllowed, makeNameSuggester, nameKey, type SuggestStats } from '../../../src/io/import/suggestNames';

const shipped = JSON.parse(readFileSync(new URL('../../../public/geo/communes-fr.json', import.meta.url), 'utf8')) as CommuneTable;
const communes = shipped.communes.map(([, name, department]) => ({ name, group: department }));

describe('nameKey', () => {
  it('reads names as the geocoder does, with “St” for “Saint” and without spaces', () => {
    const key = nameKey('Saint-Malo');
    expect(key).toBe('saintmalo');
    for (const spelling of ['St Malo', 'ST-MALO', 'saint malo', 'Saint Malô', 'Saintmalo']) expect(nameKey(spelling)).toBe(key);
    expect(nameKey('Ste-Foy')).toBe(nameKey('Sainte Foy'));
    expect(nameKey('Pont-d’Ain')).toBe(nameKey("Pont d'Ain"));
    expect(nameKey('Stains')).toBe('stains');
  });
});

describe('boundedOsaDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(boundedOsaDistance('lannion', 'lannion', 2)).toBe(0);
    expect(boundedOsaDistance('lannionn', 'lannion', 2)).toBe(1);
    expect(boundedOsaDistance('lanion', 'lannion', 2)).toBe(1);
    expect(boundedOsaDistance('lannoin', 'lannion', 2)).toBe(1);
    expect(boundedOsaDistance('lammion', 'lannion', 2)).toBe(2);
    expect(boundedOsaDistance('ca', 'abc', 3)).toBe(3); // OSA, not full Damerau–Levenshtein (2).
  });

  it('stops past the bound', () => {
    expect(boundedOsaDistance('lannion', 'brest', 2)).toBe(3);
    expect(boundedOsaDistance('lannion', 'lannilis', 2)).toBe(3);
    expect(boundedOsaDistance('abcdef', 'abcxyz', 1)).toBe(2);
  });

  it('agrees with a plain full-table computation', () => {
    const reference = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const row = d[i] as number[];
          const above = d[i - 1] as number[];
          row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
        }
      }
      return (d[a.length] as number[])[b.length] as number;
    };
    const words = ['', 'a', 'ab', 'ba', 'abc', 'acb', 'bca', 'abcd', 'abdc', 'xabc', 'abcx', 'aabb', 'abab', 'baba', 'lannion', 'lannoin', 'lanion', 'lannionn'];
    // Shared scratch rows, as the suggester uses them: nothing may leak from one pair to the next.
    const rows = [0, 1, 2].map(() => new Int32Array(16)) as [Int32Array, Int32Array, Int32Array];
    for (const a of words) {
      for (const b of words) {
        for (const max of [0, 1, 2]) expect(boundedOsaDistance(a, b, max, rows), `${a} → ${b} within ${max}`).toBe(Math.min(reference(a, b), max + 1));
      }
    }
  });
});

describe('makeNameSuggester', () => {
  it('suggests the shipped commune a misspelt name was meant to be', () => {
    const suggest = makeNameSuggester(communes);
    expect(suggest('Lannionn')).toEqual(['Lannion']);
    expect(suggest('Lanion', '22')).toEqual(['Lannion']);
    expect(suggest('Lanion')).toEqual(["L'Union", 'Langon', 'Lannion']);
    expect(suggest('Saint Brieux')).toContain('Saint-Brieuc');
    expect(suggest('St-Malo')).toEqual(['Saint-Malo']);
    expect(suggest('Quimpre')).toEqual(['Quimper']);
  });

  it('suggests nothing for a name that is far from every commune, or empty', () => {
    const suggest = makeNameSuggester(communes);
    expect(suggest('Xyzzyville')).toEqual([]);
    expect(suggest('Atlantis-sur-Mer')).toEqual([]);
    expect(suggest(' - ')).toEqual([]);
  });

  it('gives only the closest names, each once, at most three, in alphabetical order', () => {
    const suggest = makeNameSuggester([
      { name: 'Torcy', group: '71' },
      { name: 'Torcy', group: '77' },
      { name: 'Turcy', group: '01' },
      { name: 'Tircy', group: '01' },
      { name: 'Tercy', group: '01' },
      { name: 'Tarcy', group: '01' },
    ]);
    // One edit from Torcy (twice, in two departments); two from all the others.
    expect(suggest('Torrcy')).toEqual(['Torcy']);
    // One edit from all five.
    expect(suggest('Txrcy')).toEqual(['Tarcy', 'Tercy', 'Tircy']);
  });

  it('keeps to the row’s department when it has close names', () => {
    const suggest = makeNameSuggester([
      { name: 'Darcy', group: '21' },
      { name: 'Marcy', group: '02' },
      { name: 'Narcey', group: '02' },
    ]);
    expect(suggest('Narcy')).toEqual(['Darcy', 'Marcy', 'Narcey']);
    expect(suggest('Narcy', '02')).toEqual(['Marcy', 'Narcey']);
    expect(suggest('Narcy', '21')).toEqual(['Darcy']);
    // None close in the department given (it may be the wrong one): the closest anywhere.
    expect(suggest('Narcy', '75')).toEqual(['Darcy', 'Marcy', 'Narcey']);
  });

  it('allows fewer edits in short names', () => {
    const suggest = makeNameSuggester([
      { name: 'Pau', group: '64' },
      { name: 'Eu', group: '76' },
      { name: 'Lyon', group: '69' },
    ]);
    expect(suggest('Pao')).toEqual(['Pau']);
    expect(suggest('Pxo')).toEqual([]);
    expect(suggest('Ey')).toEqual([]);
    expect(suggest('Lyonn')).toEqual(['Lyon']);
    expect(suggest('Lyyonn')).toEqual(['Lyon']);
  });

  it('does not repeat a name that was not found only because of its department', () => {
    const suggest = makeNameSuggester([
      { name: 'Lannion', group: '22' },
      { name: 'Lanion', group: '29' },
    ]);
    expect(suggest('Lannion', '29')).toEqual(['Lanion']);
  });

  it('computes few distances per name, however many names are unknown', () => {
    const stats: SuggestStats = { comparisons: 0 };
    const suggest = makeNameSuggester(communes, stats);
    // Misspellings of real communes (a letter dropped, doubled or changed) and names of nowhere.
    const queries = shipped.communes.filter((_, i) => i % 80 === 0).flatMap(([, name], i) => [name.slice(1), `${name}${name.at(-1)}`, `${name.slice(0, 2)}x${name.slice(3)}`, `Zqw ${i} Kovbu`]);
    let found = 0;
    for (const query of queries) if (suggest(query).length > 0) found += 1;
    expect(queries.length).toBeGreaterThan(400);
    expect(found).toBeGreaterThan(queries.length * 0.7);
    // A scan of the whole list would compute 8,145 distances per name.
    expect(stats.comparisons / queries.length).toBeLessThan(100);
  });
});

describe('closestAllowed (a wrong domain or cluster type)', () => {
  const domains = [
    { value: 'aider-recruter', names: ['Aider les entreprises du cluster à recruter', 'Aider à recruter'] },
    { value: 'promouvoir-metiers', names: ['Promouvoir les métiers, susciter des vocations', 'Promouvoir les métiers'] },
  ];
  it('suggests the value a misspelling or a partial name points to', () => {
    expect(closestAllowed('aider-recruteur', domains)).toEqual(['aider-recruter']);
    expect(closestAllowed('recruter', domains)).toEqual(['aider-recruter']);
    expect(closestAllowed('Promouvoir les metiers', domains)).toEqual(['promouvoir-metiers']);
  });
  it('suggests nothing for what resembles nothing, or is too short to mean anything', () => {
    expect(closestAllowed('fusée', domains)).toEqual([]);
    expect(closestAllowed('ai', domains)).toEqual([]);
  });
});

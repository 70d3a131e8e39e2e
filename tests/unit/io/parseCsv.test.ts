import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/io/import/decodeText';
import { parseCsv } from '../../../src/io/import/parseCsv';

describe('decodeText', () => {
  it('reads UTF-8, dropping the byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('nom;région\nMécabourg;Auvergne')]);
    expect(decodeText(bytes, 'a.csv')).toEqual({ ok: true, text: 'nom;région\nMécabourg;Auvergne', encoding: 'utf-8' });
  });

  it('recognises Windows-1252 from Excel', () => {
    // "Mécabourg;Île" in Windows-1252: é = 0xE9, Î = 0xCE
    const bytes = new Uint8Array([0x4d, 0xe9, 0x63, 0x61, 0x62, 0x6f, 0x75, 0x72, 0x67, 0x3b, 0xce, 0x6c, 0x65]);
    expect(decodeText(bytes, 'a.csv')).toEqual({ ok: true, text: 'Mécabourg;Île', encoding: 'windows-1252' });
  });

  it('refuses a binary file', () => {
    const result = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'classeur.xlsx');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toMatch(/neither a text file/);
  });
});

describe('parseCsv', () => {
  it('detects semicolons, keeps codes as text, and knows the line of each row even after a quoted line break', () => {
    const table = parseCsv('name;insee_code;sector_fr\nA;01053;"Mécanique\net métallurgie"\nB;02408;Chimie\n', 'c.csv');
    expect(table.delimiter).toBe(';');
    expect(table.problems).toEqual([]);
    expect(table.rows.map((r) => [r.line, r.cells.get('name'), r.cells.get('insee_code')])).toEqual([
      [2, 'A', '01053'],
      [4, 'B', '02408'],
    ]);
    expect(table.rows[0]?.cells.get('sector_fr')).toBe('Mécanique\net métallurgie');
  });

  it('reports an unclosed quote with its line instead of swallowing the file', () => {
    const text = `name,sector_fr\nA,ok\nB,"never closed\n${'C,x\n'.repeat(20_000)}`;
    const table = parseCsv(text, 'c.csv');
    expect(table.problems[0]).toMatchObject({ file: 'c.csv', line: 3, severity: 'error' });
    expect(table.problems[0]?.message).toMatch(/not closed/);
  });

  it('flags rows whose cell count does not match the header', () => {
    const table = parseCsv('name,type\nA,ptce,extra\n', 'c.csv', ',');
    expect(table.problems).toEqual([expect.objectContaining({ line: 2, message: expect.stringMatching(/3 cells where the header names 2/) })]);
  });

  it('refuses a header that names a column twice, whatever its case, and says which', () => {
    const table = parseCsv('name,type,Name,lat,lon,LAT\nA,ptce,B,1,2,3\n', 'c.csv');
    expect(table.problems).toEqual([
      expect.objectContaining({ file: 'c.csv', line: 1, code: 'duplicate-columns', params: { columns: 'name, lat' }, severity: 'error' }),
    ]);
    expect(table.problems[0]?.message).toBe('these columns appear more than once in the header: name, lat; each must appear only once');
  });

  it('lets a header end with empty columns, as spreadsheets write them', () => {
    expect(parseCsv('name;type;;\nA;ptce;;\n', 'c.csv').problems).toEqual([]);
  });

  it('treats a __proto__ column as an ordinary column', () => {
    const table = parseCsv('__proto__,name\n{"polluted":1},A\n', 'c.csv');
    expect(table.rows[0]?.cells.get('__proto__')).toBe('{"polluted":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('detectDelimiter', () => {
  it('reads the separator from the header, not from decimal commas in the data', () => {
    const table = parseCsv('name;type;lat;lon\nA;ptce;47,75;-3,37\nB;ptce;48,1;-1,6\n', 'c.csv');
    expect(table.delimiter).toBe(';');
    expect(table.rows[0]?.cells.get('lat')).toBe('47,75');
    expect(table.problems).toEqual([]);
  });
});

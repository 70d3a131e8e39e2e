import { problemText, type ImportProblem } from './importProblem';

/**
 * Files above this size are refused before they are read. A network of
 * 100,000 clusters in the JSON format is about 60 MB; its CSV tables, far less.
 */
export const MAX_IMPORT_MB = 100;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'windows-1252' }
  | { readonly ok: false; readonly problem: ImportProblem };

/**
 * Bytes to text as French users' files come: UTF-8 (with or without a BOM),
 * or Windows-1252 from Excel, recognised because it is not valid UTF-8. A
 * file with NUL bytes is binary (a spreadsheet, an image) and is refused.
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  const head = bytes.subarray(0, 65_536);
  if (head.includes(0)) {
    return {
      ok: false,
      problem: { file, ...problemText('not-text'), severity: 'error' },
    };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

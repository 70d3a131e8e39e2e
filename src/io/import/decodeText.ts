import { problemText, type ImportProblem } from './importProblem';

/**
 * Files above this size are refused before they are read. A network of
 * 100,000 clusters in the JSON format is about 60 MB; its CSV tables, far less.
 */
export const MAX_IMPORT_MB = 100;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be' }
  | { readonly ok: false; readonly problem: ImportProblem };

/**
 * UTF-16 by its byte order mark, or, without one, by its zero bytes: text in
 * Latin letters has a zero in every other byte (odd bytes in little-endian,
 * even ones in big-endian), where a binary file has them anywhere.
 */
function utf16Order(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (head[2 * i] === 0) zeroEven += 1;
    if (head[2 * i + 1] === 0) zeroOdd += 1;
  }
  if (zeroOdd >= pairs * 0.9 && zeroEven === 0) return 'utf-16le';
  if (zeroEven >= pairs * 0.9 && zeroOdd === 0) return 'utf-16be';
  return null;
}

/** A web page rather than data: what a server sends for a missing file, or a browser saves. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype\s+html|html[\s>])/i.test(text.slice(0, 1024));
}

/**
 * Bytes to text as French users' files come: UTF-8 (with or without a BOM),
 * Windows-1252 from Excel, recognised because it is not valid UTF-8, or
 * UTF-16 (Excel's « Texte Unicode », tab-separated). Any other file with NUL
 * bytes is binary (a spreadsheet, an image) and is refused.
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  const head = bytes.subarray(0, 65_536);
  const utf16 = utf16Order(head);
  if (utf16) {
    // The decoder drops the byte order mark itself.
    const text = new TextDecoder(utf16).decode(bytes);
    return { ok: true, text, encoding: utf16 };
  }
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

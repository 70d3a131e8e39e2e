/** How far an import is: what its progress bar and its words say (the page, the import's worker and the stores share it). */
export interface ImportProgress {
  readonly bytesRead: number;
  /** Null while the size is not known (a download that did not declare it). */
  readonly totalBytes: number | null;
  /** Records checked (initiatives and clusters of a JSON dataset, rows of tables), out of `rowsTotal`. */
  readonly rowsChecked: number;
  /** Known once the files are parsed; null before. */
  readonly rowsTotal: number | null;
  /** Records handed over to the page, out of `rowsTotal`: the last step. */
  readonly rowsReceived: number;
}

export const NO_PROGRESS: ImportProgress = { bytesRead: 0, totalBytes: null, rowsChecked: 0, rowsTotal: null, rowsReceived: 0 };

/**
 * Shares of the bar: reading the files, checking their records, handing them
 * to the page; about the time each takes for a network of 100,000 clusters
 * read from a disk. Parsing the text, between reading and checking, has no
 * count of its own: the bar waits there.
 */
export const PROGRESS_SHARES = { read: 0.2, check: 0.5, receive: 0.3 } as const;

const ratio = (done: number, total: number | null) => (total === null ? 0 : total <= 0 ? 1 : Math.min(1, Math.max(0, done / total)));

/**
 * How much of the import is done, from 0 to 1, for a `<progress>`; null while
 * nothing can be said (a download of unknown size, before its end).
 */
export function progressFraction(progress: ImportProgress): number | null {
  const { bytesRead, totalBytes, rowsChecked, rowsTotal, rowsReceived } = progress;
  if (totalBytes === null && rowsTotal === null) return null;
  // Once the records are counted, the files have been read whole.
  const read = rowsTotal !== null ? 1 : ratio(bytesRead, totalBytes);
  return PROGRESS_SHARES.read * read + PROGRESS_SHARES.check * ratio(rowsChecked, rowsTotal) + PROGRESS_SHARES.receive * ratio(rowsReceived, rowsTotal);
}

/** Bytes as the progress words give them: mebibytes (the size limit's unit) with one decimal. */
export const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

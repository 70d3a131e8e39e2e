import { useTranslation } from 'react-i18next';
import { megabytes, progressFraction, type ImportProgress } from '../../domain/importProgress';

/**
 * An import's progress: a bar, and the bytes read and rows checked in words
 * (the import dialog's, and a linked dataset's notice). It changes ten
 * times a second, so it is never announced: the status beside it says what
 * is going on.
 */
export function ImportProgressView({ progress, label }: { readonly progress: ImportProgress; readonly label: string }) {
  const { t } = useTranslation();
  const fraction = progressFraction(progress);
  const { bytesRead, totalBytes, rowsChecked, rowsTotal } = progress;
  return (
    // Not announced as it changes (it may sit in a notice, a live region): the bar and its words are read when reached.
    <span className="import-progress" aria-live="off">
      {/* Without a value, the bar is indeterminate: a download of unknown size. */}
      <progress aria-label={label} max={1} value={fraction ?? undefined} />
      <span>
        {totalBytes === null ? t('import.progressBytesUnknown', { read: megabytes(bytesRead) }) : t('import.progressBytes', { read: megabytes(bytesRead), total: megabytes(totalBytes) })}
        {rowsTotal !== null && ` · ${t('import.progressRows', { count: rowsChecked, total: rowsTotal })}`}
      </span>
    </span>
  );
}

import { csvDelimiterFor } from '../../domain/language';
import { errorMessage, isNetworkFailure } from '../../domain/errorMessage';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_PROGRESS, type ImportProgress } from '../../domain/importProgress';
import { downloadBlob } from '../../io/downloadBlob';
import { problemText, type ImportProblem, type OmittedProblems } from '../../io/import/importProblem';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from '../../io/import/decodeText';
import { loadDatasetWords } from '../../i18n/i18n';
import { problemPlace } from '../../i18n/problemPlace';
import type { CsvDelimiterChoice } from '../../io/import/parseCsv';
import { failureOf, ImportFailure, type ImportFailureReason } from '../../io/import/importFailure';
import { runImport, type ImportResult } from '../../io/import/runImport';
import { useDashboard, useDatasetState, useStores } from '../../state/StoreContext';
import { ImportProgressView } from './ImportProgressView';

type Status =
  | { readonly kind: 'idle' }
  /** Files are being read and checked in the import's worker; the data on screen stays usable. */
  | { readonly kind: 'importing'; readonly progress: ImportProgress }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'loaded'; readonly name: string; readonly warnings: readonly ImportProblem[]; readonly omitted: OmittedProblems; readonly recoded: readonly string[] }
  | { readonly kind: 'refused'; readonly problems: readonly ImportProblem[]; readonly omitted: OmittedProblems }
  /** The import could not run (its code or the commune list did not load, a file could not be read): nothing changed. */
  | { readonly kind: 'failed'; readonly reason: ImportFailureReason; readonly detail: string };

type Template = 'workbook' | 'clusters' | 'initiatives';

/** A template that could not be made (its code did not load, or anything else): « Réessayer » asks for it again. */
interface TemplateFailure {
  readonly template: Template;
  /** `code`: a part of its code (the templates, the workbook writer, its spreadsheet library) did not load. */
  readonly reason: 'code' | 'unexpected';
  readonly detail: string;
}

const NONE_OMITTED: OmittedProblems = { count: 0, errors: 0, byKind: [] };

/** A template as a file spreadsheets open with its accents (UTF-8 with a BOM, which toCsv writes). */
const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });

/**
 * Load one's own data: a JSON dataset, or CSV tables of clusters and
 * initiatives. Nothing on screen changes until a file has passed every
 * check; then it replaces the data, and the study is one click away.
 */
export function ImportDialog() {
  const { t, i18n } = useTranslation();
  const stores = useStores();
  const language = useDashboard((s) => s.language);
  // Templates in the separator and decimal mark of the interface's spreadsheets: French Excel expects « ; » and « 0,88 ».
  const templateDelimiter = csvDelimiterFor(language);
  const datasetState = useDatasetState();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [delimiter, setDelimiter] = useState<CsvDelimiterChoice>('auto');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [templateFailure, setTemplateFailure] = useState<TemplateFailure | null>(null);
  /** The import under way, to cancel it; and the files last chosen, to try them again after a failure. */
  const running = useRef<AbortController | null>(null);
  const lastFiles = useRef<readonly File[]>([]);
  // An import under way stops with the dialog (the page going away, a test unmounting it).
  useEffect(() => () => running.current?.abort(), []);
  // Templates are written when asked for: their code and the workbook writer stay out of the first download.
  const downloadTemplate = async (template: Template) => {
    // A failure said again is said anew (the alert comes back), not left as it was.
    setTemplateFailure(null);
    try {
      if (template === 'workbook') {
        const study = stores.dataset.getState().study;
        if (!study) return;
        const [{ templateWorkbookSheets }, { workbookBlob }] = await Promise.all([import('../../io/import/templates'), import('../../io/export/workbook')]);
        downloadBlob(await workbookBlob(templateWorkbookSheets(study, language, t)), t('templates.workbookFile'));
      } else {
        const { templateCsv } = await import('../../io/import/templates');
        downloadBlob(csvBlob(templateCsv(template, t('templates.example'), templateDelimiter)), t(`templates.csvFile_${template}`));
      }
    } catch (error) {
      // Said instead of nothing happening. Code fetched on demand that does not arrive (these modules, or the
      // spreadsheet library the workbook writer loads in turn) rejects with the browser's TypeError.
      setTemplateFailure({ template, reason: isNetworkFailure(error) ? 'code' : 'unexpected', detail: errorMessage(error) });
    }
  };
  const imported = datasetState.status === 'ready' && datasetState.origin.kind === 'import' ? datasetState.origin.name : null;

  const importFiles = async (files: readonly File[]) => {
    if (files.length === 0) return;
    // A new choice replaces an import under way.
    running.current?.abort();
    running.current = null;
    lastFiles.current = files;
    const tooLarge = files.filter((f) => f.size > MAX_IMPORT_BYTES);
    if (tooLarge.length > 0) {
      // Refused before reading: a huge file must not freeze the tab.
      setStatus({
        kind: 'refused',
        problems: tooLarge.map((f) => ({ file: f.name, ...problemText('too-large-unread', { max: MAX_IMPORT_MB }), severity: 'error' })),
        omitted: NONE_OMITTED,
      });
      return;
    }
    const study = stores.dataset.getState().study;
    if (!study) return;
    const controller = new AbortController();
    running.current = controller;
    setStatus({ kind: 'importing', progress: { ...NO_PROGRESS, totalBytes: files.reduce((sum, f) => sum + f.size, 0) } });
    let result: ImportResult;
    try {
      // The words of a dataset's problems load while the import runs; the result is shown with them.
      // Their chunk failing to load is the import's code failing to load.
      const words = loadDatasetWords(i18n).catch(() => {
        throw new ImportFailure('code', '');
      });
      words.catch(() => undefined);
      // Read, checked and indexed in a worker: the page stays responsive, and the data on screen usable, meanwhile.
      result = await runImport(
        { files: files.map((file) => ({ name: file.name, file })), delimiter, domains: study.domains, pageAddress: document.baseURI, now: new Date() },
        { signal: controller.signal, onProgress: (progress) => setStatus({ kind: 'importing', progress }) },
      );
      await words;
      // Cancelled, or replaced by newer files, while the words came.
      controller.signal.throwIfAborted();
    } catch (error) {
      // Cancelled, or replaced by newer files: what stopped it says what happened.
      if (controller.signal.aborted) return;
      // Never left « importing »: the reader is told, the data on screen stays, and « Réessayer » runs it again.
      setStatus({ kind: 'failed', ...failureOf(error) });
      return;
    } finally {
      if (running.current === controller) running.current = null;
    }
    if (!result.ok) {
      setStatus({ kind: 'refused', problems: result.problems, omitted: result.omitted });
      return;
    }
    const name = files.map((f) => f.name).join(', ');
    stores.dataset.getState().setImported(result.index, name);
    setStatus({ kind: 'loaded', name, warnings: result.warnings, omitted: result.omitted, recoded: result.recodedFiles });
  };

  const cancelImport = () => {
    running.current?.abort();
    running.current = null;
    setStatus({ kind: 'cancelled' });
  };

  const backToStudy = () => {
    const study = stores.dataset.getState().study;
    if (study) stores.dataset.getState().setDataset(study, { kind: 'study' });
    setStatus({ kind: 'idle' });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importFiles([...event.dataTransfer.files]);
  };

  const errors = status.kind === 'refused' ? status.problems.filter((p) => p.severity === 'error') : [];
  // Past the listed problems, how many more of each kind: « et 99 800 autres problèmes : 99 000 « type inconnu », … ».
  const more = (omitted: OmittedProblems) =>
    omitted.count > 0 && (
      <p className="import-more">
        {t('import.more', {
          count: omitted.count,
          kinds: omitted.byKind.map((k) => t('import.moreKind', { count: k.count, kind: t(`problemKinds.${k.kind}`, { defaultValue: k.kind }) })).join(', '),
        })}
      </p>
    );

  const openLabel = status.kind === 'importing' ? t('import.openImporting') : imported ? t('import.openImported', { name: imported }) : t('import.open');
  return (
    <>
      <button ref={openerRef} type="button" className="import-open" title={openLabel} onClick={() => dialogRef.current?.showModal()}>
        {openLabel}
      </button>
      <dialog ref={dialogRef} className="import-dialog" aria-labelledby="import-heading" onClose={() => openerRef.current?.focus()}>
        <div className="import-bar">
          <h2 id="import-heading">{t('import.heading')}</h2>
          <button type="button" onClick={() => dialogRef.current?.close()} aria-label={t('import.close')}>
            ✕
          </button>
        </div>
        <p>{t('import.intro')}</p>
        <p className="detail-note">
          {t('import.templates')}{' '}
          <button type="button" className="link-button" onClick={() => void downloadTemplate('workbook')}>
            {t('import.workbookTemplate')}
          </button>{' '}
          ·{' '}
          <button type="button" className="link-button" onClick={() => void downloadTemplate('clusters')}>
            {t('import.clustersTemplate')}
          </button>{' '}
          <button type="button" className="link-button" onClick={() => void downloadTemplate('initiatives')}>
            {t('import.initiativesTemplate')}
          </button>
        </p>
        {templateFailure && (
          // An alert: heard as it comes, apart from the import's status line (a template can be asked for while an import runs).
          <p role="alert" className="import-failed">
            {t(`import.templateFailed_${templateFailure.reason}`, { detail: templateFailure.detail })}{' '}
            <button type="button" className="link-button" onClick={() => void downloadTemplate(templateFailure.template)}>
              {t('import.retry')}
            </button>
          </p>
        )}
        <div
          className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="drop-zone"
        >
          <label className="import-file">
            {t('import.choose', { max: MAX_IMPORT_MB })}
            <input type="file" accept=".csv,.json,.xlsx,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" multiple onChange={(event) => void importFiles([...(event.target.files ?? [])])} />
          </label>
          <span className="detail-note">{t('import.drop')}</span>
        </div>
        <label className="import-delimiter">
          {t('import.delimiter')}
          <select value={delimiter} onChange={(event) => setDelimiter(event.target.value as CsvDelimiterChoice)}>
            <option value="auto">{t('import.delimiterAuto')}</option>
            <option value=",">{t('export.comma')}</option>
            <option value=";">{t('export.semicolon')}</option>
            <option value={'\t'}>{t('import.tab')}</option>
          </select>
        </label>

        <div role="status" className="import-status">
          {status.kind === 'importing' && t('import.reading')}
          {status.kind === 'cancelled' && t('import.cancelled')}
          {status.kind === 'failed' && (
            <span className="import-failed">
              {t(`import.failed_${status.reason}`, { detail: status.detail })}{' '}
              <button type="button" className="link-button" onClick={() => void importFiles(lastFiles.current)}>
                {t('import.retry')}
              </button>{' '}
              <button type="button" className="link-button" onClick={() => window.location.reload()}>
                {t('app.reload')}
              </button>
            </span>
          )}
          {status.kind === 'loaded' && t('import.loaded', { name: status.name })}
          {status.kind === 'loaded' && status.recoded.length > 0 && ` ${t('import.recoded', { files: status.recoded.join(', ') })}`}
        </div>
        {status.kind === 'importing' && (
          <div className="import-running">
            <ImportProgressView progress={status.progress} label={t('import.progress')} />
            <button type="button" onClick={cancelImport}>
              {t('import.cancel')}
            </button>
          </div>
        )}
        {status.kind === 'loaded' && status.warnings.length > 0 && (
          <details className="import-warnings" open>
            <summary>{t('import.warnings', { count: status.warnings.length })}</summary>
            <ul>
              {status.warnings.map((problem, i) => (
                <li key={i}>{t('import.problem', { place: problemPlace(problem, t), message: t(`importProblems.${problem.code}`, problem.params) })}</li>
              ))}
            </ul>
            {more(status.omitted)}
          </details>
        )}
        {status.kind === 'refused' && (
          <div role="alert" className="import-errors">
            <p>{t('import.refused', { count: errors.length + status.omitted.errors })}</p>
            <ul data-testid="import-problems">
              {status.problems.map((problem, i) => (
                <li key={i} className={problem.severity === 'warning' ? 'is-warning' : undefined}>
                  {t('import.problem', { place: problemPlace(problem, t), message: t(`importProblems.${problem.code}`, problem.params) })}
                </li>
              ))}
            </ul>
            {more(status.omitted)}
          </div>
        )}
        {imported && (
          <button type="button" className="import-back" onClick={backToStudy}>
            {t('import.backToStudy')}
          </button>
        )}
      </dialog>
    </>
  );
}

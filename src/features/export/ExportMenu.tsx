import { errorMessage } from '../../domain/errorMessage';
import { csvDelimiterFor, dataText, LOCALE_TAG } from '../../domain/language';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageLayout, ImageScope } from '../../io/export/exportView';
import type { ExportView } from '../../io/export/fileName';
import type { CsvDelimiter } from '../../io/export/tables';
import { useDashboard, useDashboardApi, useDatasetIndex } from '../../state/StoreContext';
import { selectVisibility } from '../../state/selectors';
import { downloadBlob } from '../../io/downloadBlob';
import { RadioChoices } from '../../ui/RadioChoices';
import { useDescribeFilters } from '../../state/useFilterPhrases';
import { useViewHandles, type ViewHandleRegistry } from '../../io/export/viewHandles';
import type { MatrixTable } from '../../io/export/matrixExport';
import { defaultExportTitle } from './defaultTitle';
import { useExportMeta } from './useExportMeta';
import { selectedItemName } from './selectionWords';

type Job = 'png' | 'svg' | 'initiatives' | 'clusters' | 'matrix' | 'xlsx' | 'json';
type Status = { readonly kind: 'idle' } | { readonly kind: 'busy'; readonly job: Job } | { readonly kind: 'done'; readonly fileName: string; readonly note: string | null } | { readonly kind: 'failed'; readonly message: string };

const SCOPES: readonly ImageScope[] = ['whole', 'chart', 'map', 'matrix'];
const LAYOUTS: readonly ImageLayout[] = ['page', 'slide'];
const SCOPE_FILE: Record<ImageLayout, Record<ImageScope, ExportView>> = {
  page: { whole: 'vue', chart: 'figure1', map: 'carte', matrix: 'matrice' },
  slide: { whole: 'diapo-vue', chart: 'diapo-figure1', map: 'diapo-carte', matrix: 'diapo-matrice' },
};

/** The coverage matrix as the page has it, folded or not (its view mounts once the first screen has painted). */
async function matrixOf(handles: ViewHandleRegistry): Promise<MatrixTable> {
  return (await handles.whenMatrix()).table();
}

/**
 * Export what you see: the view, Figure 1 or the map as an image that stands
 * on its own (a page for a report, or a 16:9 slide), and the filtered rows as
 * CSV or JSON. The export code is loaded on first use only; the options live
 * in a panel mounted while open, so filter changes never re-render a closed menu.
 */
export function ExportMenu() {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  };
  return (
    <div className="export-menu" onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className="export-toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t('export.open')} ▾
      </button>
      {open && (
        <>
          {/* A modal panel: the page behind is inert (it would be half hidden under the options) and a click on it closes. */}
          <div className="export-backdrop" onClick={close} aria-hidden="true" />
          <ExportPanel id={`${id}-panel`} />
        </>
      )}
    </div>
  );
}

function ExportPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const api = useDashboardApi();
  const handles = useViewHandles();
  const describe = useDescribeFilters(t);
  const language = useDashboard((s) => s.language);
  const filters = useDashboard((s) => s.filters);
  const customTitle = useDashboard((s) => s.exportTitle);
  const setExportTitle = useDashboard((s) => s.setExportTitle);
  const buildMeta = useExportMeta();
  const [scope, setScope] = useState<ImageScope>('whole');
  const [layout, setLayout] = useState<ImageLayout>('page');
  const [scale, setScale] = useState(2);
  const [hideFiltered, setHideFiltered] = useState(false);
  // French spreadsheets expect the semicolon (and a decimal comma); others the comma.
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(() => csvDelimiterFor(language));
  // Exact: the columns the import reads back. Readable: headers and labels in words, for people.
  const [csvForm, setCsvForm] = useState<'exact' | 'readable'>('exact');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const panelRef = useRef<HTMLDivElement>(null);

  // The title follows the filters until the user writes one; Reset (or "Default title") lets it follow again.
  const defaultTitle = defaultExportTitle(scope, filters, index, t, language);
  const title = customTitle ?? defaultTitle;

  useEffect(function focusFirstControl() {
    panelRef.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, []);
  useEffect(function keepPageBehindInert() {
    const main = panelRef.current?.ownerDocument.getElementsByTagName('main')[0];
    if (!main) return;
    main.inert = true;
    return function wakePageBehind() {
      main.inert = false;
    };
  }, []);

  const run = async (job: Job) => {
    setStatus({ kind: 'busy', job });
    try {
      const [{ exportImage }, { exportFileName }, data] = await Promise.all([
        import('../../io/export/exportView'),
        import('../../io/export/fileName'),
        import('../../io/export/exportData'),
      ]);
      const now = new Date();
      // What is on screen now: read here rather than followed.
      const { filters: current, selection } = api.getState();
      const visibility = selectVisibility(index, current);
      const phrases = describe(current);
      const visibleInitiatives = index.dataset.initiatives.filter((_, position) => visibility.initiativeIds.mask[position] === 1);
      const visibleClusters = index.dataset.clusters.filter((_, position) => visibility.clusterIds.mask[position] === 1);
      let blob: Blob;
      let fileName: string;
      let note: string | null = null;
      if (job === 'png' || job === 'svg') {
        // The matrix is worked out once: its shades for the legend, its rows for the drawing.
        const matrix = scope === 'matrix' ? await matrixOf(handles) : null;
        const views = matrix ? { ...handles.views(), matrix: { table: () => Promise.resolve(matrix) } } : handles.views();
        const result = await exportImage({
          scope,
          layout,
          format: job,
          scale,
          hideFiltered,
          meta: buildMeta(scope, title, matrix?.maxCount, hideFiltered),
          tilesOmittedNote: t('export.tilesOmitted'),
          lowerDensityNote: (density) => t('export.densityLowered', { density }),
          matrixRowsLeftOutNote: (shown, count) => t('export.matrixRowsLeftOut', { shown, count }),
          views,
        });
        blob = result.blob;
        // A picture of a selected view is that item's: its name's first words lead the file's (two selections, two
        // files), leaving room for the filters' (the matrix does not show the selection).
        const selectedName = scope === 'matrix' ? null : selectedItemName(selection, index, language);
        const selectionWord = selectedName?.split(/\s+/).slice(0, 3).join(' ');
        fileName = exportFileName(SCOPE_FILE[layout][scope], selectionWord ? [selectionWord, ...phrases] : phrases, now, job, language);
        const notes = [result.tilesOmitted ? t('export.tilesOmitted') : null, result.densityLowered ? t('export.densityLowered', { density: result.densityLowered }) : null];
        note = notes.filter((n) => n !== null).join(' ') || null;
      } else if (job === 'matrix') {
        // The matrix is words and counts by nature: one form, the readable one.
        const [{ readableCsv }, { matrixSheet }] = await Promise.all([import('../../io/export/workbook'), import('../../io/export/matrixExport')]);
        blob = new Blob([readableCsv(matrixSheet(await matrixOf(handles)), delimiter)], { type: 'text/csv;charset=utf-8' });
        fileName = exportFileName('matrice', phrases, now, 'csv', language);
      } else if ((job === 'initiatives' || job === 'clusters') && csvForm === 'readable') {
        const { readableTables, readableCsv } = await import('../../io/export/workbook');
        const tables = readableTables(index, { initiatives: visibleInitiatives, clusters: visibleClusters }, language, t);
        blob = new Blob([readableCsv(tables[job], delimiter)], { type: 'text/csv;charset=utf-8' });
        fileName = exportFileName(job === 'initiatives' ? 'initiatives-lisible' : 'clusters-lisible', phrases, now, 'csv', language);
      } else if (job === 'initiatives') {
        blob = data.initiativesCsv(visibleInitiatives, delimiter);
        fileName = exportFileName('initiatives', phrases, now, 'csv', language);
      } else if (job === 'clusters') {
        blob = data.clustersCsv(visibleClusters, delimiter);
        fileName = exportFileName('clusters', phrases, now, 'csv', language);
      } else if (job === 'xlsx') {
        // The writer is loaded only now: most people never ask for a workbook.
        const { workbookSheets, workbookBlob } = await import('../../io/export/workbook');
        const about = {
          title: customTitle ?? defaultExportTitle('whole', current, index, t, language),
          filters: phrases,
          source: dataText(index.dataset.meta.sourceLine, language),
          datasetVersion: index.dataset.meta.datasetVersion,
          exportedOn: now.toLocaleDateString(LOCALE_TAG[language], { day: 'numeric', month: 'long', year: 'numeric' }),
          link: window.location.href,
        };
        const { matrixSheet } = await import('../../io/export/matrixExport');
        const matrix = matrixSheet(await matrixOf(handles));
        blob = await workbookBlob(workbookSheets(index, { initiatives: visibleInitiatives, clusters: visibleClusters, matrix }, about, language, t));
        fileName = exportFileName('donnees', phrases, now, 'xlsx', language);
      } else {
        blob = data.filteredJson(index.dataset, { initiatives: visibleInitiatives, clusters: visibleClusters }, {
          source: dataText(index.dataset.meta.sourceLine, language),
          permalink: window.location.href,
          filters: phrases,
          now,
        });
        fileName = exportFileName('donnees', phrases, now, 'json', language);
      }
      downloadBlob(blob, fileName);
      setStatus({ kind: 'done', fileName, note });
    } catch (error) {
      const failure = error instanceof Error && 'failure' in error ? String((error as { failure: string }).failure) : 'unexpected';
      const detail = errorMessage(error);
      setStatus({ kind: 'failed', message: t(`export.failed_${failure}`, { detail, defaultValue: t('export.failed_unexpected', { detail }) }) });
    }
  };

  const busy = status.kind === 'busy';
  const jobButton = (job: Job, label: string) => (
    <button type="button" onClick={() => void run(job)} disabled={busy} aria-busy={busy && status.job === job}>
      {busy && status.job === job ? t('export.working') : label}
    </button>
  );
  const radios = <T extends string | number>(name: string, label: string, options: readonly T[], value: T, set: (value: T) => void, words: (option: T) => string) => (
    <RadioChoices name={`${id}-${name}`} label={label} options={options} value={value} onChange={set} words={words} />
  );

  return (
    <div id={id} ref={panelRef} className="export-panel" role="dialog" aria-modal="true" aria-label={t('export.panel')}>
      <fieldset>
        <legend>{t('export.image')}</legend>
        <label className="export-title">
          {t('export.title')}
          <input type="text" value={title} maxLength={140} aria-describedby={`${id}-title-hint`} onChange={(event) => setExportTitle(event.target.value)} />
        </label>
        <p className="export-hint" id={`${id}-title-hint`}>
          {customTitle === null ? (
            t('export.titleFollows')
          ) : (
            <button type="button" className="link-button" onClick={() => setExportTitle(null)}>
              {t('export.titleReset')}
            </button>
          )}
        </p>
        {radios('layout', t('export.layout'), LAYOUTS, layout, setLayout, (option) => t(`export.layout_${option}`))}
        {radios('scope', t('export.scope'), SCOPES, scope, setScope, (option) => t(`export.scope_${option}`))}
        {radios('scale', t('export.density'), [2, 1], scale, setScale, (option) => t(layout === 'slide' ? `export.slideDensity_${option}` : `export.density_${option}`))}
        <label className="export-check">
          <input type="checkbox" checked={hideFiltered} disabled={scope === 'matrix'} onChange={(event) => setHideFiltered(event.target.checked)} />
          {t('export.hideFiltered')}
        </label>
        <div className="export-actions">
          {jobButton('png', t('export.png'))}
          {jobButton('svg', t('export.svg'))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('export.data')}</legend>
        {radios('delimiter', t('export.delimiter'), [',', ';'] as const, delimiter, setDelimiter, (option) => t(option === ',' ? 'export.comma' : 'export.semicolon'))}
        {radios('csvForm', t('export.csvForm'), ['exact', 'readable'] as const, csvForm, setCsvForm, (option) => t(`export.csvForm_${option}`))}
        <div className="export-actions">
          {jobButton('initiatives', t('export.initiativesCsv'))}
          {jobButton('clusters', t('export.clustersCsv'))}
          {jobButton('matrix', t('export.matrixCsv'))}
          {jobButton('xlsx', t('export.workbook'))}
          {jobButton('json', t('export.json'))}
        </div>
      </fieldset>
      <p className="export-status" role="status">
        {status.kind === 'busy' && t('export.working')}
        {status.kind === 'done' && t('export.done', { fileName: status.fileName })}
        {status.kind === 'done' && status.note && ` ${status.note}`}
      </p>
      {status.kind === 'failed' && (
        <p className="export-error" role="alert">
          {status.message}
        </p>
      )}
    </div>
  );
}

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImageScope } from '../../io/export/exportView';
import type { ExportView } from '../../io/export/fileName';
import type { CsvDelimiter } from '../../io/export/tables';
import { useDashboard, useDashboardApi, useDatasetIndex } from '../../state/StoreContext';
import { selectVisibility } from '../../state/selectors';
import { downloadBlob } from '../../io/downloadBlob';
import { useDescribeFilters } from '../../state/useFilterPhrases';
import { useExportMeta } from './useExportMeta';

type Job = 'png' | 'svg' | 'initiatives' | 'clusters' | 'json';
type Status = { readonly kind: 'idle' } | { readonly kind: 'busy'; readonly job: Job } | { readonly kind: 'done'; readonly fileName: string; readonly note: string | null } | { readonly kind: 'failed'; readonly message: string };

const SCOPES: readonly ImageScope[] = ['whole', 'chart', 'map'];
const SCOPE_FILE: Record<ImageScope, ExportView> = { whole: 'vue', chart: 'figure1', map: 'carte' };

/**
 * Export what you see: the view, Figure 1 or the map as a PNG (or the chart as
 * SVG) that stands on its own, and the filtered rows as CSV or JSON. The
 * export code is loaded on first use only.
 */
export function ExportMenu() {
  const { t } = useTranslation();
  const id = useId();
  const index = useDatasetIndex();
  const api = useDashboardApi();
  const describe = useDescribeFilters();
  const language = useDashboard((s) => s.language);
  const buildMeta = useExportMeta();
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<ImageScope>('whole');
  const [scale, setScale] = useState(2);
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(',');
  const [customTitle, setCustomTitle] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const title = customTitle ?? t(`export.defaultTitle_${scope}`);

  useEffect(
    function focusFirstControl() {
      if (open) panelRef.current?.querySelector<HTMLElement>('input, button')?.focus();
    },
    [open],
  );

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

  const run = async (job: Job) => {
    setStatus({ kind: 'busy', job });
    try {
      const [{ exportImage }, { exportFileName }, data] = await Promise.all([
        import('../../io/export/exportView'),
        import('../../io/export/fileName'),
        import('../../io/export/exportData'),
      ]);
      const now = new Date();
      // What is on screen now: read here rather than followed, so filter changes never re-render this menu.
      const { filters } = api.getState();
      const visibility = selectVisibility(index, filters);
      const phrases = describe(filters);
      const visibleInitiatives = index.dataset.initiatives.filter((_, position) => visibility.initiativeIds.mask[position] === 1);
      const visibleClusters = index.dataset.clusters.filter((_, position) => visibility.clusterIds.mask[position] === 1);
      let blob: Blob;
      let fileName: string;
      let note: string | null = null;
      if (job === 'png' || job === 'svg') {
        const result = await exportImage({ scope, format: job, scale, meta: buildMeta(scope, title), tilesOmittedNote: t('export.tilesOmitted') });
        blob = result.blob;
        fileName = exportFileName(SCOPE_FILE[scope], phrases, now, job);
        if (result.tilesOmitted) note = t('export.tilesOmitted');
      } else if (job === 'initiatives') {
        blob = data.initiativesCsv(visibleInitiatives, delimiter);
        fileName = exportFileName('initiatives', phrases, now, 'csv');
      } else if (job === 'clusters') {
        blob = data.clustersCsv(visibleClusters, delimiter);
        fileName = exportFileName('clusters', phrases, now, 'csv');
      } else {
        blob = data.filteredJson(index.dataset, { initiatives: visibleInitiatives, clusters: visibleClusters }, {
          source: index.dataset.meta.sourceLine[language],
          permalink: window.location.href,
          filters: phrases,
          now,
        });
        fileName = exportFileName('donnees', phrases, now, 'json');
      }
      downloadBlob(blob, fileName);
      setStatus({ kind: 'done', fileName, note });
    } catch (error) {
      const failure = error instanceof Error && 'failure' in error ? String((error as { failure: string }).failure) : 'unexpected';
      const detail = error instanceof Error ? error.message : String(error);
      setStatus({ kind: 'failed', message: t(`export.failed_${failure}`, { detail, defaultValue: t('export.failed_unexpected', { detail }) }) });
    }
  };

  const busy = status.kind === 'busy';
  const jobButton = (job: Job, label: string, disabled = false) => (
    <button type="button" onClick={() => void run(job)} disabled={busy || disabled} aria-busy={busy && status.job === job}>
      {busy && status.job === job ? t('export.working') : label}
    </button>
  );

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
        <div id={`${id}-panel`} ref={panelRef} className="export-panel" role="group" aria-label={t('export.panel')}>
          <fieldset>
            <legend>{t('export.image')}</legend>
            <label className="export-title">
              {t('export.title')}
              <input type="text" value={title} maxLength={140} onChange={(event) => setCustomTitle(event.target.value)} />
            </label>
            <div className="export-choices" role="radiogroup" aria-label={t('export.scope')}>
              {SCOPES.map((option) => (
                <label key={option}>
                  <input type="radio" name={`${id}-scope`} checked={scope === option} onChange={() => setScope(option)} />
                  {t(`export.scope_${option}`)}
                </label>
              ))}
            </div>
            <div className="export-choices" role="radiogroup" aria-label={t('export.density')}>
              {[2, 1].map((option) => (
                <label key={option}>
                  <input type="radio" name={`${id}-scale`} checked={scale === option} onChange={() => setScale(option)} />
                  {t(`export.density_${option}`)}
                </label>
              ))}
            </div>
            <div className="export-actions">
              {jobButton('png', t('export.png'))}
              {jobButton('svg', t('export.svg'), scope === 'map')}
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('export.data')}</legend>
            <div className="export-choices" role="radiogroup" aria-label={t('export.delimiter')}>
              {([',', ';'] as const).map((option) => (
                <label key={option}>
                  <input type="radio" name={`${id}-delimiter`} checked={delimiter === option} onChange={() => setDelimiter(option)} />
                  {t(option === ',' ? 'export.comma' : 'export.semicolon')}
                </label>
              ))}
            </div>
            <div className="export-actions">
              {jobButton('initiatives', t('export.initiativesCsv'))}
              {jobButton('clusters', t('export.clustersCsv'))}
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
      )}
    </div>
  );
}

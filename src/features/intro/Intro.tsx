import { dataText } from '../../domain/language';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDashboard, useDatasetIndex, useDatasetState } from '../../state/StoreContext';

const STORAGE_KEY = 'clusters-emploi:intro-open';

function readOpen(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false; // Storage can be refused (private modes): the intro then simply starts folded.
  }
}

/**
 * The dataset's link, if it is a web page (the schema refuses other schemes;
 * checked again where it becomes a link), with its host to show: a link's words
 * must not say « the Apec's site » whatever it points to.
 */
function webLink(url: string | null): { readonly href: string; readonly host: string } | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? { href: parsed.href, host: parsed.host } : null;
  } catch {
    return null;
  }
}

/**
 * What the page shows, in one line, so the views start high on a laptop's
 * first screen; the full text is one click away, and the choice is
 * remembered. An imported dataset speaks for itself: its own title and source.
 */
export function Intro() {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const { dataset } = useDatasetIndex();
  const datasetState = useDatasetState();
  const imported = datasetState.status === 'ready' && datasetState.origin.kind !== 'study';
  const [open, setOpen] = useState(readOpen);
  const toggle = () => {
    const next = !open;
    setOpen(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next ? '1' : '0');
    } catch {
      // Not remembered, still toggled.
    }
  };
  const link = webLink(dataset.meta.url);
  const reference = (
    <p className="intro-reference">
      {t('intro.reference', { title: dataset.meta.title, source: dataText(dataset.meta.sourceLine, language) })}{' '}
      {link && (
        <a href={link.href} target="_blank" rel="noopener noreferrer">
          {imported ? t('intro.readImported', { source: dataset.meta.publisher, host: link.host }) : t('intro.read')}
        </a>
      )}
    </p>
  );
  return (
    <section className={open ? 'intro is-open' : 'intro'} aria-labelledby="intro-heading">
      <div className="intro-bar">
        <h2 id="intro-heading">{t('intro.heading')}</h2>
        <p className="intro-summary">
          {imported
            ? t('intro.summaryImported', { title: dataset.meta.title, clusters: dataset.clusters.length, initiatives: dataset.initiatives.length })
            : t('intro.summary')}
        </p>
        <button type="button" className="disclosure" aria-expanded={open} aria-controls="intro-body" onClick={toggle}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {open ? t('intro.hide') : t('intro.show')}
        </button>
      </div>
      {open && (
        <div id="intro-body" className="intro-body">
          {!imported && <p>{t('intro.what')}</p>}
          <p>{t('intro.how')}</p>
          {reference}
        </div>
      )}
    </section>
  );
}

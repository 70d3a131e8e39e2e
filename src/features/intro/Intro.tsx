import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';

const STORAGE_KEY = 'clusters-emploi:intro-collapsed';

function readCollapsed(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false; // Storage can be refused (private modes): the intro then simply starts open.
  }
}

/** What the page shows, for a first-time visitor; folded away once read, and remembered. */
export function Intro() {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const { dataset } = useDatasetIndex();
  const [collapsed, setCollapsed] = useState(readCollapsed);
  const toggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next ? '1' : '0');
    } catch {
      // Not remembered, still toggled.
    }
  };
  return (
    <section className="intro" aria-labelledby="intro-heading">
      <div className="intro-bar">
        <h2 id="intro-heading">{t('intro.heading')}</h2>
        <button type="button" aria-expanded={!collapsed} aria-controls="intro-body" onClick={toggle}>
          {collapsed ? t('intro.show') : t('intro.hide')}
        </button>
      </div>
      {!collapsed && (
        <div id="intro-body" className="intro-body">
          <p>{t('intro.what')}</p>
          <p>{t('intro.how')}</p>
          <p className="intro-reference">
            {t('intro.reference', { title: dataset.meta.title, source: dataset.meta.sourceLine[language] })}{' '}
            {dataset.meta.url && (
              <a href={dataset.meta.url} target="_blank" rel="noopener noreferrer">
                {t('intro.read')}
              </a>
            )}
          </p>
        </div>
      )}
    </section>
  );
}

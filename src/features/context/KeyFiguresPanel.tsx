import { dataText } from '../../domain/language';
import { linearScale } from '../../domain/chart/linearScale';
import { useTranslation } from 'react-i18next';
import { formatFigureValue } from '../../domain/format';
import type { KeyFigure } from '../../domain/schema';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { INK } from '../../domain/designTokens';

const THEMES = ['framing', 'job-creation', 'skills-match', 'limits'] as const;
const BAR_WIDTH = 180;

function SourceStudy({ figure }: { figure: KeyFigure }) {
  return (
    <span className="source-note">
      {figure.sourceStudy}
      {figure.sourceYear !== null && `, ${figure.sourceYear}`}
      {figure.source.page !== undefined && ` · p. ${figure.source.page}`}
    </span>
  );
}

/**
 * The first part of the study, at a glance: shares as bars on a common 0–100 %
 * scale (so they compare), other figures as numbers, each with the study it
 * comes from.
 */
export function KeyFiguresPanel() {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const { dataset } = useDatasetIndex();
  const x = linearScale([0, 100], [0, BAR_WIDTH]);
  if (dataset.keyFigures.length === 0) return null;
  return (
    <section className="panel key-figures" aria-labelledby="key-figures-heading">
      <h2 id="key-figures-heading">{t('keyFigures.heading')}</h2>
      {THEMES.map((theme) => {
        const figures = dataset.keyFigures.filter((f) => f.theme === theme);
        if (figures.length === 0) return null;
        const shares = figures.filter((f) => f.unit === 'percent');
        const others = figures.filter((f) => f.unit !== 'percent');
        return (
          <details key={theme} className="key-figures-theme" open={theme === 'job-creation' || undefined}>
            <summary>
              <h3>{t(`keyFigures.theme_${theme}`)}</h3>
              <span className="detail-note">{t('keyFigures.count', { count: figures.length })}</span>
            </summary>
            {shares.length > 0 && (
              <ul className="share-bars">
                {shares.map((figure) => (
                  <li key={figure.id} data-figure-id={figure.id}>
                    <svg width={BAR_WIDTH + 48} height={14} aria-hidden="true">
                      <rect width={BAR_WIDTH} height={10} y={2} fill="#e4e7ea" />
                      <rect width={x(Math.min(100, figure.value))} height={10} y={2} fill="#1f4e99" />
                      <text x={BAR_WIDTH + 4} y={11} fontSize={11} fill={INK}>
                        {formatFigureValue(figure, language)}
                      </text>
                    </svg>
                    <span>
                      <span className="visually-hidden">{formatFigureValue(figure, language)} : </span>
                      {dataText(figure.label, language)}
                      {figure.year !== null && ` (${figure.year})`}
                    </span>
                    <SourceStudy figure={figure} />
                  </li>
                ))}
              </ul>
            )}
            {others.length > 0 && (
              <dl className="figure-tiles">
                {others.map((figure) => (
                  <div key={figure.id} className="figure-item" data-figure-id={figure.id}>
                    <dt>{formatFigureValue(figure, language)}</dt>
                    <dd>
                      {dataText(figure.label, language)}
                      {figure.year !== null && ` (${figure.year})`} <SourceStudy figure={figure} />
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </details>
        );
      })}
    </section>
  );
}

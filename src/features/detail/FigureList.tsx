import { dataText } from '../../domain/language';
import { useTranslation } from 'react-i18next';
import { formatFigureValue } from '../../domain/format';
import type { Figure } from '../../domain/schema';
import { useDashboard } from '../../state/StoreContext';
import { SourceNote } from './SourceNote';

/** Figures as a definition list: the number large, what it counts, its year and its source. */
export function FigureList({ figures }: { figures: readonly Figure[] }) {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  return (
    <dl className="figure-list">
      {figures.map((figure) => (
        <div key={figure.id} className="figure-item" data-figure-id={figure.id}>
          <dt>{formatFigureValue(figure, language)}</dt>
          <dd>
            {dataText(figure.label, language)}
            {figure.year !== null && ` (${t('detail.figureYear', { year: figure.year })})`}
            <SourceNote source={figure.source} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

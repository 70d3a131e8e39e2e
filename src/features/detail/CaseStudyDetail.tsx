import { dataText } from '../../domain/language';
import { useTranslation } from 'react-i18next';
import type { CaseStudy } from '../../domain/schema';
import type { Selection } from '../../state/dashboardStore';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { FigureList } from './FigureList';
import { QuoteList } from './QuoteList';
import { DomainLine } from './DomainLine';
import { SourceNote } from './SourceNote';

interface Props {
  readonly caseStudy: CaseStudy;
  readonly navigate: (next: Selection) => void;
}

export function CaseStudyDetail({ caseStudy, navigate }: Props) {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const index = useDatasetIndex();
  const initiative = index.initiativeById.get(caseStudy.initiative);
  return (
    <>
      <DomainLine domainId={caseStudy.domain} />
      <dl className="detail-facts">
        <div>
          <dt>{t('detail.clusters')}</dt>
          <dd>
            <ul className="inline-list" data-testid="case-study-clusters">
              {caseStudy.clusters.map((id) => (
                <li key={id}>
                  <button type="button" className="link-button" onClick={() => navigate({ kind: 'cluster', id })}>
                    {index.clusterById.get(id)?.name ?? id}
                  </button>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {initiative && (
          <div>
            <dt>{t('detail.initiative')}</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => navigate({ kind: 'initiative', id: initiative.id })}>
                {dataText(initiative.label, language)}
              </button>
            </dd>
          </div>
        )}
      </dl>
      <h3>{t('detail.why')}</h3>
      <p>{dataText(caseStudy.why, language)}</p>
      <h3>{t('detail.how')}</h3>
      <p>{dataText(caseStudy.how, language)}</p>
      <h3>{t('detail.results')}</h3>
      <p>{dataText(caseStudy.results, language)}</p>
      {caseStudy.keyFigures.length > 0 && (
        <>
          <h3>{t('detail.keyFigures')}</h3>
          <FigureList figures={caseStudy.keyFigures} />
        </>
      )}
      {caseStudy.quotes.length > 0 && (
        <>
          <h3>{t('detail.quotes')}</h3>
          <QuoteList quotes={caseStudy.quotes} />
        </>
      )}
      <p>
        <SourceNote source={caseStudy.source} />
      </p>
    </>
  );
}

import { dataText } from '../../domain/language';
import { useTranslation } from 'react-i18next';
import type { Cluster } from '../../domain/schema';
import { MAX_COMPARED, type Selection } from '../../state/dashboardStore';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { ComparableSuggestions } from './ComparableSuggestions';
import { FigureList } from './FigureList';
import { MiniFigure1 } from './MiniFigure1';
import { QuoteList } from './QuoteList';
import { SourceNote } from './SourceNote';
import { seatPlace } from '../../i18n/placeWords';

interface Props {
  readonly cluster: Cluster;
  readonly navigate: (next: Selection) => void;
}

export function ClusterProfile({ cluster, navigate }: Props) {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const index = useDatasetIndex();
  const compared = useDashboard((s) => s.compared);
  const toggleCompared = useDashboard((s) => s.toggleCompared);
  const inComparison = compared.includes(cluster.id);
  const comparisonFull = !inComparison && compared.length >= MAX_COMPARED;
  const initiatives = index.initiativesByCluster.get(cluster.id) ?? [];
  const caseStudies = index.dataset.caseStudies.filter((c) => c.clusters.includes(cluster.id));
  const { hq } = cluster;
  const place = seatPlace(hq, t);
  const department = hq.departmentName && hq.departmentCode ? ` (${hq.departmentName}, ${hq.departmentCode})` : '';
  const region =
    hq.region === null
      ? null
      : hq.region.atStudy === hq.region.today
        ? hq.region.today
        : t('detail.regionAtStudy', { today: hq.region.today, atStudy: hq.region.atStudy });

  return (
    <>
      <p className="detail-kicker">
        {t(`clusterType.${cluster.type}`)} · {cluster.interviewed ? t('detail.interviewed') : t('detail.citedOnly')}
      </p>
      <button
        type="button"
        className="compare-toggle"
        aria-pressed={inComparison}
        disabled={comparisonFull}
        onClick={() => toggleCompared(cluster.id)}
      >
        {inComparison ? t('compare.added') : comparisonFull ? t('compare.full') : t('compare.add')}
      </button>
      <p>{dataText(cluster.summary, language)}</p>
      {!cluster.interviewed && <p className="detail-note">{t('detail.citedOnlyNote')}</p>}

      <dl className="detail-facts">
        <div>
          <dt>{t('detail.headquarters')}</dt>
          <dd data-testid="profile-hq">
            {place}
            {department}
            {hq.lat === null && <span className="detail-note"> · {t('detail.notOnMap')}</span>}
          </dd>
        </div>
        {region && (
          <div>
            <dt>{t('detail.region')}</dt>
            <dd>{region}</dd>
          </div>
        )}
        <div>
          <dt>{t('detail.sector')}</dt>
          <dd>{dataText(cluster.sector, language)}</dd>
        </div>
        {cluster.foundedYear !== null && (
          <div>
            <dt>{t('detail.founded')}</dt>
            <dd>{cluster.foundedYear}</dd>
          </div>
        )}
        {cluster.labelYear !== null && (
          <div>
            <dt>{t('detail.labelled')}</dt>
            <dd>{cluster.labelYear}</dd>
          </div>
        )}
      </dl>

      <h3>{t('detail.figures')}</h3>
      {cluster.figures.length > 0 ? <FigureList figures={cluster.figures} /> : <p className="detail-note">{t('detail.noFigures')}</p>}

      <h3>{t('detail.initiatives')}</h3>
      {initiatives.length === 0 ? (
        <p className="detail-note">{t('detail.noInitiatives')}</p>
      ) : (
        <>
          <MiniFigure1 initiatives={initiatives} />
          <ul className="link-list">
            {cluster.actions.map((action) => {
              const initiative = index.initiativeById.get(action.initiative);
              if (!initiative) return null;
              return (
                <li key={action.initiative}>
                  <button type="button" className="link-button" onClick={() => navigate({ kind: 'initiative', id: initiative.id })}>
                    {dataText(initiative.label, language)}
                  </button>
                  <p>
                    {dataText(action.summary, language)} <SourceNote source={action.source} />
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}

      <ComparableSuggestions cluster={cluster} navigate={navigate} />

      {caseStudies.length > 0 && (
        <>
          <h3>{t('detail.caseStudies')}</h3>
          <ul className="link-list">
            {caseStudies.map((caseStudy) => (
              <li key={caseStudy.number}>
                <button type="button" className="link-button" onClick={() => navigate({ kind: 'case-study', id: String(caseStudy.number) })}>
                  {t('detail.caseStudyLink', { number: caseStudy.number, title: dataText(caseStudy.title, language) })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      {cluster.quotes.length > 0 && (
        <>
          <h3>{t('detail.quotes')}</h3>
          <QuoteList quotes={cluster.quotes} />
        </>
      )}

      <h3>{t('detail.sources')}</h3>
      <ul className="source-list">
        {cluster.sources.map((source, i) => (
          <li key={i}>
            {source.section}
            {source.page !== undefined && `, p. ${source.page}`}
          </li>
        ))}
      </ul>
    </>
  );
}

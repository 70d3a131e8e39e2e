import { dataText } from '../../domain/language';
import { useTranslation } from 'react-i18next';
import { audienceBand, horizonBand } from '../../domain/format';
import type { Initiative } from '../../domain/schema';
import type { Selection } from '../../state/dashboardStore';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { DomainLine } from './DomainLine';
import { SourceNote } from './SourceNote';
import { seatPlace } from '../../i18n/placeWords';

interface Props {
  readonly initiative: Initiative;
  readonly navigate: (next: Selection) => void;
}

export function InitiativeDetail({ initiative, navigate }: Props) {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const index = useDatasetIndex();
  const caseStudy = initiative.caseStudy !== null ? index.caseStudyByNumber.get(initiative.caseStudy) : undefined;
  return (
    <>
      <DomainLine domainId={initiative.domain} />
      <dl className="detail-facts">
        <div>
          <dt>{t('detail.position')}</dt>
          <dd data-testid="initiative-position">
            {t('detail.positionValue', {
              audience: t(`detail.audience_${audienceBand(initiative.audience)}`),
              horizon: t(`detail.horizon_${horizonBand(initiative.horizon)}`),
            })}
          </dd>
        </div>
      </dl>
      <p className="detail-note">
        {initiative.positionSource === 'figure'
          ? t('detail.positionFromFigure', { rationale: dataText(initiative.positionRationale, language) })
          : t('detail.positionFromText', { rationale: dataText(initiative.positionRationale, language) })}
        {initiative.labelVerbatim && ` ${t('detail.labelVerbatim')}`}
      </p>
      <p>{dataText(initiative.summary, language)}</p>

      <h3>{t('detail.clustersRunning')}</h3>
      {initiative.clusters.length === 0 ? (
        <p className="detail-note">{t('detail.noClusterNamed')}</p>
      ) : (
        <ul className="link-list">
          {initiative.clusters.map((id) => {
            const cluster = index.clusterById.get(id);
            if (!cluster) return null;
            return (
              <li key={id}>
                <button type="button" className="link-button" onClick={() => navigate({ kind: 'cluster', id })}>
                  {cluster.name}
                </button>{' '}
                <span className="detail-note">{seatPlace(cluster.hq, t)}</span>
              </li>
            );
          })}
        </ul>
      )}

      {caseStudy && (
        <>
          <h3>{t('detail.caseStudies')}</h3>
          <button type="button" className="link-button" onClick={() => navigate({ kind: 'case-study', id: String(caseStudy.number) })}>
            {t('detail.caseStudyLink', { number: caseStudy.number, title: dataText(caseStudy.title, language) })}
          </button>
        </>
      )}

      <h3>{t('detail.sources')}</h3>
      <ul className="source-list">
        {initiative.sources.map((source, i) => (
          <li key={i}>
            <SourceNote source={source} />
          </li>
        ))}
      </ul>
    </>
  );
}

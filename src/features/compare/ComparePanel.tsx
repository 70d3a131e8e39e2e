import { dataText } from '../../domain/language';
import { useTranslation } from 'react-i18next';
import { domainSymbolPath } from '../../domain/chart/chartModel';
import { formatFigureValue } from '../../domain/format';
import type { Cluster } from '../../domain/schema';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { seatPlaceWithCode } from '../../i18n/placeWords';

/**
 * Two or three clusters side by side: what they are, where, how big, and
 * which kinds of initiatives they run, domain by domain.
 */
export function ComparePanel() {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const compared = useDashboard((s) => s.compared);
  const toggleCompared = useDashboard((s) => s.toggleCompared);
  const clearCompared = useDashboard((s) => s.clearCompared);
  const select = useDashboard((s) => s.select);
  const index = useDatasetIndex();
  const clusters = compared.map((id) => index.clusterById.get(id)).filter((c): c is Cluster => c !== undefined);
  if (clusters.length === 0) return null;
  const domains = [...index.dataset.domains].sort((a, b) => a.order - b.order);
  const initiativesIn = (cluster: Cluster, domainId: string) =>
    (index.initiativesByCluster.get(cluster.id) ?? []).filter((i) => i.domain === domainId);

  const row = (label: string, cell: (cluster: Cluster) => React.ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      {clusters.map((cluster) => (
        <td key={cluster.id}>{cell(cluster)}</td>
      ))}
    </tr>
  );

  return (
    <section className="panel compare-panel" aria-labelledby="compare-heading">
      <div className="compare-bar">
        <h2 id="compare-heading" tabIndex={-1}>
          {t('compare.heading')}
        </h2>
        {clusters.length < 2 && <p className="detail-note">{t('compare.addMore')}</p>}
        <button type="button" onClick={clearCompared}>
          {t('compare.clear')}
        </button>
      </div>
      <div className="compare-scroll">
        <table className="compare-table">
          <caption className="visually-hidden">{t('compare.caption')}</caption>
          <thead>
            <tr>
              <td />
              {clusters.map((cluster) => (
                <th key={cluster.id} scope="col">
                  <button type="button" className="link-button" onClick={() => select({ kind: 'cluster', id: cluster.id })}>
                    {cluster.name}
                  </button>
                  <button
                    type="button"
                    className="compare-remove"
                    aria-label={t('compare.remove', { name: cluster.name })}
                    onClick={() => toggleCompared(cluster.id)}
                  >
                    ✕
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {row(t('detail.type'), (c) => `${t(`clusterType.${c.type}`)} · ${c.interviewed ? t('detail.interviewed') : t('detail.citedOnly')}`)}
            {row(t('detail.headquarters'), (c) => [seatPlaceWithCode(c.hq, t), c.hq.region?.today].filter(Boolean).join(' · '))}
            {row(t('detail.sector'), (c) => dataText(c.sector, language))}
            {row(t('detail.founded'), (c) => c.foundedYear ?? '—')}
            {row(t('detail.figures'), (c) =>
              c.figures.length === 0 ? (
                '—'
              ) : (
                <ul className="compare-figures">
                  {c.figures.map((figure) => (
                    <li key={figure.id}>
                      <strong>{formatFigureValue(figure, language)}</strong> {dataText(figure.label, language)}
                    </li>
                  ))}
                </ul>
              ),
            )}
            {domains.map((domain) => (
              <tr key={domain.id}>
                <th scope="row">
                  <svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true">
                    <path d={domainSymbolPath(domain.order, 60)} fill={domain.color} />
                  </svg>{' '}
                  {dataText(domain.shortLabel, language)}
                </th>
                {clusters.map((cluster) => {
                  const own = initiativesIn(cluster, domain.id);
                  return (
                    <td key={cluster.id} data-compare-cell={`${cluster.id}:${domain.id}`}>
                      <span className="compare-count" aria-label={t('compare.initiativeCount', { count: own.length })}>
                        {'●'.repeat(own.length) || '—'}
                      </span>
                      {own.length > 0 && <span className="detail-note"> {own.map((i) => dataText(i.label, language)).join(' ; ')}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
            {row(t('detail.caseStudies'), (c) => {
              const fiches = index.dataset.caseStudies.filter((cs) => cs.clusters.includes(c.id)).map((cs) => cs.number);
              return fiches.length > 0 ? fiches.map((n) => t('detail.caseStudyHeading', { number: n })).join(', ') : '—';
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

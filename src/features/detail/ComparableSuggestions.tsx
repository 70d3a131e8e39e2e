import { dataText } from '../../domain/language';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPARABILITIES, comparableClusters, suggestInitiatives } from '../../domain/comparable';
import { audienceBand, horizonBand } from '../../domain/format';
import type { Cluster } from '../../domain/schema';
import type { Selection } from '../../state/dashboardStore';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { RadioChoices } from '../../ui/RadioChoices';

/** Suggestions shown at first; the rest one click away. */
const SHOWN = 8;

interface Props {
  readonly cluster: Cluster;
  readonly navigate: (next: Selection) => void;
}

/**
 * « Ce que font des clusters comparables »: the initiatives comparable
 * clusters run and this one does not, most widely run first, each with who
 * runs it (links to their profiles), its domain, its place in Figure 1 and
 * its case study. Who counts as comparable is the reader's to choose.
 */
export function ComparableSuggestions({ cluster, navigate }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const language = useDashboard((s) => s.language);
  const by = useDashboard((s) => s.comparability);
  const setComparability = useDashboard((s) => s.setComparability);
  const index = useDatasetIndex();
  // In the study, a cluster only cited is known by an example or two: "what it does not do" would be unfounded.
  const citedOnly = !cluster.interviewed && index.dataset.clusters.some((c) => c.interviewed);
  const comparable = useMemo(() => comparableClusters(cluster, index.dataset.clusters, by), [cluster, index, by]);
  const suggestions = useMemo(() => (citedOnly ? [] : suggestInitiatives(cluster, index, by, language)), [citedOnly, cluster, index, by, language]);

  return (
    <section className="comparable" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('comparable.heading')}</h3>
      {citedOnly ? (
        <p className="detail-note">{t('comparable.citedOnly')}</p>
      ) : (
        <>
          <RadioChoices name={`${id}-by`} label={t('comparable.choose')} options={COMPARABILITIES} value={by} onChange={setComparability} words={(option) => t(`comparable.by_${option}`)} />
          <p className="detail-note">
            {t(`comparable.explain_${by}`, {
              count: comparable.length,
              type: t(`export.titleType.${cluster.type}`),
              region: cluster.hq.region?.today ?? '—',
              sector: dataText(cluster.sector, language),
            })}
          </p>
          {suggestions.length === 0 ? (
            <p className="detail-note">{t('comparable.none')}</p>
          ) : (
            <ol className="link-list comparable-list">
              {suggestions.slice(0, SHOWN).map(({ initiative, runBy }) => {
                const domain = index.domainById.get(initiative.domain);
                return (
                  <li key={initiative.id}>
                    <button type="button" className="link-button" onClick={() => navigate({ kind: 'initiative', id: initiative.id })}>
                      {dataText(initiative.label, language)}
                    </button>
                    <p className="detail-note">
                      {dataText(domain?.shortLabel, language) ?? initiative.domain} · {t(`detail.audience_${audienceBand(initiative.audience)}`)} ·{' '}
                      {t(`detail.horizon_${horizonBand(initiative.horizon)}`)}
                      {initiative.caseStudy !== null && (
                        <>
                          {' · '}
                          <button type="button" className="link-button" onClick={() => navigate({ kind: 'case-study', id: String(initiative.caseStudy) })}>
                            {t('comparable.caseStudy', { number: initiative.caseStudy })}
                          </button>
                        </>
                      )}
                    </p>
                    <p>
                      {t('comparable.runBy', { count: runBy.length })}{' '}
                      {runBy.map((other, i) => (
                        <span key={other.id}>
                          {i > 0 && ', '}
                          <button type="button" className="link-button" onClick={() => navigate({ kind: 'cluster', id: other.id })}>
                            {other.name}
                          </button>
                        </span>
                      ))}
                    </p>
                  </li>
                );
              })}
            </ol>
          )}
          {suggestions.length > SHOWN && <p className="detail-note">{t('comparable.more', { count: suggestions.length - SHOWN })}</p>}
        </>
      )}
    </section>
  );
}

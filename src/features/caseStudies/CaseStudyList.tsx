import { dataText } from '../../domain/language';
import { useTranslation } from 'react-i18next';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';

/** The study's case studies (fiches), each opening its detail. */
export function CaseStudyList() {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const select = useDashboard((s) => s.select);
  const index = useDatasetIndex();
  const caseStudies = [...index.dataset.caseStudies].sort((a, b) => a.number - b.number);
  if (caseStudies.length === 0) return null;
  return (
    <section className="panel case-study-list" aria-labelledby="case-studies-heading">
      <h2 id="case-studies-heading">{t('caseStudies.heading')}</h2>
      <p className="detail-note">{t('caseStudies.intro')}</p>
      <ol>
        {caseStudies.map((caseStudy) => {
          const domain = index.domainById.get(caseStudy.domain);
          return (
            <li key={caseStudy.number} style={{ borderColor: domain?.color }}>
              <button type="button" className="link-button" onClick={() => select({ kind: 'case-study', id: String(caseStudy.number) })}>
                {t('detail.caseStudyLink', { number: caseStudy.number, title: dataText(caseStudy.title, language) })}
              </button>
              <span className="detail-note"> — {caseStudy.clusters.map((id) => index.clusterById.get(id)?.name ?? id).join(', ')}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

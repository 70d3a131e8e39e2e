import { dataText } from '../../domain/language';
import { useTranslation } from 'react-i18next';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';

/** "Domaine : …" with the domain's colour, above an initiative or a case study. */
export function DomainLine({ domainId }: { domainId: string }) {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const domain = useDatasetIndex().domainById.get(domainId);
  if (!domain) return null;
  return (
    <p className="detail-kicker detail-domain" style={{ borderColor: domain.color }}>
      {t('detail.domainValue', { label: dataText(domain.label, language) })}
    </p>
  );
}

import { useTranslation } from 'react-i18next';
import { formatSource } from '../../domain/format';
import type { SourceRef } from '../../domain/schema';
import { useDashboard } from '../../state/StoreContext';

/** "Source : Fiche n° 2, p. 22", small, after the fact it backs. */
export function SourceNote({ source }: { source: SourceRef }) {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  return (
    <span className="source-note" title={source.section}>
      {t('detail.source', { source: formatSource(source, language) })}
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import type { SourceRef } from '../../domain/schema';
import { sourceWords } from '../../i18n/sourceWords';

/** "Source : Fiche n° 2, p. 22", small, after the fact it backs. */
export function SourceNote({ source }: { source: SourceRef }) {
  const { t } = useTranslation();
  return (
    <span className="source-note" title={source.section}>
      {t('detail.source', { source: sourceWords(source, t) })}
    </span>
  );
}

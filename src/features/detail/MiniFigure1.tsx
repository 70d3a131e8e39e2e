import { dataText } from '../../domain/language';
import { linearScale } from '../../domain/chart/linearScale';
import { useTranslation } from 'react-i18next';
import { domainSymbolPath } from '../../domain/chart/chartModel';
import type { Initiative } from '../../domain/schema';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { INK_MUTED } from '../../domain/designTokens';

const WIDTH = 240;
const HEIGHT = 170;
const PAD = 14;

/** A small Figure 1: every initiative as a grey dot, the cluster's own in their domain's shape and colour. */
export function MiniFigure1({ initiatives }: { initiatives: readonly Initiative[] }) {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const index = useDatasetIndex();
  const x = linearScale([0, 1], [PAD + 6, WIDTH - 8]);
  const y = linearScale([0, 1], [HEIGHT - PAD - 6, 8]);
  const own = new Set(initiatives.map((i) => i.id));
  const names = initiatives.map((i) => dataText(i.label, language)).join(' ; ');
  return (
    <figure className="mini-figure">
      <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${t('detail.miniFigure')} : ${names}`}>
        <rect width={WIDTH} height={HEIGHT} fill="#ffffff" />
        <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - 2} y2={HEIGHT - PAD} stroke="#3d4650" />
        <line x1={PAD} y1={HEIGHT - PAD} x2={PAD} y2={2} stroke="#3d4650" />
        <text x={PAD} y={HEIGHT - 2} fontSize={9} fill={INK_MUTED}>
          {t('filters.audienceLow')}
        </text>
        <text x={WIDTH - 2} y={HEIGHT - 2} fontSize={9} fill={INK_MUTED} textAnchor="end">
          {t('filters.audienceHigh')}
        </text>
        <text transform="rotate(-90)" x={-(HEIGHT - PAD)} y={10} fontSize={9} fill={INK_MUTED}>
          {t('filters.horizonLow')}
        </text>
        <text transform="rotate(-90)" x={-2} y={10} fontSize={9} fill={INK_MUTED} textAnchor="end">
          {t('filters.horizonHigh')}
        </text>
        {index.dataset.initiatives
          .filter((i) => !own.has(i.id))
          .map((i) => (
            <circle key={i.id} cx={x(i.audience)} cy={y(i.horizon)} r={2.5} fill="#c3c8ce" />
          ))}
        {initiatives.map((i) => {
          const domain = index.domainById.get(i.domain);
          return (
            <path
              key={i.id}
              transform={`translate(${x(i.audience)},${y(i.horizon)})`}
              d={domainSymbolPath(domain?.order ?? 1, 60)}
              fill={domain?.color ?? '#555555'}
              stroke="#ffffff"
            />
          );
        })}
      </svg>
    </figure>
  );
}

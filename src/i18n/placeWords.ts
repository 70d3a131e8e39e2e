import type { TFunction } from 'i18next';
import type { Cluster } from '../domain/schema';

type Seat = Cluster['hq'];

/** Where a headquarters is, in words: its commune; else its department (the study names only that); else that it is not known. */
export function seatPlace(hq: Seat, t: TFunction): string {
  if (hq.commune) return hq.commune;
  return hq.departmentName ? t('map.departmentOnly', { department: hq.departmentName }) : t('detail.placeUnknown');
}

/** The same with the department's code, as tables and comparisons give it: « Lannion (22) ». */
export function seatPlaceWithCode(hq: Seat, t: TFunction): string {
  return hq.departmentCode ? `${seatPlace(hq, t)} (${hq.departmentCode})` : seatPlace(hq, t);
}

/** A headquarters as its marker and tooltip name it: « Mécabourg — Bourg-en-Bresse (grappe d’entreprises, cité en exemple) ». */
export function seatLabel(cluster: Cluster, t: TFunction): string {
  const kind = `${t(`clusterType.${cluster.type}`)}${cluster.interviewed ? '' : `, ${t('map.citedOnly')}`}`;
  return `${cluster.name} — ${seatPlace(cluster.hq, t)} (${kind})`;
}

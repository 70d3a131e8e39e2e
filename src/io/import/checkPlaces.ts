import { distanceKm, inBox } from '../../domain/places';
import type { Geocoder } from './csvToDataset';

/**
 * Farther than this from its commune's point, a seat's coordinates contradict
 * its commune. Generous: the largest mainland communes span about 20 km, and a
 * seat may be given at a business park rather than the town hall.
 */
export const MAX_KM_FROM_COMMUNE = 50;

export type PlaceContradiction =
  | { readonly code: 'far-from-commune'; readonly params: { readonly commune: string; readonly km: number } }
  | { readonly code: 'outside-department'; readonly params: { readonly department: string } };

/**
 * Whether a seat's coordinates contradict the commune or department the same
 * row gives: far from the commune's point when the commune is found, else
 * outside the department's box. Nothing is said when neither is known.
 */
export function placeContradiction(
  geocode: Geocoder,
  seat: { readonly inseeCode: string | null; readonly commune: string | null; readonly departmentCode: string | null },
  point: { readonly lat: number; readonly lon: number },
): PlaceContradiction | null {
  if (seat.inseeCode !== null || seat.commune !== null) {
    const found = geocode(seat);
    if (found.found) {
      const km = distanceKm(point, found);
      return km > MAX_KM_FROM_COMMUNE ? { code: 'far-from-commune', params: { commune: found.commune, km: Math.round(km) } } : null;
    }
  }
  const box = seat.departmentCode !== null ? geocode.departmentBox?.(seat.departmentCode) : null;
  return box && !inBox(box, point.lat, point.lon) && seat.departmentCode !== null ? { code: 'outside-department', params: { department: seat.departmentCode } } : null;
}

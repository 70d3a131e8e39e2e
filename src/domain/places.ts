/** A latitude/longitude box, in degrees (WGS84). */
export interface GeoBox {
  readonly south: number;
  readonly north: number;
  readonly west: number;
  readonly east: number;
}

/**
 * Metropolitan France with Corsica, and the overseas departments (the Antilles
 * box takes in Saint-Martin and Saint-Barthélemy), each with a margin of a few
 * kilometres for seats on the coast.
 */
export const FRANCE_BOXES: readonly GeoBox[] = [
  { south: 41.2, north: 51.2, west: -5.6, east: 9.8 },
  { south: 14.3, north: 18.2, west: -63.2, east: -60.7 },
  { south: 2.0, north: 6.0, west: -54.7, east: -51.5 },
  { south: -21.5, north: -20.8, west: 55.1, east: 56.0 },
  { south: -13.1, north: -12.5, west: 44.9, east: 45.4 },
];

export const inBox = (box: GeoBox, lat: number, lon: number) => lat >= box.south && lat <= box.north && lon >= box.west && lon <= box.east;

const inFrance = (lat: number, lon: number) => FRANCE_BOXES.some((box) => inBox(box, lat, lon));

/**
 * Whether a seat's point is plausible for a French cluster: in France, or out
 * of it — and then whether swapping latitude and longitude (the commonest slip)
 * would bring it home. Used to warn, never to correct: the file says what it says.
 */
export function placeInFrance(lat: number, lon: number): 'in-france' | 'outside-france' | 'lat-lon-swapped' {
  if (inFrance(lat, lon)) return 'in-france';
  return inFrance(lon, lat) ? 'lat-lon-swapped' : 'outside-france';
}

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres. */
export function distanceKm(a: { readonly lat: number; readonly lon: number }, b: { readonly lat: number; readonly lon: number }): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

import { readFileSync } from 'node:fs';
import { makeGeocoder, type CommuneTable } from '../../src/io/import/communeGeocoder';

/** The commune list the app ships (public/geo), as a geocoder: imports check seats against it. */
export function shippedGeocoder() {
  return makeGeocoder(JSON.parse(readFileSync(new URL('../../public/geo/communes-fr.json', import.meta.url), 'utf8')) as CommuneTable);
}

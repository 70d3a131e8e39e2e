import { errorMessage, isNetworkFailure } from '../../domain/errorMessage';
import type { GeoBox } from '../../domain/places';
import { foldForSearch } from '../../domain/text';
import type { Geocoder } from './csvToDataset';
import { ImportFailure } from './importFailure';
import { makeNameSuggester, type NameSuggester } from './suggestNames';

export interface CommuneTable {
  readonly communes: readonly (readonly [string, string, string, number, number])[];
  /** Department code → [name, region name]. */
  readonly departments: Readonly<Record<string, readonly [string, string]>>;
}

/**
 * A geocoder over the shipped commune list: by INSEE code, or by name (within a department when given). Never
 * guesses: an unknown name comes back with the closest known names to suggest (indexed on the first request).
 */
export function makeGeocoder(table: CommuneTable): Geocoder {
  let suggester: NameSuggester | null = null;
  let departmentsByName: Map<string, string[]> | null = null;
  // Each name with its department (« Lannion (22) »): homonyms are told apart, and a reader sees where it is.
  const suggest = (commune: string, departmentCode: string | null) => {
    suggester ??= makeNameSuggester(table.communes.map(([, name, department]) => ({ name, group: department })));
    if (!departmentsByName) {
      departmentsByName = new Map();
      for (const [, name, department] of table.communes) departmentsByName.set(name, [...(departmentsByName.get(name) ?? []), department]);
    }
    const departments = departmentsByName;
    return suggester(commune, departmentCode).map((name) => `${name} (${(departments.get(name) ?? []).join(', ')})`);
  };
  const byCode = new Map(table.communes.map((c) => [c[0], c]));
  const byName = new Map<string, (readonly [string, string, string, number, number])[]>();
  for (const commune of table.communes) {
    const key = foldForSearch(commune[1]);
    byName.set(key, [...(byName.get(key) ?? []), commune]);
  }
  const geocode: Geocoder = ({ inseeCode, commune, departmentCode }) => {
    let matches = inseeCode ? [byCode.get(inseeCode)].filter((c) => c !== undefined) : [];
    if (matches.length === 0 && commune) {
      matches = byName.get(foldForSearch(commune)) ?? [];
      if (departmentCode) matches = matches.filter((c) => c[2] === departmentCode);
    }
    const [only] = matches;
    if (matches.length > 1) return { found: false, reason: 'ambiguous', candidates: matches.length };
    if (!only) return { found: false, reason: 'unknown', candidates: 0, ...(commune ? { suggest: () => suggest(commune, departmentCode) } : {}) };
    const [code, name, department, lat, lon] = only;
    const [departmentName, region] = table.departments[department] ?? [department, ''];
    return { found: true, lat, lon, commune: name, inseeCode: code, departmentCode: department, departmentName, region };
  };
  return Object.assign(geocode, { departmentBox: departmentBoxes(table) });
}

/** Margin around the shipped communes of a department (about 20 km): the list holds its larger communes, not every edge. */
const DEPARTMENT_MARGIN = 0.2;

/** Each department's box, from its communes' points, worked out on the first request. */
function departmentBoxes(table: CommuneTable): (code: string) => GeoBox | null {
  let boxes: Map<string, GeoBox> | null = null;
  return (code) => {
    if (!boxes) {
      const built = new Map<string, GeoBox>();
      for (const [, , department, lat, lon] of table.communes) {
        const box = built.get(department);
        built.set(department, {
          south: Math.min(box?.south ?? lat, lat),
          north: Math.max(box?.north ?? lat, lat),
          west: Math.min(box?.west ?? lon, lon),
          east: Math.max(box?.east ?? lon, lon),
        });
      }
      boxes = built;
    }
    const box = boxes.get(code);
    return box ? { south: box.south - DEPARTMENT_MARGIN, north: box.north + DEPARTMENT_MARGIN, west: box.west - DEPARTMENT_MARGIN, east: box.east + DEPARTMENT_MARGIN } : null;
  };
}

let loading: { readonly url: string; readonly geocoder: Promise<Geocoder> } | null = null;

/** Fetches the commune list from the app's own files (`url`), once, and only when an import needs it. */
export function loadCommuneGeocoder(url: string): Promise<Geocoder> {
  if (loading?.url === url) return loading.geocoder;
  const geocoder = fetch(url)
    .then((response) => {
      if (!response.ok) throw new ImportFailure('commune-list', `HTTP ${response.status}`);
      return response.json() as Promise<CommuneTable>;
    })
    .catch((error: unknown) => {
      if (error instanceof ImportFailure) throw error;
      throw isNetworkFailure(error) ? new ImportFailure('commune-list-unreachable', '') : new ImportFailure('commune-list', errorMessage(error));
    })
    .then(makeGeocoder)
    .catch((error: unknown) => {
      // A failed fetch is not kept: the next import asks again (the network may be back).
      if (loading?.geocoder === geocoder) loading = null;
      throw error;
    });
  loading = { url, geocoder };
  return geocoder;
}

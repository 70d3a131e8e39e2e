import { COMPARABILITIES, DEFAULT_COMPARABILITY, type Comparability } from '../domain/comparable';
import { MATRIX_GROUPINGS, type MatrixGrouping } from '../domain/coverageMatrix';
import { AUDIENCE_STEPS, HORIZON_STEPS, snapToStep } from '../domain/axisSteps';
import { DEFAULT_FILTERS, isFullRange, normalizeRange, type AxisRange, type Filters } from '../domain/filters';
import { CLUSTER_TYPES, type ClusterType } from '../domain/clusterTypes';
import { isLanguage, REFERENCE_LANGUAGE } from '../domain/language';
import { MAX_COMPARED, type DashboardState, type Language, type MapView, type Selection } from './dashboardStore';

/** The part of the state a link carries: everything the user chose except the optional tile layer. */
export type UrlState = Pick<DashboardState, 'filters' | 'selection' | 'mapView' | 'language' | 'compared' | 'comparability' | 'whiteSpace' | 'matrix'>;

/** What the URL may refer to, so that unknown ids are dropped instead of breaking the view. */
export interface UrlVocabulary {
  readonly domainIds: ReadonlySet<string>;
  readonly regions: ReadonlySet<string>;
  readonly clusterIds: ReadonlySet<string>;
  readonly initiativeIds: ReadonlySet<string>;
  readonly caseStudyNumbers: ReadonlySet<number>;
}

/**
 * What a link said that the view does not follow as written: an `unknown`
 * parameter, an `invalid` value (malformed, or naming nothing in the data on
 * screen), a `repeated` parameter (only its first value counts) or a value
 * `shortened` to fit.
 */
export interface UrlProblem {
  readonly parameter: string;
  readonly value: string;
  readonly reason: 'unknown' | 'invalid' | 'repeated' | 'shortened';
}

/** A search longer than this is cut: a link is not a way to make every keystroke search a book. */
export const MAX_QUERY_LENGTH = 200;

const SELECTION_PREFIX = { cluster: 'c', initiative: 'i', 'case-study': 'f' } as const;
/** Every parameter a link may carry; a new one is added here and read in `parseUrlState`. */
const KNOWN_PARAMETERS = new Set(['lang', 'd', 't', 'iv', 'r', 'aud', 'hor', 'cs', 'q', 'sel', 'cmp', 'like', 'ws', 'mx', 'map', 'data']);

const formatNumber = (n: number) => String(Math.round(n * 1000) / 1000);
const formatRange = (range: AxisRange) => `${formatNumber(range[0])}-${formatNumber(range[1])}`;

/**
 * Lists are comma-separated; a comma or a backslash inside an item (a region
 * named « Provence, Alpes… » in an imported dataset) is escaped with a
 * backslash, so every name the data holds survives a link.
 */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\,]/g, (c) => `\\${c}`)).join(',');
}

/** The items of a list written by `joinList` (and of older links, written without escapes). */
export function splitList(value: string): string[] {
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) item += value[(i += 1)];
    else if (c === ',') {
      items.push(item);
      item = '';
    } else item += c;
  }
  items.push(item);
  return items;
}

/** A short, readable query string (no leading "?"); default values are left out. */
export function serializeUrlState(state: UrlState): string {
  const { filters } = state;
  const params = new URLSearchParams();
  if (state.language !== REFERENCE_LANGUAGE) params.set('lang', state.language);
  if (filters.domains.length > 0) params.set('d', joinList(filters.domains));
  if (filters.clusterTypes.length > 0) params.set('t', joinList(filters.clusterTypes));
  if (filters.interviewed !== 'all') params.set('iv', filters.interviewed);
  if (filters.regions.length > 0) params.set('r', joinList(filters.regions));
  if (!isFullRange(filters.audience)) params.set('aud', formatRange(filters.audience));
  if (!isFullRange(filters.horizon)) params.set('hor', formatRange(filters.horizon));
  if (filters.caseStudyOnly) params.set('cs', '1');
  if (filters.query.trim() !== '') params.set('q', filters.query);
  if (state.selection) params.set('sel', `${SELECTION_PREFIX[state.selection.kind]}:${state.selection.id}`);
  if (state.compared.length > 0) params.set('cmp', joinList(state.compared));
  if (state.comparability !== DEFAULT_COMPARABILITY) params.set('like', state.comparability);
  if (state.whiteSpace) params.set('ws', '1');
  if (state.matrix) params.set('mx', state.matrix);
  if (state.mapView) {
    params.set('map', `${formatNumber(state.mapView.lat)},${formatNumber(state.mapView.lon)},${formatNumber(state.mapView.zoom)}`);
  }
  return params.toString();
}

function parseRange(value: string): AxisRange | null {
  const match = /^(-?\d*\.?\d+)-(-?\d*\.?\d+)$/.exec(value);
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  if (!Number.isFinite(from) || !Number.isFinite(to) || from < 0 || to > 1 || from > to) return null;
  return normalizeRange(from, to);
}

function parseList<T extends string>(value: string, accept: (item: string) => item is T): { items: T[]; rejected: string[] } {
  const items: T[] = [];
  const rejected: string[] = [];
  for (const written of splitList(value).filter((s) => s.trim() !== '')) {
    // As written first (a name may end with a space), then without the spaces a hand-edited link adds.
    const item = accept(written) ? written : written.trim();
    if (accept(item)) {
      if (!items.includes(item)) items.push(item);
    } else rejected.push(written);
  }
  return { items, rejected };
}

function parseSelection(value: string, vocabulary: UrlVocabulary): Selection | null {
  const [prefix, ...rest] = value.split(':');
  const id = rest.join(':');
  if (prefix === 'c' && vocabulary.clusterIds.has(id)) return { kind: 'cluster', id };
  if (prefix === 'i' && vocabulary.initiativeIds.has(id)) return { kind: 'initiative', id };
  if (prefix === 'f' && /^\d+$/.test(id) && vocabulary.caseStudyNumbers.has(Number(id))) return { kind: 'case-study', id };
  return null;
}

/** A plain decimal: `Number()` alone reads "" as 0, and takes "0x10", "1e1" and "Infinity". */
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)$/;

function parseMapView(value: string): MapView | null {
  const written = value.split(',').map((part) => part.trim());
  if (!written.every((part) => DECIMAL.test(part))) return null;
  const parts = written.map(Number);
  const [lat, lon, zoom] = parts;
  if (parts.length !== 3 || lat === undefined || lon === undefined || zoom === undefined) return null;
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && zoom >= 0 && zoom <= 20)) return null;
  return { lat, lon, zoom };
}

/**
 * The first value of each known parameter. Unknown parameters and the later
 * values of a repeated one are reported: a link that says `d=a&d=b` is not
 * followed as it reads.
 */
function readParameters(search: string, problems: UrlProblem[]): { get(parameter: string): string | null } {
  const first = new Map<string, string>();
  for (const [parameter, value] of new URLSearchParams(search)) {
    if (!KNOWN_PARAMETERS.has(parameter)) problems.push({ parameter, value, reason: 'unknown' });
    else if (first.has(parameter)) problems.push({ parameter, value, reason: 'repeated' });
    else first.set(parameter, value);
  }
  return { get: (parameter) => first.get(parameter) ?? null };
}

/**
 * Reads a query string into a full state. Anything unknown or malformed is
 * left at its default and reported, never thrown: a shared link that is a
 * little wrong still opens, and says what it ignored.
 */
export function parseUrlState(search: string, vocabulary: UrlVocabulary): { state: UrlState; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const reject = (parameter: string, value: string) => problems.push({ parameter, value, reason: 'invalid' });
  const params = readParameters(search, problems);
  let filters: Filters = DEFAULT_FILTERS;
  let language: Language = REFERENCE_LANGUAGE;
  let selection: Selection | null = null;
  let mapView: MapView | null = null;
  let compared: string[] = [];

  const lang = params.get('lang');
  if (lang !== null) {
    if (isLanguage(lang)) language = lang;
    else reject('lang', lang);
  }
  const d = params.get('d');
  if (d !== null) {
    const { items, rejected } = parseList(d, (id): id is string => vocabulary.domainIds.has(id));
    filters = { ...filters, domains: items };
    rejected.forEach((item) => reject('d', item));
  }
  const types = params.get('t');
  if (types !== null) {
    const { items, rejected } = parseList(types, (type): type is ClusterType => (CLUSTER_TYPES as readonly string[]).includes(type));
    filters = { ...filters, clusterTypes: items };
    rejected.forEach((item) => reject('t', item));
  }
  const iv = params.get('iv');
  if (iv !== null) {
    if (iv === 'interviewed' || iv === 'cited' || iv === 'all') filters = { ...filters, interviewed: iv };
    else reject('iv', iv);
  }
  const regions = params.get('r');
  if (regions !== null) {
    const { items, rejected } = parseList(regions, (region): region is string => vocabulary.regions.has(region));
    filters = { ...filters, regions: items };
    rejected.forEach((item) => reject('r', item));
  }
  for (const [parameter, key] of [['aud', 'audience'], ['hor', 'horizon']] as const) {
    const value = params.get(parameter);
    if (value === null) continue;
    const range = parseRange(value);
    if (range) filters = { ...filters, [key]: snapToStep(key === 'audience' ? AUDIENCE_STEPS : HORIZON_STEPS, range) };
    else reject(parameter, value);
  }
  const cs = params.get('cs');
  if (cs !== null) {
    if (cs === '1' || cs === '0') filters = { ...filters, caseStudyOnly: cs === '1' };
    else reject('cs', cs);
  }
  const q = params.get('q');
  if (q !== null) {
    filters = { ...filters, query: q.slice(0, MAX_QUERY_LENGTH) };
    if (q.length > MAX_QUERY_LENGTH) problems.push({ parameter: 'q', value: q, reason: 'shortened' });
  }
  const sel = params.get('sel');
  if (sel !== null) {
    selection = parseSelection(sel, vocabulary);
    if (!selection) reject('sel', sel);
  }
  const cmp = params.get('cmp');
  if (cmp !== null) {
    const { items, rejected } = parseList(cmp, (id): id is string => vocabulary.clusterIds.has(id));
    compared = items.slice(0, MAX_COMPARED);
    [...rejected, ...items.slice(MAX_COMPARED)].forEach((item) => reject('cmp', item));
  }
  let comparability: Comparability = DEFAULT_COMPARABILITY;
  const like = params.get('like');
  if (like !== null) {
    if ((COMPARABILITIES as readonly string[]).includes(like)) comparability = like as Comparability;
    else reject('like', like);
  }
  let whiteSpace = false;
  const ws = params.get('ws');
  if (ws !== null) {
    if (ws === '1' || ws === '0') whiteSpace = ws === '1';
    else reject('ws', ws);
  }
  let matrix: MatrixGrouping | null = null;
  const mx = params.get('mx');
  if (mx !== null) {
    if ((MATRIX_GROUPINGS as readonly string[]).includes(mx)) matrix = mx as MatrixGrouping;
    else reject('mx', mx);
  }
  const map = params.get('map');
  if (map !== null) {
    mapView = parseMapView(map);
    if (!mapView) reject('map', map);
  }
  return { state: { filters, selection, mapView, language, compared, comparability, whiteSpace, matrix }, problems };
}

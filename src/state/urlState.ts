import { COMPARABILITIES, DEFAULT_COMPARABILITY, type Comparability } from '../domain/comparable';
import { MATRIX_GROUPINGS, type MatrixGrouping } from '../domain/coverageMatrix';
import { DEFAULT_FILTERS, filterEntries, type FilterKey, type Filters } from '../domain/filters';
import { formatLinkNumber, joinList, parseList, type UrlVocabulary } from '../domain/linkValues';
import { isLanguage, REFERENCE_LANGUAGE } from '../domain/language';
import { MAX_COMPARED, type DashboardState, type Language, type MapView, type Selection } from './dashboardStore';

/** The choices a link carries: everything the user chose except the optional tile layer and the export's title. */
export const URL_CHOICES = ['filters', 'selection', 'mapView', 'language', 'compared', 'comparability', 'whiteSpace', 'matrix'] as const;
export type UrlState = Pick<DashboardState, (typeof URL_CHOICES)[number]>;

/** The link parameter of each choice other than the filters (whose parameters `domain/filterTable.ts` declares). */
export const CHOICE_PARAMETER = {
  language: 'lang',
  selection: 'sel',
  compared: 'cmp',
  comparability: 'like',
  whiteSpace: 'ws',
  matrix: 'mx',
  mapView: 'map',
} as const satisfies Record<Exclude<(typeof URL_CHOICES)[number], 'filters'>, string>;

/** Choices that name nothing in a dataset (the language, the map's pan), so they can follow the store while a linked dataset is still coming. */
export const DATASET_FREE_CHOICES = ['language', 'mapView'] as const satisfies readonly (typeof URL_CHOICES)[number][];

/** Whether any of `choices` differs between two states (each choice is replaced, never mutated, when it changes). */
export function choicesChanged(choices: readonly (keyof DashboardState)[], state: DashboardState, previous: DashboardState): boolean {
  return choices.some((choice) => state[choice] !== previous[choice]);
}

export type { UrlVocabulary } from '../domain/linkValues';

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

export { MAX_QUERY_LENGTH } from '../domain/filterTable';

const SELECTION_PREFIX = { cluster: 'c', initiative: 'i', 'case-study': 'f' } as const;
/**
 * Every parameter a link may carry: the filters' (declared in `domain/filterTable.ts`) and the
 * other choices' (`CHOICE_PARAMETER`); a new choice is added there and read in `parseUrlState`.
 */
const KNOWN_PARAMETERS = new Set([...filterEntries().map(([, declaration]) => declaration.param), ...Object.values(CHOICE_PARAMETER), 'data']);

/** A short, readable query string (no leading "?"); default values are left out. */
export function serializeUrlState(state: UrlState): string {
  const { filters } = state;
  const params = new URLSearchParams();
  if (state.language !== REFERENCE_LANGUAGE) params.set(CHOICE_PARAMETER.language, state.language);
  for (const [key, declaration] of filterEntries()) {
    if (declaration.isActive(filters[key])) params.set(declaration.param, declaration.toLink(filters[key]));
  }
  if (state.selection) params.set(CHOICE_PARAMETER.selection, `${SELECTION_PREFIX[state.selection.kind]}:${state.selection.id}`);
  if (state.compared.length > 0) params.set(CHOICE_PARAMETER.compared, joinList(state.compared));
  if (state.comparability !== DEFAULT_COMPARABILITY) params.set(CHOICE_PARAMETER.comparability, state.comparability);
  if (state.whiteSpace) params.set(CHOICE_PARAMETER.whiteSpace, '1');
  if (state.matrix) params.set(CHOICE_PARAMETER.matrix, state.matrix);
  if (state.mapView) {
    params.set(CHOICE_PARAMETER.mapView, `${formatLinkNumber(state.mapView.lat)},${formatLinkNumber(state.mapView.lon)},${formatLinkNumber(state.mapView.zoom)}`);
  }
  return params.toString();
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
  let language: Language = REFERENCE_LANGUAGE;
  let selection: Selection | null = null;
  let mapView: MapView | null = null;
  let compared: string[] = [];

  const lang = params.get(CHOICE_PARAMETER.language);
  if (lang !== null) {
    if (isLanguage(lang)) language = lang;
    else reject(CHOICE_PARAMETER.language, lang);
  }
  const chosen: Partial<Record<FilterKey, unknown>> = {};
  for (const [key, declaration] of filterEntries()) {
    const written = params.get(declaration.param);
    if (written === null) continue;
    const reading = declaration.fromLink(written, vocabulary);
    if (reading.value !== undefined) chosen[key] = reading.value;
    for (const problem of reading.problems) problems.push({ parameter: declaration.param, ...problem });
  }
  // Each value comes from its own declaration's reader, so it has that filter's type.
  const filters = { ...DEFAULT_FILTERS, ...chosen } as Filters;
  const sel = params.get(CHOICE_PARAMETER.selection);
  if (sel !== null) {
    selection = parseSelection(sel, vocabulary);
    if (!selection) reject(CHOICE_PARAMETER.selection, sel);
  }
  const cmp = params.get(CHOICE_PARAMETER.compared);
  if (cmp !== null) {
    const { items, rejected } = parseList(cmp, (id): id is string => vocabulary.clusterIds.has(id));
    compared = items.slice(0, MAX_COMPARED);
    [...rejected, ...items.slice(MAX_COMPARED)].forEach((item) => reject(CHOICE_PARAMETER.compared, item));
  }
  let comparability: Comparability = DEFAULT_COMPARABILITY;
  const like = params.get(CHOICE_PARAMETER.comparability);
  if (like !== null) {
    if ((COMPARABILITIES as readonly string[]).includes(like)) comparability = like as Comparability;
    else reject(CHOICE_PARAMETER.comparability, like);
  }
  let whiteSpace = false;
  const ws = params.get(CHOICE_PARAMETER.whiteSpace);
  if (ws !== null) {
    if (ws === '1' || ws === '0') whiteSpace = ws === '1';
    else reject(CHOICE_PARAMETER.whiteSpace, ws);
  }
  let matrix: MatrixGrouping | null = null;
  const mx = params.get(CHOICE_PARAMETER.matrix);
  if (mx !== null) {
    if ((MATRIX_GROUPINGS as readonly string[]).includes(mx)) matrix = mx as MatrixGrouping;
    else reject(CHOICE_PARAMETER.matrix, mx);
  }
  const map = params.get(CHOICE_PARAMETER.mapView);
  if (map !== null) {
    mapView = parseMapView(map);
    if (!mapView) reject(CHOICE_PARAMETER.mapView, map);
  }
  return { state: { filters, selection, mapView, language, compared, comparability, whiteSpace, matrix }, problems };
}

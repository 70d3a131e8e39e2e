/**
 * Every filter, declared once: its link parameter, its default, what it lets
 * through, its words and its control. The store (`Filters`, `setFilter`), links
 * (`urlState`), visibility (`computeVisibility`), the summary above the views,
 * the exports' filter line and the filter panel all follow this table, so a new
 * filter is an entry here plus its words in the strings files (the compiler and
 * the missing-key check say which). The order is the summary's.
 *
 * This module only declares; what goes through the table is in `filters.ts`
 * (`tests/components/extending/throwawayFilter.test.tsx` adds an entry and
 * nothing else, and watches every part of the app follow).
 */
import { FULL_RANGE, isFullRange, normalizeRange, type AxisRange } from './axisRange';
import { AUDIENCE_STEPS, HORIZON_STEPS, snapToStep, stepOf } from './axisSteps';
import { CLUSTER_TYPES, type ClusterType } from './clusterTypes';
import type { DatasetIndex } from './datasetIndex';
import { dataText, type Language } from './language';
import { invalid, joinList, parseList, parseRange, formatRange, type LinkReading, type UrlVocabulary } from './linkValues';

/** Interviewed clusters (Tableau 1), clusters only cited as examples, or both. */
export type InterviewedFilter = 'all' | 'interviewed' | 'cited';

/**
 * Words, named: a key of the strings files and the values it is worded with
 * (names from the data, numbers, other words; a list is said item after item).
 * The domain names what to say; `i18n/say.ts` words it in the reader's language.
 */
export interface Words {
  readonly key: string;
  readonly values?: Readonly<Record<string, WordValue>>;
}
export type WordValue = string | number | Words | readonly (string | Words)[];

const words = (key: string, values?: Words['values']): Words => (values ? { key, values } : { key });

/** An option of a list control; `mark` draws its symbol or swatch, as the views do. */
export interface ListOption {
  readonly value: string;
  readonly label: string | Words;
  readonly mark?: { readonly kind: 'domain'; readonly order: number; readonly color: string } | { readonly kind: 'cluster-type'; readonly type: ClusterType };
}

export interface AxisStep {
  readonly id: string;
  readonly range: AxisRange;
}

/** How the filter panel offers a filter. */
export type FilterControl =
  /** A search box. */
  | { readonly kind: 'search'; readonly label: Words; readonly placeholder: Words; readonly maxLength: number }
  /** Tick boxes, any number ticked (nothing ticked: no restriction); a `long` list scrolls and counts what is ticked. */
  | { readonly kind: 'checklist'; readonly legend: Words; readonly long?: boolean; options(index: DatasetIndex, chosen: readonly string[], language: Language): readonly ListOption[] }
  /** Radio buttons. */
  | { readonly kind: 'choice'; readonly legend: Words; readonly options: readonly { readonly value: string; readonly label: Words }[] }
  /** One of Figure 1's axes: all, a step by its name, or a precise range. */
  | { readonly kind: 'steps'; readonly legend: Words; readonly steps: readonly AxisStep[]; stepLabel(id: string): Words; readonly low: Words; readonly high: Words }
  /** A single tick box. */
  | { readonly kind: 'check'; readonly label: Words };

export interface FilterDeclaration<V> {
  /** Its parameter in a link. */
  readonly param: string;
  /** The value that restricts nothing: the default, left out of links and summaries. */
  readonly initial: V;
  isActive(value: V): boolean;
  /**
   * What the filter lets through: clusters or initiatives judged by their own
   * attributes (visibility then links the two), or `search`, which reaches
   * items through their links too and is applied by `computeVisibility` itself.
   */
  readonly restricts: Restriction<V>;
  /** An active value as a link writes it. */
  toLink(value: V): string;
  /** A link's value read against the names the dataset on screen knows. */
  fromLink(written: string, vocabulary: UrlVocabulary): LinkReading<V>;
  /** An active filter in words; null when it names nothing this dataset knows. */
  phrase(value: V, index: DatasetIndex, language: Language): Words | null;
  /** Orders, clamps or trims a value the interface sets. */
  tidy?(value: V): V;
  readonly control: FilterControl;
}

export type Restriction<V> =
  | {
      readonly items: 'clusters' | 'initiatives';
      /** 1 for each cluster or initiative, in the dataset's order, that an active value lets through. */
      passes(index: DatasetIndex, value: V): Uint8Array;
    }
  | { readonly items: 'search' };

/** Keeps each entry's value type for `Filters`. */
const declare = <V,>(declaration: FilterDeclaration<V>): FilterDeclaration<V> => declaration;

/** A search longer than this is cut: a link is not a way to make every keystroke search a book. */
export const MAX_QUERY_LENGTH = 200;

export { FULL_RANGE, isFullRange, normalizeRange, type AxisRange };

/** Marks the items whose code (a position in `all`, -1 for none) is among `chosen`. */
function codesAmong<T>(codes: ArrayLike<number>, all: readonly T[], chosen: readonly T[]): Uint8Array {
  const allowed = Uint8Array.from(all, (value) => (chosen.includes(value) ? 1 : 0));
  const passes = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i += 1) {
    const code = codes[i] as number;
    passes[i] = code >= 0 && allowed[code] === 1 ? 1 : 0;
  }
  return passes;
}

function within(values: ArrayLike<number>, [low, high]: AxisRange): Uint8Array {
  const passes = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i += 1) passes[i] = (values[i] as number) >= low && (values[i] as number) <= high ? 1 : 0;
  return passes;
}

/** A list filter's link: the items the dataset knows; each unknown one is reported. */
function listFromLink<T extends string>(written: string, accept: (item: string) => item is T): LinkReading<readonly T[]> {
  const { items, rejected } = parseList(written, accept);
  return { value: items, problems: rejected.map(invalid) };
}

const percent = (value: number) => `${Math.round(value * 100)} %`;

/** One of Figure 1's axes, filtered by the study's categories or by a range of one's own. */
function axisFilter(axis: 'audience' | 'horizon', param: string, steps: readonly AxisStep[], column: (index: DatasetIndex) => Float64Array) {
  return declare<AxisRange>({
    param,
    initial: FULL_RANGE,
    isActive: (range) => !isFullRange(range),
    restricts: { items: 'initiatives', passes: (index, range) => within(column(index), range) },
    toLink: formatRange,
    fromLink: (written) => {
      const range = parseRange(written);
      // A range this close to a step is that step, so it keeps what the step keeps.
      return range ? { value: snapToStep(steps, range), problems: [] } : { problems: [invalid(written)] };
    },
    // A step of the study's categories is said by its name; a range of one's own in percent.
    phrase: (range) => {
      const step = stepOf(steps, range);
      return step
        ? words(`filterWords.${axis}Step`, { step: words(`detail.${axis}_${step}`) })
        : words(`filterWords.${axis}`, { from: percent(range[0]), to: percent(range[1]) });
    },
    tidy: (range) => normalizeRange(range[0], range[1]),
    control: {
      kind: 'steps',
      legend: words(`filters.${axis}`),
      steps,
      stepLabel: (id) => words(`filters.${axis}Step_${id}`),
      low: words(`filters.${axis}Low`),
      high: words(`filters.${axis}High`),
    },
  });
}

/** The cluster types a dataset has, worked out once per dataset (and forgotten with it). */
const typesPresent = new WeakMap<DatasetIndex, ReadonlySet<ClusterType>>();
function clusterTypesIn(index: DatasetIndex): ReadonlySet<ClusterType> {
  let types = typesPresent.get(index);
  if (!types) typesPresent.set(index, (types = new Set(index.dataset.clusters.map((c) => c.type))));
  return types;
}

const INTERVIEWED_CHOICES: readonly InterviewedFilter[] = ['all', 'interviewed', 'cited'];
const isInterviewedChoice = (value: string): value is InterviewedFilter => (INTERVIEWED_CHOICES as readonly string[]).includes(value);

export const FILTERS = {
  domains: declare<readonly string[]>({
    param: 'd',
    initial: [],
    isActive: (ids) => ids.length > 0,
    restricts: {
      items: 'initiatives',
      passes: (index, ids) =>
        codesAmong(
          index.columns.initiativeDomain,
          index.dataset.domains.map((d) => d.id),
          ids,
        ),
    },
    toLink: joinList,
    fromLink: (written, vocabulary) => listFromLink(written, (id): id is string => vocabulary.domainIds.has(id)),
    phrase: (ids, index, language) => {
      const labels = ids
        .map((id) => index.domainById.get(id))
        .filter((d) => d !== undefined)
        .sort((a, b) => a.order - b.order)
        .map((d) => dataText(d.label, language));
      return labels.length > 0 ? words('filterWords.domains', { count: labels.length, values: labels }) : null;
    },
    control: {
      kind: 'checklist',
      legend: words('filters.domains'),
      options: (index, _chosen, language) =>
        [...index.dataset.domains]
          .sort((a, b) => a.order - b.order)
          .map((domain) => ({ value: domain.id, label: dataText(domain.label, language), mark: { kind: 'domain', order: domain.order, color: domain.color } })),
    },
  }),
  clusterTypes: declare<readonly ClusterType[]>({
    param: 't',
    initial: [],
    isActive: (types) => types.length > 0,
    restricts: { items: 'clusters', passes: (index, types) => codesAmong(index.columns.clusterType, CLUSTER_TYPES, types) },
    toLink: joinList,
    fromLink: (written) => listFromLink(written, (type): type is ClusterType => (CLUSTER_TYPES as readonly string[]).includes(type)),
    phrase: (types) => words('filterWords.types', { count: types.length, values: types.map((type) => words(`clusterType.${type}`)) }),
    control: {
      kind: 'checklist',
      legend: words('filters.clusterTypes'),
      // The types this dataset has, and any still ticked.
      options: (index, chosen) => {
        const present = clusterTypesIn(index);
        return CLUSTER_TYPES.filter((type) => present.has(type) || chosen.includes(type)).map((type) => ({
          value: type,
          label: words(`clusterType.${type}`),
          mark: { kind: 'cluster-type', type },
        }));
      },
    },
  }),
  interviewed: declare<InterviewedFilter>({
    param: 'iv',
    initial: 'all',
    isActive: (value) => value !== 'all',
    restricts: {
      items: 'clusters',
      passes: (index, value) => {
        const wanted = value === 'interviewed' ? 1 : 0;
        return Uint8Array.from(index.columns.clusterInterviewed, (interviewed) => (interviewed === wanted ? 1 : 0));
      },
    },
    toLink: (value) => value,
    fromLink: (written) => (isInterviewedChoice(written) ? { value: written, problems: [] } : { problems: [invalid(written)] }),
    phrase: (value) => words(`filterWords.interviewed_${value}`),
    control: { kind: 'choice', legend: words('filters.interviewed'), options: INTERVIEWED_CHOICES.map((value) => ({ value, label: words(`filters.interviewed_${value}`) })) },
  }),
  /** Today's region names of the headquarters. */
  regions: declare<readonly string[]>({
    param: 'r',
    initial: [],
    isActive: (names) => names.length > 0,
    restricts: { items: 'clusters', passes: (index, names) => codesAmong(index.columns.clusterRegion, index.regions, names) },
    toLink: joinList,
    fromLink: (written, vocabulary) => listFromLink(written, (region): region is string => vocabulary.regions.has(region)),
    phrase: (names) => words('filterWords.regions', { count: names.length, values: [...names].sort((a, b) => a.localeCompare(b, 'fr')) }),
    // A group of its own, always in sight (a folded list was missed).
    control: { kind: 'checklist', legend: words('filters.regions'), long: true, options: (index) => index.regions.map((region) => ({ value: region, label: region })) },
  }),
  audience: axisFilter('audience', 'aud', AUDIENCE_STEPS, (index) => index.columns.initiativeAudience),
  horizon: axisFilter('horizon', 'hor', HORIZON_STEPS, (index) => index.columns.initiativeHorizon),
  caseStudyOnly: declare<boolean>({
    param: 'cs',
    initial: false,
    isActive: (on) => on,
    restricts: { items: 'initiatives', passes: (index) => index.columns.initiativeHasCaseStudy },
    toLink: () => '1',
    fromLink: (written) => (written === '1' || written === '0' ? { value: written === '1', problems: [] } : { problems: [invalid(written)] }),
    phrase: () => words('filterWords.caseStudyOnly'),
    control: { kind: 'check', label: words('filters.caseStudyOnly') },
  }),
  query: declare<string>({
    param: 'q',
    initial: '',
    isActive: (text) => text.trim() !== '',
    restricts: { items: 'search' },
    toLink: (text) => text,
    fromLink: (written) => ({
      value: written.slice(0, MAX_QUERY_LENGTH),
      problems: written.length > MAX_QUERY_LENGTH ? [{ value: written, reason: 'shortened' }] : [],
    }),
    phrase: (text) => words('filterWords.query', { text: text.trim() }),
    control: { kind: 'search', label: words('filters.search'), placeholder: words('filters.searchPlaceholder'), maxLength: MAX_QUERY_LENGTH },
  }),
};

export type FilterTable = typeof FILTERS;
export type FilterKey = keyof FilterTable;
type ValueOf<D> = D extends FilterDeclaration<infer V> ? V : never;

/**
 * What the user chose to see, one value per filter of the table. An empty
 * list means "no restriction" (every domain, every type, every region), never "nothing".
 */
export type Filters = { readonly [K in FilterKey]: ValueOf<FilterTable[K]> };

/** The filters whose value is a list of items (domains, types, regions). */
export type ListFilterKey = { [K in FilterKey]: Filters[K] extends readonly string[] ? K : never }[FilterKey];

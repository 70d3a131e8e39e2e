/**
 * The dataset contract. This runtime schema is the single source of truth:
 * the TypeScript types are inferred from it, `data/study.schema.json` is
 * generated from it, and every dataset (the study's or a user's) is parsed
 * through it before anything in the app sees it.
 */
import { z } from 'zod';
import { CLUSTER_TYPES } from './clusterTypes';
import { LANGUAGES, REQUIRED_TEXT_LANGUAGES } from './language';
import { contrastWithWhite, MIN_GRAPHIC_CONTRAST } from './colour';
import type { SchemaRule } from './schemaIssues';

// No code generated at run time: zod would otherwise probe `new Function` when
// the first object schema is built, which the built page's Content Security
// Policy (script-src without 'unsafe-eval') refuses and reports as a violation.
// Set before any schema below is built; parsing is the same, only not compiled.
z.config({ jitless: true });

/** A rule of the data format that a type cannot state; `rule` lets the interface word it, `values` fill the wording. */
const rule = (name: SchemaRule, message: string, path: PropertyKey[], values: Record<string, string | number> = {}) => ({
  code: 'custom' as const,
  message,
  path,
  params: { rule: name, values },
});

/**
 * Columns for the languages beyond French and English (see `domain/language.ts`):
 * optional, so a dataset without them reads in French in that language.
 */
function otherLanguages<T extends z.ZodType>(column: T): Record<string, z.ZodOptional<T>> {
  return Object.fromEntries(LANGUAGES.filter((language) => !REQUIRED_TEXT_LANGUAGES.includes(language)).map((language) => [language, column.optional()]));
}

/** Text in both interface languages (and any other the app speaks). `fr` is the study's language. */
export const LocalizedText = z.object({
  fr: z.string().min(1),
  en: z.string().min(1),
  ...otherLanguages(z.string().min(1)),
});

/** Where in the study a fact comes from: a chapter or a fiche, and its page in the study's table of contents. */
export const SourceRef = z.object({
  /** Chapter or section heading as the study names it, e.g. "Aider les entreprises membres du cluster à recruter". */
  section: z.string().min(1),
  /** Page number as given by the study's table of contents (the section's start page); absent for imported data. */
  page: z.number().int().positive().optional(),
  /** Case study (fiche) number, when the fact comes from one. */
  fiche: z.number().int().min(1).optional(),
});

export { CLUSTER_TYPES };
export const ClusterType = z.enum(CLUSTER_TYPES);

/**
 * How a number reads: `count` is a plain quantity (its label says of what),
 * `percent` is 0–100, `year` a calendar year, `euro` an amount in euros.
 */
export const FigureUnit = z.enum(['count', 'percent', 'year', 'euro']);

/** One number the study gives, with what it measures, the year it refers to and where it comes from. */
export const Figure = z.object({
  id: z.string().min(1),
  label: LocalizedText,
  value: z.number().finite(),
  unit: FigureUnit,
  /** The year the figure refers to; null when the study does not say, and for unit "year" (the value is the year). */
  year: z.number().int().min(1900).max(2100).nullable(),
  source: SourceRef,
}).superRefine((figure, context) => {
  if (figure.unit === 'year' && figure.year !== null) {
    context.addIssue(rule('year-unit-null', 'a figure whose unit is "year" carries the year as its value: its "year" must be null', ['year']));
  }
  if (figure.unit === 'percent' && !(figure.value >= 0 && figure.value <= 100)) {
    context.addIssue(rule('percent-range', `a percentage is between 0 and 100, not ${figure.value}`, ['value'], { value: figure.value }));
  }
});

/** A short verbatim quote (a sentence or two) in French, with our English translation. */
export const Quote = z.object({
  fr: z.string().min(1).max(600),
  en: z.string().min(1).max(600),
  ...otherLanguages(z.string().min(1).max(600)),
  /** Who speaks, in our words (e.g. "the cluster's director"); optional. */
  speaker: LocalizedText.optional(),
  source: SourceRef,
});

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

export const Meta = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  series: z.string().min(1),
  number: z.string().min(1),
  /** Publication date, ISO `yyyy-mm`. */
  date: z.string().regex(/^\d{4}-\d{2}$/),
  isbn: z.string().nullable(),
  authors: z.array(z.string().min(1)),
  partner: z.string().nullable(),
  /** Where the study can be read: a web page (http or https), as the link is offered to the reader. */
  url: z
    .string()
    .url()
    .superRefine((url, context) => {
      // Only an address with a scheme is judged here; one without is not a URL at all, which url() says.
      const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase();
      if (scheme !== undefined && scheme !== 'http:' && scheme !== 'https:') context.addIssue(rule('url-scheme', `only http and https addresses are links to read, not ${scheme}`, [], { scheme }));
    })
    .nullable(),
  /** The line an export carries, e.g. "Source : Apec, Les études de l'emploi cadre n° 2016-09, mars 2016". */
  sourceLine: LocalizedText,
  licence: LocalizedText,
  /** The dataset's own version (semver), shown in exports. */
  datasetVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
});

export const Domain = z.object({
  id: Id,
  label: LocalizedText,
  /** A short label for tight spaces (chart group names on a phone). */
  shortLabel: LocalizedText,
  description: LocalizedText,
  /** `#rrggbb`; the palette must stay distinguishable for colour-blind readers and reach 3:1 on white. */
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i)
    .superRefine((color, context) => {
      const ratio = contrastWithWhite(color);
      if (/^#[0-9a-f]{6}$/i.test(color) && ratio < MIN_GRAPHIC_CONTRAST) {
        context.addIssue(rule('colour-contrast', `${color} has a contrast of ${ratio.toFixed(2)}:1 against the white page; marks need at least 3:1`, [], { value: color, ratio: Number(ratio.toFixed(2)) }));
      }
    }),
  order: z.number().int().min(1),
  source: SourceRef,
});

export const Initiative = z.object({
  id: Id,
  label: LocalizedText,
  /** Whether `label.fr` is Figure 1's own wording, verbatim. */
  labelVerbatim: z.boolean(),
  domain: Id,
  /** 0 = the cluster's member companies only, 1 = a public wider than the members. */
  audience: z.number().min(0).max(1),
  /** 0 = effects in the short term (under 6 months), 1 = long term. */
  horizon: z.number().min(0).max(1),
  /**
   * "figure": estimated from Figure 1's captions (the study gives no coordinates, only the
   * axis captions the item sits next to); "text": derived from the chapter text.
   */
  positionSource: z.enum(['figure', 'text']),
  positionRationale: LocalizedText,
  caseStudy: z.number().int().min(1).nullable(),
  clusters: z.array(Id),
  summary: LocalizedText,
  sources: z.array(SourceRef).min(1),
});

export const Headquarters = z
  .object({
    /**
     * "commune" when the study names the seat's commune; "department" when it only
     * names the department (the marker then stands at the department's chef-lieu).
     */
    precision: z.enum(['commune', 'department']).default('commune'),
    /** Today's official commune name; null when only the department is known. */
    commune: z.string().min(1).nullable(),
    /** INSEE code of the commune as it is today (5 characters, keeps leading zeros); null when only the department is known. */
    inseeCode: z
      .string()
      .regex(/^(\d{5}|2[AB]\d{3})$/)
      .nullable(),
    /** French department; null for a seat outside France or a dataset that does not say. */
    departmentCode: z
      .string()
      .regex(/^(\d{2,3}|2[AB])$/)
      .nullable(),
    departmentName: z.string().min(1).nullable(),
    region: z
      .object({
        /** Region as officially named at the study's date (March 2016). */
        atStudy: z.string().min(1),
        today: z.string().min(1),
      })
      .nullable(),
    /** WGS84; null when the seat could not be placed (the cluster is then listed, not mapped). */
    lat: z.number().min(-90).max(90).nullable(),
    lon: z.number().min(-180).max(180).nullable(),
    geocodeSource: z.string().min(1),
    /** What was resolved to place it (homonyms, merged communes, inconsistent department…). */
    geocodeNote: z.string().optional(),
  })
  .superRefine((hq, context) => {
    const known = hq.commune !== null;
    if ((hq.lat === null) !== (hq.lon === null)) {
      context.addIssue(rule('lat-lon-together', 'lat and lon go together: give both or neither', ['lat']));
    }
    if (hq.precision === 'commune' && !known) {
      context.addIssue(rule('commune-needed', 'a seat of precision "commune" needs its commune', ['commune']));
    }
    if (hq.precision === 'department' && (hq.commune !== null || hq.inseeCode !== null)) {
      context.addIssue(rule('department-precision-nulls', 'a seat of precision "department" has null commune and inseeCode', ['precision']));
    }
  });

/** What a cluster does for one initiative, in our words. */
export const ClusterAction = z.object({
  initiative: Id,
  summary: LocalizedText,
  source: SourceRef,
});

export const Cluster = z.object({
  id: Id,
  name: z.string().min(1),
  type: ClusterType,
  /** One of the 15 clusters interviewed (Tableau 1), or only cited as an example. */
  interviewed: z.boolean(),
  sector: LocalizedText,
  hq: Headquarters,
  foundedYear: z.number().int().min(1900).max(2100).nullable(),
  labelYear: z.number().int().min(1900).max(2100).nullable(),
  summary: LocalizedText,
  figures: z.array(Figure),
  actions: z.array(ClusterAction),
  quotes: z.array(Quote),
  sources: z.array(SourceRef).min(1),
});

export const CaseStudy = z.object({
  number: z.number().int().min(1),
  title: LocalizedText,
  clusters: z.array(Id).min(1),
  domain: Id,
  initiative: Id,
  why: LocalizedText,
  how: LocalizedText,
  results: LocalizedText,
  keyFigures: z.array(Figure),
  quotes: z.array(Quote),
  source: SourceRef,
});

/** A figure of the study's first part on the impact of clusters on employment, with the study it cites. */
export const KeyFigure = Figure.extend({
  /** The study or evaluation the Apec study quotes it from. */
  sourceStudy: z.string().min(1),
  /** Year of that source study; null when the Apec study does not say where the figure comes from. */
  sourceYear: z.number().int().min(1900).max(2100).nullable(),
  /** Groups figures for the context panel (e.g. "framing", "job-creation", "skills-match"). */
  theme: z.enum(['framing', 'job-creation', 'skills-match', 'limits']),
});

export const Dataset = z.object({
  meta: Meta,
  domains: z.array(Domain).min(1),
  initiatives: z.array(Initiative),
  clusters: z.array(Cluster),
  caseStudies: z.array(CaseStudy),
  keyFigures: z.array(KeyFigure),
});

export type LocalizedText = z.infer<typeof LocalizedText>;
export type SourceRef = z.infer<typeof SourceRef>;
export type ClusterType = z.infer<typeof ClusterType>;
export type Figure = z.infer<typeof Figure>;
export type Quote = z.infer<typeof Quote>;
export type Meta = z.infer<typeof Meta>;
export type Domain = z.infer<typeof Domain>;
export type Initiative = z.infer<typeof Initiative>;
export type Headquarters = z.infer<typeof Headquarters>;
export type ClusterAction = z.infer<typeof ClusterAction>;
export type Cluster = z.infer<typeof Cluster>;
export type CaseStudy = z.infer<typeof CaseStudy>;
export type KeyFigure = z.infer<typeof KeyFigure>;
export type Dataset = z.infer<typeof Dataset>;

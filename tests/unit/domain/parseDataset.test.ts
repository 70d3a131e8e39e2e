import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../src/domain/integrity';
import { parseDataset, type ParseResult } from '../../../src/domain/parseDataset';
import { Dataset } from '../../../src/domain/schema';
import { schemaProblem } from '../../../src/domain/schemaIssues';
import { seededRandom } from '../../fixtures/hostile/corpus';
import { makeMiniDataset } from '../../fixtures/miniDataset';
import { studyDataset } from '../../helpers/dashboard';

/** What one parse of the whole dataset says (parseDataset checks the long lists record by record). */
function parsedWhole(input: unknown): ParseResult {
  const parsed = Dataset.safeParse(input);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => schemaProblem(issue, input)) };
  const problems = checkIntegrity(parsed.data);
  return problems.some((p) => p.severity === 'error') ? { ok: false, problems } : { ok: true, dataset: parsed.data, warnings: problems };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const WRONG_VALUES: readonly Json[] = [null, 42, -1, 1.5, '', 'x', true, [], {}, ['a'], { fr: '' }];

/** A copy of the dataset with `count` values replaced or removed at seeded places, anywhere in it. */
function damaged(dataset: unknown, random: () => number, count: number): unknown {
  const copy = structuredClone(dataset) as Json;
  for (let n = 0; n < count; n += 1) {
    let node = copy as { [key: string]: Json } | Json[];
    for (let depth = 0; ; depth += 1) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[Math.floor(random() * keys.length)]!;
      const child = (node as Record<string, Json>)[key]!;
      if (typeof child === 'object' && child !== null && random() < 0.75 && depth < 6) {
        node = child;
        continue;
      }
      if (random() < 0.2 && !Array.isArray(node)) delete (node as Record<string, Json>)[key];
      else (node as Record<string, Json>)[key] = WRONG_VALUES[Math.floor(random() * WRONG_VALUES.length)]!;
      break;
    }
  }
  return copy;
}

describe('parseDataset', () => {
  it('says, record by record, how many initiatives and clusters it has checked', () => {
    const dataset = makeMiniDataset();
    const seen: number[] = [];
    expect(parseDataset(dataset, (checked) => seen.push(checked)).ok).toBe(true);
    const records = dataset.initiatives.length + dataset.clusters.length;
    expect(seen).toEqual(Array.from({ length: records }, (_, i) => i + 1));
  });

  it('finds the same problems, in the same order, as one parse of the whole dataset, and the same dataset', () => {
    const random = seededRandom(14);
    const study = studyDataset();
    const inputs: unknown[] = [study, makeMiniDataset(), [1, 2], 'text', null, { ...study, clusters: {} }, { ...study, initiatives: 'none' }, { clusters: [], initiatives: [] }];
    for (let i = 0; i < 150; i += 1) inputs.push(damaged(i % 2 ? study : makeMiniDataset(), random, 1 + Math.floor(random() * 6)));
    let refused = 0;
    for (const input of inputs) {
      const result = parseDataset(input);
      expect(result).toEqual(parsedWhole(input));
      if (!result.ok) refused += 1;
    }
    // The damage must be of the kind the schema refuses, most of the time.
    expect(refused).toBeGreaterThan(100);
  });

  it('accepts a valid dataset', () => {
    const result = parseDataset(makeMiniDataset());
    expect(result.ok).toBe(true);
  });

  it('reports every schema problem with its JSON path', () => {
    const broken = structuredClone(makeMiniDataset()) as unknown as {
      clusters: { hq: { lat: unknown } }[];
      initiatives: { audience: unknown }[];
    };
    broken.clusters[1]!.hq.lat = 'N/A';
    broken.initiatives[0]!.audience = 1.5;
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('clusters[1].hq.lat');
    expect(paths).toContain('initiatives[0].audience');
  });

  it('reports broken cross-references after the shape is right', () => {
    const dataset = makeMiniDataset();
    dataset.initiatives[0]!.domain = 'nowhere';
    dataset.initiatives[2]!.clusters.push('ghost');
    dataset.caseStudies[0]!.initiative = 'bourse';
    const result = parseDataset(dataset);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContain('initiatives[0].domain: "nowhere" is not the id of a domain');
    expect(messages).toContain('initiatives[2].clusters[2]: "ghost" is not the id of a cluster');
    expect(messages.some((m) => m.startsWith('caseStudies[0].initiative'))).toBe(true);
  });

  it('requires links between clusters and initiatives to agree both ways', () => {
    const dataset = makeMiniDataset();
    dataset.clusters[0]!.actions.push({ initiative: 'visites', summary: { fr: 'x', en: 'x' }, source: { section: 's', page: 1 } });
    dataset.initiatives[3]!.clusters.push('systeme');
    const result = parseDataset(dataset);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((p) => p.message);
    expect(messages).toContain('"mecabourg" acts on "visites" but is missing from that initiative\'s clusters');
    expect(messages).toContain('"systeme" runs "bourse" but has no action describing it');
  });

  it('warns about a domain without initiatives but still loads; refuses duplicate ids', () => {
    const dataset = makeMiniDataset();
    dataset.initiatives = dataset.initiatives.filter((i) => i.domain !== 'promouvoir');
    dataset.clusters[3]!.actions = dataset.clusters[3]!.actions.filter((a) => a.initiative !== 'visites');
    dataset.clusters[2]!.actions = [];
    dataset.clusters.push(structuredClone(dataset.clusters[0]!));
    const result = parseDataset(dataset);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining({ path: 'domains[2]', message: 'the domain "promouvoir" has no initiative', severity: 'warning' }));
    expect(result.problems).toContainEqual(expect.objectContaining({ path: 'clusters', message: 'the id "mecabourg" is used twice', severity: 'error' }));
    dataset.clusters.pop();
    const withoutDuplicate = parseDataset(dataset);
    expect(withoutDuplicate.ok).toBe(true);
    if (withoutDuplicate.ok) expect(withoutDuplicate.warnings.map((w) => w.message)).toEqual(['the domain "promouvoir" has no initiative']);
  });

  it('rejects a seat without a commune unless it is marked as known to the department only', () => {
    const dataset = makeMiniDataset();
    const hq = dataset.clusters[0]!.hq;
    dataset.clusters[0]!.hq = { ...hq, commune: null, inseeCode: null };
    expect(parseDataset(dataset).ok).toBe(false);
    dataset.clusters[0]!.hq = { ...hq, precision: 'department', commune: null, inseeCode: null };
    expect(parseDataset(dataset).ok).toBe(true);
  });

  it('rejects a year-valued figure that also carries a reference year', () => {
    const dataset = makeMiniDataset();
    dataset.clusters[0]!.figures.push({ id: 'f', label: { fr: 'Création', en: 'Founded' }, value: 2014, unit: 'year', year: 2014, source: { section: 's', page: 1 } });
    const result = parseDataset(dataset);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('clusters[0].figures[0].year');
  });

  it('does not let a __proto__ key pollute objects', () => {
    const json = JSON.stringify(makeMiniDataset()).replace('"meta":{', '"meta":{"__proto__":{"polluted":true},');
    const result = parseDataset(JSON.parse(json));
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.getPrototypeOf(result.dataset.meta)).toBe(Object.prototype);
  });

  it('accepts only web pages as the dataset’s link, with one problem for each wrong address (issue #18)', () => {
    const codes = (url: string) => {
      const dataset = makeMiniDataset();
      dataset.meta.url = url;
      const result = parseDataset(dataset);
      return result.ok ? [] : result.problems.map((p) => `${p.path} ${p.code} ${JSON.stringify(p.params)}`);
    };
    expect(codes('https://example.org/etude')).toEqual([]);
    expect(codes('HTTP://EXAMPLE.ORG')).toEqual([]);
    expect(codes('javascript:alert(1)')).toEqual(['meta.url url-scheme {"scheme":"javascript:"}']);
    expect(codes('data:text/html,<b>x</b>')).toEqual(['meta.url url-scheme {"scheme":"data:"}']);
    expect(codes('nope')).toEqual(['meta.url schema-format-url {"value":"nope"}']);
  });
});

import { polygonContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { chartModel, neighbourCounts, type ChartModel } from '../../../../src/domain/chart/chartModel';
import { boxesOverlap, boxInside, boxOverlapsCircle, segmentMeetsCircle } from '../../../../src/domain/chart/geometry';
import { Dataset } from '../../../../src/domain/schema';
import { fr } from '../../../../src/i18n/fr';
import study from '../../../../data/study.json';
import { estimateTextWidth } from '../../../helpers/estimateTextWidth';
import { seededRandom } from '../../../fixtures/hostile/corpus';

const dataset = Dataset.parse(study);
const axisText = { members: fr.chart.axisMembers, wider: fr.chart.axisWider, short: fr.chart.axisShort, long: fr.chart.axisLong };
const layout = (width: number, height: number, language: 'fr' | 'en' = 'fr') =>
  chartModel({
    initiatives: dataset.initiatives,
    domains: dataset.domains,
    width,
    height,
    language,
    measure: estimateTextWidth(11),
    measureDomain: estimateTextWidth(11),
    axisText,
  });

function collisions(model: ChartModel): string[] {
  const found: string[] = [];
  const labels = model.labels.placed;
  const domainBoxes = model.regions.flatMap((r) => (r.label ? [{ id: `domain ${r.id}`, box: r.label.box }] : []));
  for (const [i, label] of labels.entries()) {
    for (const other of labels.slice(i + 1)) if (boxesOverlap(label.box, other.box)) found.push(`${label.id} × ${other.id}`);
    for (const mark of model.marks) if (boxOverlapsCircle(label.box, mark)) found.push(`${label.id} × mark ${mark.id}`);
    for (const domain of domainBoxes) if (boxesOverlap(label.box, domain.box)) found.push(`${label.id} × ${domain.id}`);
  }
  return found;
}

describe('chartModel on the study', () => {
  // The chart's size in the 1280 px desktop layout.
  const desktop = layout(629, 629);

  it('places one mark per initiative inside the plot', () => {
    expect(desktop.marks).toHaveLength(dataset.initiatives.length);
    for (const mark of desktop.marks) expect(boxInside({ x: mark.x, y: mark.y, width: 0, height: 0 }, desktop.plot)).toBe(true);
  });

  it('puts long-term initiatives higher and wider-public ones further right', () => {
    const byId = new Map(desktop.marks.map((m) => [m.id, m]));
    for (const a of dataset.initiatives) {
      for (const b of dataset.initiatives) {
        if (a.horizon > b.horizon) expect(byId.get(a.id)!.y).toBeLessThan(byId.get(b.id)!.y);
        if (a.audience > b.audience) expect(byId.get(a.id)!.x).toBeGreaterThan(byId.get(b.id)!.x);
      }
    }
  });

  it('labels every initiative at the desktop size, with no label over a label, a mark or a domain name', () => {
    expect(desktop.labels.hidden).toEqual([]);
    expect(collisions(desktop)).toEqual([]);
    for (const label of desktop.labels.placed) expect(boxInside(label.box, { x: 0, y: 0, width: 629, height: 629 })).toBe(true);
  });

  // The estimated widths run wider than Inter's: the browser test (chartLayout) holds the real count, three at most.
  it('cuts only a few labels short at the 1366 px laptop size (686 × 565), in either language', () => {
    for (const language of ['fr', 'en'] as const) {
      const laptop = layout(686, 565, language);
      expect(laptop.labels.hidden, language).toEqual([]);
      expect(laptop.labels.placed.filter((label) => label.truncated).length, language).toBeLessThanOrEqual(5);
      expect(collisions(laptop), language).toEqual([]);
    }
  });

  it('runs no leader line through another initiative’s mark', () => {
    for (const model of [desktop, layout(686, 565), layout(686, 565, 'en')]) {
      for (const label of model.labels.placed) {
        if (!label.leader) continue;
        const crossed = model.marks.filter((mark) => mark.id !== label.id && segmentMeetsCircle(label.leader!, mark));
        expect(crossed.map((mark) => mark.id), `leader of ${label.id}`).toEqual([]);
      }
    }
  });

  it('keeps labels apart in English and on a phone, hiding rather than overlapping', () => {
    expect(collisions(layout(629, 629, 'en'))).toEqual([]);
    const phone = layout(340, 425);
    expect(phone.compact).toBe(true);
    expect(collisions(phone)).toEqual([]);
    expect(phone.labels.placed.length + phone.labels.hidden.length).toBe(dataset.initiatives.length);
  });

  it('draws each domain region around all of its marks', () => {
    for (const region of desktop.regions) {
      const points = [...region.path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
      for (const mark of desktop.marks.filter((m) => m.domainId === region.id)) {
        expect(polygonContains(points, [mark.x, mark.y]), `${mark.id} in ${region.id}`).toBe(true);
      }
    }
  });

  it('is the same for the same input', () => {
    expect(layout(629, 629)).toEqual(desktop);
  });
});

describe('chartModel with very long names (issue #18, finding 16)', () => {
  it('cuts a domain name too long for the plot with an ellipsis, and still names the domain inside the plot', () => {
    const domains = dataset.domains.map((d, i) => (i === 0 ? { ...d, shortLabel: { fr: `Domaine ${'très long '.repeat(20_000)}`, en: 'x' } } : d));
    const initiatives = dataset.initiatives.map((initiative, i) => (i === 0 ? { ...initiative, label: { fr: `Initiative ${'y'.repeat(200_000)}`, en: 'y' } } : initiative));
    const model = chartModel({ initiatives, domains, width: 629, height: 629, language: 'fr', measure: estimateTextWidth(11), measureDomain: estimateTextWidth(11), axisText });
    const region = model.regions.find((r) => r.id === domains[0]!.id)!;
    expect(region.label?.text).toMatch(/^Domaine très long .*…$/);
    expect(boxInside(region.label!.box, model.plot)).toBe(true);
    const label = model.labels.placed.find((l) => l.id === initiatives[0]!.id);
    expect(label?.lines.join(' ')).toMatch(/…$/);
  });
});

describe('neighbourCounts (how crowded each mark is)', () => {
  it('counts the others closer than the radius, as comparing every pair does', () => {
    const random = seededRandom(7);
    // Spread, clustered, repeated and on cell borders (multiples of the radius).
    const points = [
      ...Array.from({ length: 400 }, () => ({ x: random() * 1000, y: random() * 700 })),
      ...Array.from({ length: 100 }, () => ({ x: 300 + random() * 40, y: 200 + random() * 40 })),
      { x: 90, y: 90 },
      { x: 90, y: 90 },
      { x: 180, y: 90 },
      { x: 0, y: 0 },
      { x: -45, y: 10 },
    ];
    const everyPair = points.map((p, i) => points.filter((q, j) => j !== i && Math.hypot(q.x - p.x, q.y - p.y) < 90).length);
    expect(neighbourCounts(points, 90)).toEqual(everyPair);
  });
});

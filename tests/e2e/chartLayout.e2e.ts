import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openDashboard, chromiumPerFile } from '../helpers/browser';
import { studyDataset } from '../helpers/dashboard';

const study = studyDataset();
const chromium = chromiumPerFile();

interface Rect {
  id: string;
  kind: 'label' | 'mark';
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the browser actually drew: each label's box and each mark's visible shape, in page pixels. */
async function drawnBoxes(page: Page): Promise<Rect[]> {
  return page.$$eval('[data-testid="figure1"]', ([svg]) => {
    if (!svg) return [];
    const rect = (id: string, kind: 'label' | 'mark', e: Element) => {
      const r = e.getBoundingClientRect();
      return { id, kind, x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const labels = [...svg.querySelectorAll('text[data-label-for]')].map((e) => rect(e.getAttribute('data-label-for') ?? '', 'label', e));
    // The drawn symbol (path), not the transparent hit area.
    const marks = [...svg.querySelectorAll('[data-initiative-id]')].map((g) => rect(g.getAttribute('data-initiative-id') ?? '', 'mark', g.querySelector('path') ?? g));
    return [...labels, ...marks];
  });
}

/** Labels are boxes; a mark is the disc its drawn shape reaches (a star's bounding box is mostly empty). */
function overlaps(label: Rect, other: Rect): boolean {
  if (other.kind === 'label') {
    return label.x < other.x + other.width && other.x < label.x + label.width && label.y < other.y + other.height && other.y < label.y + label.height;
  }
  const cx = other.x + other.width / 2;
  const cy = other.y + other.height / 2;
  const r = Math.max(other.width, other.height) / 2;
  const nx = Math.max(label.x, Math.min(cx, label.x + label.width));
  const ny = Math.max(label.y, Math.min(cy, label.y + label.height));
  return Math.hypot(cx - nx, cy - ny) < r;
}

describe('Figure 1 as drawn in the browser', () => {
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    it(`has no label over another label or over a mark at ${width} px`, async () => {
      const session = await openDashboard(chromium(), inject('baseUrl'), { width, height });
      await session.page.locator('[data-testid="figure1"] text[data-label-for]').first().waitFor();
      const boxes = await drawnBoxes(session.page);
      const labels = boxes.filter((b) => b.kind === 'label');
      expect(labels.length).toBeGreaterThan(0);
      const collisions: string[] = [];
      for (const label of labels) {
        for (const other of boxes) {
          if (other !== label && overlaps(label, other)) collisions.push(`${label.id} × ${other.kind} ${other.id}`);
        }
      }
      expect(collisions).toEqual([]);
      session.expectClean();
      await session.close();
    });
  }

  it('labels every initiative at 1280 px', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    await session.page.locator('[data-testid="figure1"] text[data-label-for]').first().waitFor();
    const labelled = await session.page.$$eval('text[data-label-for]', (es) => es.map((e) => e.getAttribute('data-label-for')));
    expect(labelled.sort()).toEqual(study.initiatives.map((i) => i.id).sort());
    session.expectClean();
    await session.close();
  });

  it('marks the initiatives detailed in a case study, and says so in the legend', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const withCaseStudy = study.initiatives.filter((i) => i.caseStudy !== null);
    for (const initiative of withCaseStudy) {
      const name = await page.locator(`[data-initiative-id="${initiative.id}"]`).getAttribute('aria-label');
      expect(name).toContain(`fiche n° ${initiative.caseStudy}`);
    }
    expect(await page.getByRole('list', { name: 'Légende de la figure' }).textContent()).toContain('fiche');
    session.expectClean();
    await session.close();
  });
});

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

  for (const [width, height] of [
    [1366, 768],
    [1440, 900],
  ] as const) {
    for (const language of ['fr', 'en'] as const) {
      it(`labels every initiative whole but a few at ${width}×${height} (${language}), and names the domains on their regions`, async () => {
        const session = await openDashboard(chromium(), inject('baseUrl'), { width, height, path: `?lang=${language}` });
        const { page } = session;
        await page.locator('[data-testid="figure1"] text[data-label-for]').first().waitFor();
        const drawn = await page.getByTestId('figure1').evaluate((svg) => ({
          labels: [...svg.querySelectorAll('text[data-label-for]')].map((label) => ({ id: label.getAttribute('data-label-for') ?? '', text: label.textContent ?? '' })),
          domainNames: [...svg.querySelectorAll('.region text')].map((name) => name.textContent ?? ''),
          markNames: Object.fromEntries([...svg.querySelectorAll('[data-initiative-id]')].map((mark) => [mark.getAttribute('data-initiative-id'), mark.getAttribute('aria-label') ?? ''])),
        }));
        expect(drawn.labels.map((l) => l.id).sort(), 'every initiative has its label').toEqual(study.initiatives.map((i) => i.id).sort());
        const cut = drawn.labels.filter((l) => l.text.includes('…'));
        expect(cut.length, `labels cut short: ${cut.map((l) => l.text).join(' | ')}`).toBeLessThanOrEqual(3);
        // A cut label's whole wording is one focus away: the mark's accessible name (and its tooltip) carry it.
        for (const label of cut) {
          const whole = study.initiatives.find((i) => i.id === label.id)!.label[language];
          expect(drawn.markNames[label.id]).toContain(whole);
        }
        expect(drawn.domainNames.length, `domain names drawn: ${drawn.domainNames.join(', ')}`).toBeGreaterThanOrEqual(4);
        session.expectClean();
        await session.close();
      });
    }
  }

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

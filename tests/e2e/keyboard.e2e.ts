import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openDashboard, chromiumPerFile } from '../helpers/browser';
import { shownCounts, studyDataset } from '../helpers/dashboard';

const study = studyDataset();
const chromium = chromiumPerFile();

interface Focused {
  readonly tag: string;
  readonly text: string;
  readonly name: string | null;
  readonly clusterId: string | null;
  readonly visibleFocus: boolean;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    const style = e ? getComputedStyle(e) : null;
    return {
      tag: e?.tagName ?? '',
      text: (e?.textContent ?? '').trim(),
      name: e?.getAttribute('aria-label') ?? (e instanceof HTMLInputElement ? e.labels?.[0]?.textContent?.trim() ?? null : null),
      clusterId: e?.getAttribute('data-cluster-id') ?? null,
      visibleFocus: !!style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches, checking that focus is visible at every stop. */
async function tabTo(page: Page, matches: (f: Focused) => boolean, backwards = false): Promise<Focused> {
  for (let i = 0; i < 250; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    expect(f.visibleFocus, `focus visible on ${f.tag} "${f.name ?? f.text.slice(0, 40)}"`).toBe(true);
    if (matches(f)) return f;
  }
  throw new Error('the element was not reached with the keyboard');
}

describe('a keyboard-only walk', () => {
  it('filters, opens a profile and its case study, comes back, and exports, with visible focus all the way', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const domain = study.domains.find((d) => d.id === 'mutualiser-emploi')!;

    await tabTo(page, (f) => f.tag === 'INPUT' && f.name === domain.label.fr);
    await page.keyboard.press('Space');
    const expected = study.initiatives.filter((i) => i.domain === domain.id);
    expect((await shownCounts(page)).initiatives).toBe(expected.length);

    // The first headquarters the Tab key reaches among those left by the filter.
    const reachable = new Set(expected.flatMap((i) => i.clusters));
    const marker = await tabTo(page, (f) => f.clusterId !== null && reachable.has(f.clusterId));
    await page.keyboard.press('Enter');
    const cluster = study.clusters.find((c) => c.id === marker.clusterId)!;
    expect(await page.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent()).toBe(cluster.name);

    const fiche = study.caseStudies.find((c) => c.clusters.includes(cluster.id))!;
    await tabTo(page, (f) => f.text.startsWith(`Fiche n° ${fiche.number} :`));
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent()).toBe(`Fiche n° ${fiche.number}`);

    await tabTo(page, (f) => f.text.startsWith('← Retour'), true);
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent()).toBe(cluster.name);
    await page.keyboard.press('Escape');
    expect((await focused(page)).clusterId).toBe(cluster.id);

    await tabTo(page, (f) => f.text.startsWith('Exporter'), true);
    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f.text === 'Image PNG');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^clusters-emploi_vue_domaine-/);
    session.expectClean();
    await session.close();
  });
});

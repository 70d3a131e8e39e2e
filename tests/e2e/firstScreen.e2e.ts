import { describe, expect, inject, it } from 'vitest';
import { openDashboard, chromiumPerFile } from '../helpers/browser';

const chromium = chromiumPerFile();

describe('the first screen', () => {
  it('shows the title, the filters and both views, offline and without errors', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await expect(page.title()).resolves.toContain('Clusters');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('des initiatives pour l’emploi');
    for (const name of ['Filtres', /Figure 1/, 'Sièges des clusters']) {
      expect(await page.getByRole('heading', { name }).isVisible()).toBe(true);
    }
    expect(await page.getByTestId('counts').textContent()).toMatch(/\d+ initiatives · \d+ clusters/);
    session.expectClean();
    await session.close();
  });

  it('narrows the counts when a domain is ticked, and switches to English', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const before = await page.getByTestId('counts').textContent();
    await page.getByRole('checkbox', { name: /Mutualiser l’emploi|mutualiser l'emploi/i }).check();
    const after = await page.getByTestId('counts').textContent();
    expect(after).not.toEqual(before);
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Clusters: initiatives for employment');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    session.expectClean();
    await session.close();
  });

  it('stacks the views on a 390 px phone without horizontal scrolling', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 390, height: 844 });
    const { page } = session;
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const chart = await page.getByRole('heading', { name: /Figure 1/ }).boundingBox();
    const map = await page.getByRole('heading', { name: 'Sièges des clusters' }).boundingBox();
    expect(chart && map && map.y > chart.y).toBe(true);
    session.expectClean();
    await session.close();
  });
});

describe('on a 390 px phone', () => {
  it('folds the filters under their heading and keeps touch targets at least 44 px high', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 390, height: 844 });
    const { page } = session;
    expect(await page.getByRole('checkbox', { name: /mutualiser/i }).isVisible()).toBe(false);
    await page.getByRole('button', { name: /^Afficher \(0 actif\)/ }).click();
    expect(await page.getByRole('checkbox', { name: /mutualiser/i }).isVisible()).toBe(true);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, summary, label, input[type=search]')]
        // Labels count when they hold their control (the whole line is then the target).
        .filter((e) => e.checkVisibility() && !e.closest('.leaflet-container') && !e.closest('svg'))
        .filter((e) => e.tagName !== 'LABEL' || e.querySelector('input') !== null)
        .map((e) => ({ text: (e.textContent || e.getAttribute('aria-label') || e.tagName).trim().slice(0, 40), h: e.getBoundingClientRect().height }))
        .filter((e) => e.h > 0 && e.h < 44),
    );
    expect(small).toEqual([]);
    session.expectClean();
    await session.close();
  });

  it('opens a profile as a sheet over the page', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 390, height: 844, path: '?sel=c:neopolia' });
    const box = await session.page.getByTestId('detail-panel').boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(389);
    expect(box && box.y + box.height).toBeCloseTo(844, 0);
    session.expectClean();
    await session.close();
  });
});

describe('zoomed to 200 %', () => {
  it('keeps everything reachable without horizontal scrolling (1280 × 900 at 200 % is 640 × 450 CSS px)', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { width: 640, height: 450 });
    const { page } = session;
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    for (const name of [/Figure 1/, 'Sièges des clusters', 'Les données en tableaux']) {
      await page.getByRole('heading', { name }).scrollIntoViewIfNeeded();
      expect(await page.getByRole('heading', { name }).isVisible()).toBe(true);
    }
    session.expectClean();
    await session.close();
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openDashboard, chromiumPerFile } from '../helpers/browser';
import { mapMarker, studyDataset } from '../helpers/dashboard';

const study = studyDataset();
const chromium = chromiumPerFile();

const panel = (page: Page) => page.getByTestId('detail-panel');
const panelHeading = (page: Page) => panel(page).getByRole('heading', { level: 2 });
const cluster = (name: string) => {
  const found = study.clusters.find((c) => c.name === name);
  if (!found) throw new Error(`no cluster ${name} in the study`);
  return found;
};

/** The element with focus shows a visible outline (never `outline: none` without a replacement). */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  });
}

describe('cluster profiles', () => {
  it('opens the profile of a clicked marker with its figures, sources and initiatives', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const mecabourg = cluster('Mécabourg');
    await mapMarker(page, 'Mécabourg').click();
    expect(await panelHeading(page).textContent()).toBe('Mécabourg');
    const text = (await panel(page).textContent()) ?? '';
    expect(text).toContain('Grappe d’entreprises');
    expect(await panel(page).getByTestId('profile-hq').textContent()).toBe('Bourg-en-Bresse (Ain, 01)');
    for (const figure of mecabourg.figures) {
      const item = panel(page).locator(`[data-figure-id="${figure.id}"]`);
      expect(await item.textContent()).toContain(figure.label.fr);
      expect(await item.textContent()).toMatch(/Source : .*p\. \d+/);
    }
    for (const action of mecabourg.actions) {
      const initiative = study.initiatives.find((i) => i.id === action.initiative)!;
      expect(await panel(page).getByRole('button', { name: initiative.label.fr, exact: true }).isVisible()).toBe(true);
    }
    expect(await panel(page).getByRole('img', { name: /Ses initiatives sur les deux axes/ }).isVisible()).toBe(true);
    session.expectClean();
    await session.close();
  });

  it('tells apart two clusters sharing Palaiseau', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    for (const name of ['Opticsvalley', 'Systematic Paris-Region']) {
      await mapMarker(page, name).click();
      expect(await panelHeading(page).textContent()).toBe(name);
      expect(await panel(page).getByTestId('profile-hq').textContent()).toBe('Palaiseau (Essonne, 91)');
      expect(await panel(page).textContent()).toContain(cluster(name).sector.fr);
    }
    session.expectClean();
    await session.close();
  });

  it('says plainly that the study gives no more about a cluster it only cites', async () => {
    const cited = study.clusters.find((c) => !c.interviewed && c.hq.precision === 'commune');
    expect(cited).toBeDefined();
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await mapMarker(page, cited!.name).click();
    expect(await panelHeading(page).textContent()).toBe(cited!.name);
    expect(await panel(page).textContent()).toContain('cite ce cluster en exemple et n’en dit pas plus');
    session.expectClean();
    await session.close();
  });

  it('opens from a shared link, in English', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?sel=c:neopolia&lang=en' });
    const { page } = session;
    expect(await panelHeading(page).textContent()).toBe('Neopolia');
    expect(await panel(page).textContent()).toContain('Business cluster (grappe d’entreprises)');
    session.expectClean();
    await session.close();
  });
});

describe('initiatives and case studies', () => {
  it('explains an initiative: position in words, where it comes from, who runs it', async () => {
    const initiative = study.initiatives.find((i) => i.caseStudy === 4)!;
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await page.locator(`[data-initiative-id="${initiative.id}"]`).click();
    expect(await panelHeading(page).textContent()).toBe(initiative.label.fr);
    expect(await panel(page).getByTestId('initiative-position').textContent()).toBe('public plus large · court terme (moins de 6 mois)');
    expect(await panel(page).textContent()).toContain(`Position estimée d’après la figure 1 de l’étude : ${initiative.positionRationale.fr}`);
    for (const id of initiative.clusters) {
      expect(await panel(page).getByRole('button', { name: study.clusters.find((c) => c.id === id)!.name }).isVisible()).toBe(true);
    }
    expect(await panel(page).getByRole('button', { name: /^Fiche n° 4/ }).isVisible()).toBe(true);
    session.expectClean();
    await session.close();
  });

  it('shows a case study with two clusters, opens one of them, and comes back', async () => {
    const fiche = study.caseStudies.find((c) => c.clusters.length === 2);
    expect(fiche).toBeDefined();
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await page.getByRole('region', { name: 'Les neuf fiches de l’étude' }).getByRole('button', { name: new RegExp(`^Fiche n° ${fiche!.number} `) }).click();
    expect(await panelHeading(page).textContent()).toBe(`Fiche n° ${fiche!.number}`);
    expect(await panel(page).textContent()).toContain(fiche!.title.fr);
    const names = fiche!.clusters.map((id) => study.clusters.find((c) => c.id === id)!.name);
    expect(await panel(page).getByTestId('case-study-clusters').getByRole('button').allTextContents()).toEqual(names);
    await panel(page).getByTestId('case-study-clusters').getByRole('button', { name: names[1]! }).click();
    expect(await panelHeading(page).textContent()).toBe(names[1]);
    await panel(page).getByRole('button', { name: `← Retour : Fiche n° ${fiche!.number}` }).click();
    expect(await panelHeading(page).textContent()).toBe(`Fiche n° ${fiche!.number}`);
    session.expectClean();
    await session.close();
  });
});

describe('with the keyboard only', () => {
  it('reaches a marker, opens its profile, an initiative, the case study, comes back and closes, with visible focus', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const marker = mapMarker(page, 'Bretagne Pôle Naval');
    await marker.focus();
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await panelHeading(page).textContent()).toBe('Bretagne Pôle Naval');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
    expect(await focusIsVisible(page)).toBe(true);

    // Tab to the link of the initiative detailed in fiche 4, and open it.
    const target = study.initiatives.find((i) => i.caseStudy === 4)!;
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      expect(await focusIsVisible(page)).toBe(true);
      if ((await page.evaluate(() => document.activeElement?.textContent)) === target.label.fr) break;
    }
    await page.keyboard.press('Enter');
    expect(await panelHeading(page).textContent()).toBe(target.label.fr);

    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent ?? '')).startsWith('Fiche n° 4')) break;
    }
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await panelHeading(page).textContent()).toBe('Fiche n° 4');

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Retour');
    await page.keyboard.press('Enter');
    expect(await panelHeading(page).textContent()).toBe(target.label.fr);

    await page.keyboard.press('Escape');
    expect(await panel(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cluster-id'))).toBe('bretagne-pole-naval');
    session.expectClean();
    await session.close();
  });
});

describe('comparing clusters', () => {
  it('sets two clusters side by side, domain by domain, and keeps them in the link', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    for (const name of ['Mécabourg', 'Neopolia']) {
      await mapMarker(page, name).click();
      await panel(page).getByRole('button', { name: 'Ajouter à la comparaison' }).click();
      expect(await panel(page).getByRole('button', { name: 'Dans la comparaison (retirer)' }).getAttribute('aria-pressed')).toBe('true');
    }
    // The comparison sits under the views: a control in sight says how many wait there and leads to it.
    const jump = page.getByRole('button', { name: 'Comparer (2)' });
    expect(await jump.isVisible()).toBe(true);
    await jump.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-heading');
    const heading = (await page.getByRole('heading', { name: 'Comparaison' }).boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(0);
    expect(heading.y).toBeLessThan(900);
    await expect.poll(() => jump.count()).toBe(0);
    const table = page.getByRole('table', { name: 'Les clusters comparés, côte à côte' });
    expect(await table.locator('thead th').allTextContents()).toEqual(['Mécabourg✕', 'Neopolia✕']);
    for (const name of ['Mécabourg', 'Neopolia']) {
      const c = cluster(name);
      for (const domain of study.domains) {
        const count = study.initiatives.filter((i) => i.domain === domain.id && i.clusters.includes(c.id)).length;
        const cell = table.locator(`[data-compare-cell="${c.id}:${domain.id}"] .compare-count`);
        expect(await cell.getAttribute('aria-label')).toBe(`${count} initiative${count > 1 ? 's' : ''}`);
      }
    }
    // The address follows once the frame that shows the comparison is drawn.
    await expect.poll(() => new URL(page.url()).searchParams.get('cmp')).toBe('mecabourg,neopolia');
    const again = await openDashboard(chromium(), page.url());
    // The comparison is below the views: it comes once the first screen has painted.
    const compared = again.page.getByRole('table', { name: 'Les clusters comparés, côte à côte' });
    await compared.waitFor();
    expect(await compared.locator('thead th').count()).toBe(2);
    await again.page.getByRole('button', { name: 'Retirer Mécabourg de la comparaison' }).click();
    await expect.poll(() => new URL(again.page.url()).searchParams.get('cmp')).toBe('neopolia');
    session.expectClean();
    again.expectClean();
    await session.close();
    await again.close();
  });
});

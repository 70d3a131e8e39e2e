import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard } from '../helpers/browser';
import { studyDataset } from '../helpers/dashboard';

/** Advice a profile gives: what comparable clusters do that this one does not. */
const chromium = chromiumPerFile();
const study = studyDataset();

describe('what comparable clusters do, in a cluster’s profile', () => {
  it('lists what other clusters of the same type run and this one does not, leads to who runs it, and keeps the reader’s choice in the link', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?sel=c:mecabourg' });
    const { page } = session;
    const section = page.locator('section.comparable');
    await section.getByRole('heading', { name: 'Ce que font des clusters comparables' }).waitFor();
    expect(await section.getByRole('radio', { name: 'même type' }).isChecked()).toBe(true);
    const items = section.locator('ol > li');
    expect(await items.count()).toBeGreaterThan(0);
    const mecabourgInitiatives = new Set(study.initiatives.filter((i) => i.clusters.includes('mecabourg')).map((i) => i.label.fr));
    for (const label of await items.locator('> button').allTextContents()) expect(mecabourgInitiatives.has(label)).toBe(false);

    // Who runs it: a link to that cluster's profile.
    const runner = items.first().locator('p').last().getByRole('button').first();
    const runnerName = (await runner.textContent()) ?? '';
    await runner.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe(`c:${study.clusters.find((c) => c.name === runnerName)!.id}`);
    await page.goBack();
    await section.getByRole('heading', { name: 'Ce que font des clusters comparables' }).waitFor();

    await section.getByRole('radio', { name: 'même région' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('like')).toBe('region');
    expect(await section.innerText()).toContain('Auvergne-Rhône-Alpes');
    await page.reload();
    expect(await page.locator('section.comparable').getByRole('radio', { name: 'même région' }).isChecked()).toBe(true);
    session.expectClean();
    await session.close();
  });

  it('suggests nothing for a cluster the study only cites, and says why', async () => {
    const cited = study.clusters.find((c) => !c.interviewed)!;
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: `?sel=c:${cited.id}` });
    const section = session.page.locator('section.comparable');
    await section.getByRole('heading', { name: 'Ce que font des clusters comparables' }).waitFor();
    expect(await section.innerText()).toContain('seulement cité en exemple');
    expect(await section.locator('ol > li').count()).toBe(0);
    session.expectClean();
    await session.close();
  });
});

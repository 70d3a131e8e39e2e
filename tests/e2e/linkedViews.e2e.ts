import { describe, expect, inject, it } from 'vitest';
import { openDashboard, chromiumPerFile } from '../helpers/browser';
import { highlightedMarkers, highlightedMarks, mapMarker, shownCounts, studyDataset, visibleMarkers, visibleMarks } from '../helpers/dashboard';

const study = studyDataset();
const chromium = chromiumPerFile();

describe('the chart and the map, linked by one filter store', () => {
  it('shows every initiative and every headquarters at first', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    expect(await shownCounts(session.page)).toEqual({ initiatives: study.initiatives.length, clusters: study.clusters.length });
    expect(await visibleMarks(session.page)).toHaveLength(study.initiatives.length);
    expect(await visibleMarkers(session.page)).toHaveLength(study.clusters.length);
    session.expectClean();
    await session.close();
  });

  it('narrows both views when a domain is chosen, with matching counts', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const domain = study.domains.find((d) => /mutualiser/i.test(d.label.fr));
    expect(domain).toBeDefined();
    await page.getByRole('checkbox', { name: domain!.label.fr }).check();

    const expectedInitiatives = study.initiatives.filter((i) => i.domain === domain!.id).map((i) => i.id).sort();
    const expectedClusters = [...new Set(study.initiatives.filter((i) => i.domain === domain!.id).flatMap((i) => i.clusters))].sort();
    expect(await visibleMarks(page)).toEqual(expectedInitiatives);
    expect(await visibleMarkers(page)).toEqual(expectedClusters);
    expect(await shownCounts(page)).toEqual({ initiatives: expectedInitiatives.length, clusters: expectedClusters.length });
    session.expectClean();
    await session.close();
  });

  it('finds a cluster typed without accents, and the initiatives it runs', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await page.getByRole('searchbox').fill('mecabourg');
    const mecabourg = study.clusters.find((c) => c.name === 'Mécabourg');
    expect(mecabourg).toBeDefined();
    expect(await visibleMarkers(page)).toEqual([mecabourg!.id]);
    const itsInitiatives = study.initiatives.filter((i) => i.clusters.includes(mecabourg!.id)).map((i) => i.id).sort();
    expect(itsInitiatives.length).toBeGreaterThan(0);
    expect(await visibleMarks(page)).toEqual(itsInitiatives);
    session.expectClean();
    await session.close();
  });

  it('highlights on the chart the initiatives of a cluster selected on the map, and the other way round', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const cluster = study.clusters.find((c) => c.name === 'Bretagne Pôle Naval');
    expect(cluster).toBeDefined();
    await mapMarker(page, cluster!.name).click();
    const expected = study.initiatives.filter((i) => i.clusters.includes(cluster!.id)).map((i) => i.id).sort();
    expect(await highlightedMarks(page)).toEqual(expected);
    expect(await mapMarker(page, cluster!.name).getAttribute('aria-pressed')).toBe('true');

    const initiative = study.initiatives.find((i) => i.clusters.length >= 2);
    expect(initiative).toBeDefined();
    await page.locator(`[data-initiative-id="${initiative!.id}"]`).click();
    expect(await highlightedMarkers(page)).toEqual([...initiative!.clusters].sort());
    session.expectClean();
    await session.close();
  });

  it('keeps headquarters that share a town separately visible and clickable', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const palaiseau = study.clusters.filter((c) => c.hq.commune === 'Palaiseau');
    expect(palaiseau.length).toBeGreaterThanOrEqual(2);
    const boxes = await Promise.all(palaiseau.map((c) => mapMarker(page, c.name).boundingBox()));
    const [a, b] = boxes;
    expect(a && b).toBeTruthy();
    const overlapX = Math.min(a!.x + a!.width, b!.x + b!.width) - Math.max(a!.x, b!.x);
    const overlapY = Math.min(a!.y + a!.height, b!.y + b!.height) - Math.max(a!.y, b!.y);
    expect(overlapX <= 0 || overlapY <= 0).toBe(true);
    for (const cluster of palaiseau) {
      await mapMarker(page, cluster.name).click();
      expect(await mapMarker(page, cluster.name).getAttribute('aria-pressed')).toBe('true');
    }
    session.expectClean();
    await session.close();
  });

  it('opens a marker from the keyboard', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const marker = mapMarker(page, 'Materialia');
    await marker.focus();
    await page.keyboard.press('Enter');
    expect(await marker.getAttribute('aria-pressed')).toBe('true');
    session.expectClean();
    await session.close();
  });

  it('moves through the chart with arrow keys and selects with Enter', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const first = page.locator('[data-initiative-id][tabindex="0"]');
    await first.focus();
    const firstId = await first.getAttribute('data-initiative-id');
    await page.keyboard.press('ArrowRight');
    const focusedId = await page.evaluate(() => document.activeElement?.getAttribute('data-initiative-id'));
    expect(focusedId).not.toBe(firstId);
    expect(await page.getByRole('tooltip').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator(`[data-initiative-id="${focusedId}"]`).getAttribute('aria-pressed')).toBe('true');
    session.expectClean();
    await session.close();
  });
});

describe('the view as a link', () => {
  it('reloads a copied URL into the same view', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    const domain = study.domains[2]!;
    await page.getByRole('checkbox', { name: domain.label.fr }).check();
    await page.getByRole('radio', { name: 'Interrogés pour l’étude' }).check();
    const cluster = study.clusters.find((c) => c.interviewed && study.initiatives.some((i) => i.domain === domain.id && i.clusters.includes(c.id)));
    if (cluster) await mapMarker(page, cluster.name).click();
    await page.getByRole('button', { name: 'English' }).click();
    const counts = await shownCounts(page);
    // The address follows once the frame that shows the change is drawn.
    await page.waitForURL(/lang=en/);
    const url = page.url();

    const again = await openDashboard(chromium(), url);
    expect(await shownCounts(again.page)).toEqual(counts);
    expect(await again.page.getByRole('heading', { level: 1 }).textContent()).toBe('Clusters: initiatives for employment');
    expect(await again.page.getByTestId('active-filters').textContent()).toBe(`Domain: ${domain.label.en} · Clusters interviewed for the study`);
    if (cluster) {
      expect(await mapMarker(again.page, cluster.name).getAttribute('aria-pressed')).toBe('true');
      expect(await again.page.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent()).toBe(cluster.name);
      await again.page.getByRole('button', { name: 'Close' }).click();
    }
    expect(await again.page.getByRole('checkbox', { name: domain.label.en }).isChecked()).toBe(true);
    session.expectClean();
    again.expectClean();
    await session.close();
    await again.close();
  });

  it('goes back to the previous selection with the Back button', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await mapMarker(page, 'Mécabourg').click();
    await mapMarker(page, 'Neopolia').click();
    await page.goBack();
    await expect.poll(() => mapMarker(page, 'Mécabourg').getAttribute('aria-pressed')).toBe('true');
    expect(await mapMarker(page, 'Neopolia').getAttribute('aria-pressed')).toBe('false');
    session.expectClean();
    await session.close();
  });

  it('ignores unknown or malformed parameters with a visible notice', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?d=nowhere&aud=abc&foo=1' });
    const { page } = session;
    const notice = page.getByText(/n’a pas été comprise/);
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('d=nowhere');
    expect(await shownCounts(page)).toEqual({ initiatives: study.initiatives.length, clusters: study.clusters.length });
    session.expectClean();
    await session.close();
  });

  it('restores the default view with Reset', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await page.getByRole('searchbox').fill('neopolia');
    await page.getByRole('button', { name: 'Réinitialiser' }).click();
    expect(await shownCounts(page)).toEqual({ initiatives: study.initiatives.length, clusters: study.clusters.length });
    await expect.poll(() => new URL(page.url()).search).toBe('');
    session.expectClean();
    await session.close();
  });
});

describe('the optional online background', () => {
  it('requests nothing outside localhost until the user switches OpenStreetMap on, then asks its tiles with CORS', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await page.waitForTimeout(300);
    expect(session.externalRequests).toEqual([]);
    const tileRequest = page.waitForRequest((request) => request.url().startsWith('https://tile.openstreetmap.org/'));
    await page.getByRole('checkbox', { name: 'Fond OpenStreetMap (en ligne)' }).check();
    const request = await tileRequest;
    expect(request.headers()['origin']).toBeDefined();
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain('OpenStreetMap');
    expect(session.externalRequests.every((url) => url.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    await session.close();
  });
});

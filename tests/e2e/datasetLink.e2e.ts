import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard, type DashboardSession } from '../helpers/browser';
import { shownCounts, studyDataset } from '../helpers/dashboard';

const study = studyDataset();
const chromium = chromiumPerFile();
const studyCounts = { initiatives: study.initiatives.length, clusters: study.clusters.length };
const LINKED_CSV = 'name,type,sector_fr,lat,lon\nSolo,ptce,Bois,47.2,-1.55\n';

/**
 * Another origin, real rather than routed: Chromium follows a redirect
 * outside Playwright's routing, so only a server of our own can tell
 * whether a request reached it. It is on `localhost` while the app is on
 * 127.0.0.1, so both stay on this machine and the origins differ.
 */
let elsewhere: Server;
const elsewhereHits: string[] = [];
let elsewhereOrigin = '';
beforeAll(async () => {
  elsewhere = createServer((request, response) => {
    elsewhereHits.push(request.url ?? '');
    // Readable by any page, so only the app's own rule can refuse it.
    response.writeHead(200, { 'content-type': 'text/csv', 'access-control-allow-origin': '*' });
    response.end('name,type,sector_fr,lat,lon\nAilleurs,ptce,Bois,45,5\nAilleurs 2,ptce,Bois,46,5\n');
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  elsewhereOrigin = `http://localhost:${(elsewhere.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => elsewhere.close(() => resolve())));

const search = (page: Page) => page.evaluate(() => window.location.search);
const dataParameter = async (page: Page) => new URLSearchParams(await search(page)).get('data');

/** The study's page, then `path` opened in the same tab once `routes` are in place. */
async function openLink(path: string, routes: (session: DashboardSession) => Promise<unknown> = async () => {}): Promise<DashboardSession> {
  const session = await openDashboard(chromium(), inject('baseUrl'));
  await routes(session);
  await session.page.goto(new URL(path, inject('baseUrl')).toString());
  await session.page.getByTestId('counts').waitFor();
  return session;
}

const serveLinkedCsv = (session: DashboardSession) =>
  session.context.route('**/my-network/clusters.csv', (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: LINKED_CSV }));

describe('a dataset given by ?data=', () => {
  it('is refused when its same-site address redirects to another site, which is never asked', async () => {
    const session = await openLink('?data=moved/clusters.csv', (s) =>
      s.context.route('**/moved/clusters.csv', (route) => route.fulfill({ status: 302, headers: { location: `${elsewhereOrigin}/evil.csv` } })),
    );
    const { page } = session;
    const notice = page.locator('.notice--import-failed');
    // Until the link is dealt with: refused, or (what must not happen) loaded.
    await page.waitForFunction(() => document.querySelector('.notice--import-failed') || /^Données :/.test(document.querySelector('.import-open')?.textContent ?? ''));
    expect(elsewhereHits).toEqual([]);
    expect(await notice.getByRole('listitem').allTextContents()).toEqual([
      'moved/clusters.csv : l’adresse renvoie vers un autre site : seul un jeu de données de ce site peut être chargé par un lien (même origine)',
    ]);
    expect(await shownCounts(page)).toEqual(studyCounts);
    expect(await page.getByRole('button', { name: /^Données :/ }).count()).toBe(0);
    expect(session.externalRequests).toEqual([]);
    // Chromium says in the console that it refused the redirect; nothing else may be logged.
    expect(session.consoleErrors.filter((e) => !/Unsafe attempt to load URL|Failed to load resource/.test(e))).toEqual([]);
    await session.close();
  });

  it.each(['http://[', 'http://%zz', 'https://:0', 'http://a:99999'])('says that %s is not an address, and still applies and syncs the rest of the link', async (address) => {
    const session = await openLink(`?data=${encodeURIComponent(address)}&iv=interviewed`);
    const { page } = session;
    const notice = page.locator('.notice--import-failed');
    await notice.waitFor({ timeout: 5000 });
    expect(await notice.textContent()).toContain(`Les données de « ${address} » n’ont pas pu être chargées`);
    expect(await notice.getByRole('listitem').allTextContents()).toEqual([
      `${address} : ce n’est pas une adresse web valide : vérifiez le paramètre data= du lien`,
    ]);
    // The rest of the link applied…
    expect(await page.getByRole('radio', { name: 'Interrogés pour l’étude' }).isChecked()).toBe(true);
    expect((await shownCounts(page)).clusters).toBeLessThan(study.clusters.length);
    // …and the address follows the next choice.
    await page.getByRole('radio', { name: 'Cités en exemple' }).check();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('iv') === 'cited');
    expect(session.consoleErrors).toEqual([]);
    expect(session.externalRequests).toEqual([]);
    await session.close();
  });

  it('leaves the address once the study is back on screen, also after going Back, so a reload shows the study', async () => {
    const session = await openLink('?data=my-network/clusters.csv', serveLinkedCsv);
    const { page } = session;
    await page.getByRole('button', { name: 'Données : clusters.csv' }).waitFor();
    expect(await shownCounts(page)).toEqual({ initiatives: 0, clusters: 1 });
    // A selection adds a history entry that still carries data=.
    await page.getByTestId('hq-map').getByRole('button', { name: /^Solo —/ }).click();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('sel') === 'c:solo');

    await page.getByRole('button', { name: 'Données : clusters.csv' }).click();
    await page.getByRole('button', { name: 'Revenir aux données de l’étude' }).click();
    await page.getByRole('button', { name: 'Fermer', exact: true }).click();
    expect(await shownCounts(page)).toEqual(studyCounts);
    expect(await dataParameter(page)).toBeNull();

    // Back to the entry the link opened on: the address bar must not bring the linked dataset back.
    await page.goBack();
    await page.goBack();
    await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('data'), undefined, { timeout: 5000 });
    await page.reload();
    await page.locator('[data-cluster-id]').first().waitFor();
    expect(await shownCounts(page)).toEqual(studyCounts);
    expect(await page.getByRole('button', { name: /^Données :/ }).count()).toBe(0);
    session.expectClean();
    await session.close();
  });

  it('leaves the address when a file is imported over the linked dataset', async () => {
    const session = await openLink('?data=my-network/clusters.csv', serveLinkedCsv);
    const { page } = session;
    await page.getByRole('button', { name: 'Données : clusters.csv' }).click();
    await page.getByLabel(/Choisir des fichiers/).setInputFiles([
      { name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from('name,type,sector_fr,lat,lon\nDuo,ptce,Bois,48,2\nTrio,ptce,Bois,46,3\n') },
    ]);
    await page.getByText('Données chargées : mine.csv.').waitFor();
    await page.getByRole('button', { name: 'Fermer', exact: true }).click();
    expect(await shownCounts(page)).toEqual({ initiatives: 0, clusters: 2 });
    expect(await dataParameter(page)).toBeNull();
    session.expectClean();
    await session.close();
  });
});

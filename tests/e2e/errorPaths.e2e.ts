import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPerFile, openDashboard } from '../helpers/browser';
import { shownCounts, studyDataset } from '../helpers/dashboard';
import { exportFile } from '../helpers/exports';

/**
 * Every part loaded on demand has one error path: the reader is told what did
 * not load, nothing already on screen is lost, nothing spins for ever, and
 * there is a way to try again.
 */
const chromium = chromiumPerFile();
const study = studyDataset();
const csv = (text: string) => Buffer.from(text, 'utf8');
const refuse = (route: Route) => route.fulfill({ status: 503, body: 'unavailable' });

async function chooseFiles(page: Page, text: string) {
  if ((await page.getByRole('dialog').count()) === 0) await page.getByRole('button', { name: /^Importer vos données/ }).click();
  await page.getByLabel(/Choisir des fichiers/).setInputFiles([{ name: 'reseau.csv', mimeType: 'text/csv', buffer: csv(text) }]);
}

describe('what loads on demand, when it does not', () => {
  it('the commune list: the import says so, keeps the study, and the next try fetches it again', async () => {
    let failing: 'refused' | 'unanswered' | null = 'refused';
    const session = await openDashboard(chromium(), inject('baseUrl'), {
      beforeOpen: (context) =>
        context.route('**/geo/communes-fr.json', (route) => (failing === 'refused' ? refuse(route) : failing === 'unanswered' ? route.abort('internetdisconnected') : route.fallback())),
    });
    const { page } = session;
    const before = await shownCounts(page);
    await chooseFiles(page, 'name,type,sector_fr,commune\nArmor Photonique,ptce,Optique,Lannion\n');
    // In French, what failed included: only the server's status is passed on as it came.
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('L’import n’a pas pu se faire : la liste des communes, qui place les sièges, n’a pas pu être chargée (HTTP 503).');
    expect(await page.getByRole('dialog').textContent()).not.toContain('Lecture');
    expect(await shownCounts(page)).toEqual(before);
    expect(await page.getByRole('dialog').getByRole('button', { name: 'Recharger la page' }).count()).toBe(1);

    // Offline: the browser's « Failed to fetch » is not passed on.
    failing = 'unanswered';
    await chooseFiles(page, 'name,type,sector_fr,commune\nArmor Photonique,ptce,Optique,Lannion\n');
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('la liste des communes, qui place les sièges, n’a pas pu être chargée (pas de réponse du serveur).');

    failing = null;
    await chooseFiles(page, 'name,type,sector_fr,commune\nArmor Photonique,ptce,Optique,Lannion\n');
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('Données chargées : reseau.csv.');
    session.consoleErrors.length = 0; // the 503 is logged by the browser
    session.expectClean();
    await session.close();
  });

  it('the import’s own code (its worker): the dialog says so instead of reading for ever, with a way back and a retry', async () => {
    let failing = true;
    const session = await openDashboard(chromium(), inject('baseUrl'), {
      beforeOpen: (context) => context.route(/\/assets\/importWorker-[^/]+\.js$/, (route) => (failing ? route.abort('connectionreset') : route.fallback())),
    });
    const { page } = session;
    const before = await shownCounts(page);
    await chooseFiles(page, 'name,type,sector_fr,lat,lon\nA,ptce,Bois,48,2\n');
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('L’import n’a pas pu se faire, son code n’ayant pas pu être chargé');
    expect(await page.getByRole('dialog').getByRole('status').textContent()).not.toContain('Lecture');
    expect(await page.getByRole('dialog').getByRole('progressbar').count()).toBe(0);
    expect(await shownCounts(page)).toEqual(before);
    expect(await page.getByRole('dialog').getByRole('button', { name: 'Recharger la page' }).count()).toBe(1);

    failing = false;
    await page.getByRole('dialog').getByRole('button', { name: 'Réessayer' }).click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('Données chargées : reseau.csv.');
    expect(await shownCounts(page)).toEqual({ initiatives: 0, clusters: 1 });
    await session.close();
  });

  it('the import’s own code for a linked dataset (its worker downloads the file): the notice says so, the study stays', async () => {
    let fileAsked = false;
    const session = await openDashboard(chromium(), inject('baseUrl'), {
      beforeOpen: async (context) => {
        await context.route(/\/assets\/importWorker-[^/]+\.js$/, (route) => route.abort('connectionreset'));
        await context.route('**/net/late.csv', async (route) => {
          fileAsked = true;
          await route.fulfill({ status: 200, contentType: 'text/csv', body: 'name,type,sector_fr,lat,lon\nA,ptce,Bois,48,2\n' });
        });
      },
    });
    const { page } = session;
    await page.goto(new URL('?data=net/late.csv', inject('baseUrl')).toString());
    const failed = page.locator('.notice--import-failed');
    await failed.waitFor();
    // Nothing was asked of the server: the reader is told the import could not run, not that the file could not be fetched.
    expect(fileAsked).toBe(false);
    expect(await failed.getByRole('listitem').allTextContents()).toEqual([
      'net/late.csv : le code de l’import n’a pas pu être chargé : vérifiez la connexion, puis rouvrez le lien',
    ]);
    expect(await page.locator('.notice--import-loading').count()).toBe(0);
    expect(await shownCounts(page)).toEqual({ initiatives: study.initiatives.length, clusters: study.clusters.length });
    await session.close();
  });

  it('the coverage matrix’s table: the section says so and offers a reload; the rest of the page works', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), {
      path: '?mx=cluster',
      beforeOpen: (context) => context.route(/\/assets\/MatrixBody-[^/]+\.js$/, (route) => route.abort('connectionreset')),
    });
    const { page } = session;
    const failed = page.locator('#matrix').getByRole('alert');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('La matrice n’a pas pu être chargée');
    expect(await failed.getByRole('button', { name: 'Recharger la page' }).count()).toBe(1);
    await page.getByRole('checkbox', { name: study.domains[0]!.label.fr }).check();
    await expect.poll(async () => (await shownCounts(page)).initiatives).toBe(study.initiatives.filter((i) => i.domain === study.domains[0]!.id).length);
    await session.close();
  });

  it('the basemap: the map says so and « Réessayer » draws it once it can be fetched', async () => {
    let failing = true;
    const session = await openDashboard(chromium(), inject('baseUrl'), {
      beforeOpen: (context) => context.route('**/basemap/europe-west.json', (route) => (failing ? refuse(route) : route.fallback())),
    });
    const { page } = session;
    const note = page.getByText('Le fond de carte n’a pas pu être chargé', { exact: false });
    await note.waitFor();
    // France is drawn in its own fill: absent until the basemap comes.
    const france = page.locator('.leaflet-overlay-pane path[fill="#f3efe6"]');
    expect(await france.count()).toBe(0);
    failing = false;
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await expect.poll(() => france.count()).toBeGreaterThan(0);
    expect(await note.count()).toBe(0);
    await session.close();
  });

  it('the web font: Figure 1 is drawn all the same, in the fallback font', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), {
      beforeOpen: (context) => context.route(/\.woff2$/, (route) => route.abort('connectionreset')),
    });
    const { page } = session;
    expect(await page.locator('[data-testid="figure1"] [data-initiative-id]').count()).toBe(study.initiatives.length);
    expect(await page.locator('[data-testid="figure1"] text').count()).toBeGreaterThan(20);
    await session.close();
  });

  it('the study’s data: the page says so and offers a reload, instead of a blank page', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), {
      waitForViews: false,
      beforeOpen: (context) => context.route(/\/assets\/study-[^/]+\.json$/, (route) => route.abort('connectionreset')),
    });
    const { page } = session;
    const alert = page.locator('.page-status--error').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Les données n’ont pas pu être chargées');
    expect(await alert.getByRole('button', { name: 'Recharger la page' }).count()).toBe(1);
    await session.close();
  });

  it('the export’s code: the menu says the export failed and the dashboard did not change; the next try works', async () => {
    let failing = true;
    const session = await openDashboard(chromium(), inject('baseUrl'), {
      beforeOpen: (context) => context.route(/\/assets\/exportData-[^/]+\.js$/, (route) => (failing ? route.abort('connectionreset') : route.fallback())),
    });
    const { page } = session;
    await page.getByRole('button', { name: /^Exporter/ }).click();
    await page.getByRole('button', { name: 'Clusters (CSV)' }).click();
    const error = page.locator('.export-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('L’export a échoué');
    expect(await page.getByRole('button', { name: 'Clusters (CSV)' }).isEnabled()).toBe(true);
    failing = false;
    // A module that failed to load stays failed in this page: a reload (the address keeps the view) gets it.
    await page.reload();
    await page.locator('[data-cluster-id]').first().waitFor();
    const file = await exportFile(page, 'Clusters (CSV)');
    expect(file.bytes.length).toBeGreaterThan(100);
    await session.close();
  });
});

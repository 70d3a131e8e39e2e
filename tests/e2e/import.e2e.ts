import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openDashboard, chromiumPerFile } from '../helpers/browser';
import { shownCounts, studyDataset } from '../helpers/dashboard';
import { exportFile } from '../helpers/exports';
import { makeMiniDataset } from '../fixtures/miniDataset';

const study = studyDataset();
const chromium = chromiumPerFile();

const csv = (text: string) => Buffer.from(text, 'utf8');
/** Windows-1252 bytes, as Excel saves "CSV (séparateur : point-virgule)". */
const cp1252 = (text: string) => Buffer.from([...text].map((c) => ({ é: 0xe9, è: 0xe8, à: 0xe0, ô: 0xf4, Î: 0xce })[c] ?? c.charCodeAt(0)));

async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.getByRole('button', { name: /^Importer vos données|^Données :/ }).click();
  await page.getByLabel(/Choisir des fichiers/).setInputFiles(files);
}

describe('importing one’s own data', () => {
  it('words the problems in English when the page is in English', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'), { path: '?lang=en' });
    const { page } = session;
    await page.getByRole('button', { name: 'Import your data' }).click();
    await page.getByLabel(/Choose files/).setInputFiles([{ name: 'c.csv', mimeType: 'text/csv', buffer: csv('name,type,sector_fr,lat,lon\nA,ptce,Bois,N/A,2\n') }]);
    expect(await page.getByTestId('import-problems').textContent()).toBe('c.csv, line 2, column lat: "N/A" is not a latitude between -90 and 90');
    session.expectClean();
    await session.close();
  });

  it('loads CSV tables from French Excel (semicolons, decimal commas, Windows-1252) and goes back to the study', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await importFiles(page, [
      {
        name: 'clusters.csv',
        mimeType: 'text/csv',
        buffer: cp1252('name;type;interviewed;sector_fr;commune;lat;lon\r\nRéseau Côte;grappe-entreprises;oui;Industrie navale;Lorient;47,75;-3,37\r\nPôle Île;ptce;non;Économie sociale;Rennes;48,11;-1,68\r\n'),
      },
      { name: 'initiatives.csv', mimeType: 'text/csv', buffer: cp1252('label_fr;domain;audience;horizon;clusters\r\nForum des métiers;promouvoir-metiers;0,9;0,7;Réseau Côte\r\n') },
    ]);
    await page.getByText('Données chargées : clusters.csv, initiatives.csv.').waitFor();
    expect(await page.getByRole('dialog').textContent()).toContain('Windows-1252');
    await page.getByRole('button', { name: 'Fermer', exact: true }).click();
    expect(await shownCounts(page)).toEqual({ initiatives: 1, clusters: 2 });
    expect(await page.locator('[data-cluster-id]').count()).toBe(2);
    expect(await page.getByTestId('hq-map').getByRole('button', { name: /^Réseau Côte — Lorient/ }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Données : clusters.csv, initiatives.csv' }).click();
    await page.getByRole('button', { name: 'Revenir aux données de l’étude' }).click();
    await page.getByRole('button', { name: 'Fermer', exact: true }).click();
    expect(await shownCounts(page)).toEqual({ initiatives: study.initiatives.length, clusters: study.clusters.length });
    session.expectClean();
    await session.close();
  });

  it('lists every problem of a broken file with line and column, and keeps the data on screen', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await importFiles(page, [{ name: 'clusters.csv', mimeType: 'text/csv', buffer: csv('name,type,sector_fr,lat,lon\nA,ptce,Bois,N/A,2\nB,usine,Bois,45,5\n') }]);
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    expect(await problems.getByRole('listitem').allTextContents()).toEqual([
      'clusters.csv, ligne 2, colonne lat : « N/A » n’est pas une latitude entre -90 et 90',
      'clusters.csv, ligne 3, colonne type : « usine » n’est pas un type de cluster : utilisez pole-competitivite, grappe-entreprises, cluster-regional, ptce',
    ]);
    expect(await page.getByRole('alert').textContent()).toContain('Rien n’a été chargé : 2 erreurs');
    await page.getByRole('button', { name: 'Fermer', exact: true }).click();
    expect(await shownCounts(page)).toEqual({ initiatives: study.initiatives.length, clusters: study.clusters.length });
    session.expectClean();
    await session.close();
  });

  it('refuses an unclosed quote and a binary file with a clear message', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await importFiles(page, [{ name: 'broken.csv', mimeType: 'text/csv', buffer: csv(`name,type,sector_fr\nA,ptce,"Bois\n${'B,ptce,Bois\n'.repeat(5000)}`) }]);
    await page.getByTestId('import-problems').waitFor();
    expect(await page.getByTestId('import-problems').textContent()).toContain('broken.csv, ligne 2 : un champ entre guillemets n’est pas refermé');
    await page.getByLabel(/Choisir des fichiers/).setInputFiles([{ name: 'book.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]) }]);
    await page.getByText(/book\.xlsx : ce classeur ne peut pas être lu/).waitFor();
    session.expectClean();
    await session.close();
  });

  it('refuses a file over the size limit before reading it, and keeps the data on screen', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    // A sparse file: 101 MB on paper, nothing on disk.
    const dir = await mkdtemp(join(tmpdir(), 'import-'));
    const path = join(dir, 'inventaire.json');
    await writeFile(path, '');
    await truncate(path, 101 * 1024 * 1024);
    await page.getByRole('button', { name: /^Importer vos données/ }).click();
    await page.getByLabel(/Choisir des fichiers/).setInputFiles(path);
    await page.getByText('inventaire.json : fichier de plus de 100 Mo, refusé sans être lu').waitFor();
    expect(await shownCounts(page)).toEqual({ initiatives: study.initiatives.length, clusters: study.clusters.length });
    await rm(dir, { recursive: true });
    session.expectClean();
    await session.close();
  });

  it('shows names with HTML or script in them as text everywhere', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)>';
    await importFiles(page, [
      { name: 'clusters.csv', mimeType: 'text/csv', buffer: csv(`name,type,sector_fr,lat,lon\n"${hostile}",ptce,<b>Bois</b>,47.2,-1.55\n`) },
      { name: 'initiatives.csv', mimeType: 'text/csv', buffer: csv(`label_fr,domain,audience,horizon,clusters\n<script>alert(2)</script>,promouvoir-metiers,0.5,0.5,"${hostile}"\n`) },
    ]);
    await page.getByText(/Données chargées/).waitFor();
    await page.getByRole('button', { name: 'Fermer', exact: true }).click();
    await page.getByTestId('hq-map').getByRole('button', { name: new RegExp(`^${hostile.replace(/[()]/g, '\\$&')} —`) }).click();
    expect(await page.getByTestId('detail-panel').getByRole('heading', { level: 2 }).textContent()).toBe(hostile);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('text[data-label-for]').first().textContent()).toContain('<script>');
    expect(dialogs).toBe(0);
    session.expectClean();
    await session.close();
  });

  it('loads a dataset of the same site given by ?data=, and refuses one from elsewhere without fetching it', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    // A slow server: the page says it is loading, and the study stays meanwhile.
    await session.context.route('**/my-network/clusters.csv', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.fulfill({ status: 200, contentType: 'text/csv', body: 'name,type,sector_fr,lat,lon\nSolo,ptce,Bois,47.2,-1.55\n' });
    });
    await session.page.goto(new URL('?data=my-network/clusters.csv', inject('baseUrl')).toString());
    const loading = session.page.getByText('Chargement des données de « my-network/clusters.csv »', { exact: false });
    await loading.waitFor();
    await session.page.getByRole('button', { name: 'Données : clusters.csv' }).waitFor();
    expect(await loading.count()).toBe(0);
    expect(await shownCounts(session.page)).toEqual({ initiatives: 0, clusters: 1 });

    await session.page.goto(new URL('?data=https://example.org/evil.json', inject('baseUrl')).toString());
    await session.page.getByText(/n’ont pas pu être chargées/).waitFor();
    expect(await session.page.getByRole('status').filter({ hasText: 'même origine' }).count()).toBe(1);
    expect(await shownCounts(session.page)).toEqual({ initiatives: study.initiatives.length, clusters: study.clusters.length });
    expect(session.externalRequests).toEqual([]);
    await session.close();
  });
});

describe('an imported dataset speaks for itself', () => {
  it('gives its own title and source to the introduction, the footer and the exported image, and no longer the study’s', async () => {
    const mini = makeMiniDataset();
    const own = {
      ...mini,
      meta: { ...mini.meta, title: 'Réseau Grand Ouest 2025', sourceLine: { fr: 'Source : Réseau Grand Ouest, recensement 2025', en: 'Source: Réseau Grand Ouest, 2025 census' } },
    };
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await session.context.route('**/reseau/grand-ouest.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(own) }));
    await page.goto(new URL('?data=reseau/grand-ouest.json', inject('baseUrl')).toString());
    await page.getByRole('button', { name: 'Données : grand-ouest.json' }).waitFor();
    expect(await page.locator('.intro-summary').innerText()).toContain('Réseau Grand Ouest 2025');
    const footer = await page.locator('footer.page-footer').innerText();
    expect(footer).toContain('Source : Réseau Grand Ouest, recensement 2025');
    expect(footer).not.toContain('Apec');
    const svg = (await exportFile(page, 'Image SVG', ['Vue entière'])).bytes.toString('utf8');
    expect(svg).toContain('Source : Réseau Grand Ouest, recensement 2025');
    expect(svg).not.toContain('Apec');
    session.expectClean();
    await session.close();
  });
});

describe('importing data the map cannot place', () => {
  it('lists clusters without coordinates, keeps the map on France, and says why in the profile', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await importFiles(page, [{ name: 'sans-coordonnees.csv', mimeType: 'text/csv', buffer: csv('name,type,sector_fr\nNomade,ptce,Tourisme\n') }]);
    await page.getByText(/Données chargées/).waitFor();
    expect(await page.getByRole('dialog').textContent()).toContain('ni coordonnées ni commune : cluster conservé, hors carte');
    await page.getByRole('button', { name: 'Fermer', exact: true }).click();
    expect(await shownCounts(page)).toEqual({ initiatives: 0, clusters: 1 });
    expect(await page.locator('[data-cluster-id]').count()).toBe(0);
    await page.getByText(/^Tableau des clusters/).click();
    await page.getByTestId('clusters-table').getByRole('button', { name: 'Nomade' }).click();
    expect(await page.getByTestId('profile-hq').textContent()).toContain('absent de la carte');
    session.expectClean();
    await session.close();
  });

  it('suggests the commune a misspelt name was meant to be, without placing the seat there', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await importFiles(page, [{ name: 'trégor.csv', mimeType: 'text/csv', buffer: csv('name,type,sector_fr,commune\nArmor Photonique,ptce,Optique,Lannionn\n') }]);
    await page.getByText(/Données chargées/).waitFor();
    expect(await page.locator('.import-warnings li').allTextContents()).toEqual([
      'trégor.csv, ligne 2, colonne commune : « Lannionn » est absente de la liste des communes (vouliez-vous dire « Lannion (22) » ?) : corrigez le nom ou donnez lat et lon ; cluster conservé, hors carte',
    ]);
    await page.getByRole('button', { name: 'Fermer', exact: true }).click();
    expect(await shownCounts(page)).toEqual({ initiatives: 0, clusters: 1 });
    expect(await page.locator('[data-cluster-id]').count()).toBe(0);
    session.expectClean();
    await session.close();
  });
});

describe('importing places that cannot be right (issue #18, finding 7)', () => {
  it('loads them, and says which seats are outside France, swapped, or far from their commune', async () => {
    const session = await openDashboard(chromium(), inject('baseUrl'));
    const { page } = session;
    await importFiles(page, [
      {
        name: 'sièges.csv',
        mimeType: 'text/csv',
        buffer: csv('name,type,sector_fr,commune,lat,lon\nInversé,ptce,Bois,,2.35,48.85\nNulle part,ptce,Bois,,0,0\nLoin,ptce,Bois,Lannion,43.6,1.44\nBien placé,ptce,Bois,Lannion,48.73,-3.46\n'),
      },
    ]);
    await page.getByText(/Données chargées/).waitFor();
    expect(await page.locator('.import-warnings li').allTextContents()).toEqual([
      'sièges.csv, ligne 2, colonne lat : 2.35, 48.85 est hors de France : latitude et longitude inversées ? (48.85, 2.35 serait en France) ; cluster chargé tel quel',
      'sièges.csv, ligne 3, colonne lat : 0, 0 est hors de France (métropole et départements d’outre-mer) : vérifiez les coordonnées ; cluster chargé, mais hors de la vue de la carte',
      'sièges.csv, ligne 4, colonne lat : ce point est à 684 km de la commune Lannion : coordonnées ou commune erronées ? ; cluster chargé tel quel',
    ]);
    await page.getByRole('button', { name: 'Fermer', exact: true }).click();
    expect(await shownCounts(page)).toEqual({ initiatives: 0, clusters: 4 });
    session.expectClean();
    await session.close();
  });
});

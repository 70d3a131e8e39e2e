import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUrlState } from '../../src/state/urlState';
import { urlVocabulary } from '../../src/state/urlVocabulary';
import { chromiumPerFile, openDashboard, type DashboardSession } from '../helpers/browser';
import { mapMarker, shownCounts, studyDataset } from '../helpers/dashboard';
import { exportFile } from '../helpers/exports';
import { CANARY, FORMULAS, MARKUP, brokenFiles, hostileDataset, hostileQueryStrings, hostileTables } from '../fixtures/hostile/corpus';

/**
 * The hostile-input campaign of issue #18, kept as a test: the seeded corpus
 * of `tests/fixtures/hostile/` run against the built app. Nothing may run
 * (a canary every payload sets, and dialogs), nothing may be asked of
 * another origin (the servers' own logs, redirect hops included), every
 * refusal says where, and what is on screen stays there.
 */
const SEED = 18;
const chromium = chromiumPerFile();
const study = studyDataset();
const studyJson = readFileSync(resolve(import.meta.dirname, '../../data/study.json'), 'utf8');
const studyCounts = { initiatives: study.initiatives.length, clusters: study.clusters.length };
const DIST = resolve(import.meta.dirname, '../../dist');
/** A region named with commas, as an imported network may have. */
const COMMA_REGION = 'Provence, Alpes, Côte d’Azur';
const REGIONS_CSV = `name,type,sector_fr,region,lat,lon\nAlpha,ptce,Bois,"${COMMA_REGION}",43.5,5.4\nBeta,ptce,Bois,Bretagne,48,-2\n`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * The app's own server for this file (dist/, as `vite preview` serves it),
 * with hostile answers at `/hostile/…`, logging every request it gets: the
 * browser's request events miss what a redirect makes it ask.
 */
let app: Server;
let appOrigin = '';
const appLog: string[] = [];
const hanging: ServerResponse[] = [];
/**
 * Another origin on this machine (`localhost` while the app is on 127.0.0.1),
 * and an outside host that is still this machine (Chromium resolves every
 * `*.localhost` to the loopback): only this server's log can say that neither
 * was asked.
 */
let elsewhere: Server;
let elsewhereOrigin = '';
let outsideOrigin = '';
const elsewhereLog: string[] = [];
let scratch = '';

function serveApp(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://app');
  appLog.push(url.pathname + url.search);
  const redirect = (location: string) => void response.writeHead(302, { location }).end();
  switch (url.pathname) {
    case '/hostile/to-elsewhere.csv':
      return redirect(`${elsewhereOrigin}/stolen.csv`);
    case '/hostile/to-outside.csv':
      return redirect(`${outsideOrigin}/stolen.csv`);
    case '/hostile/hop-then-elsewhere.csv':
      return redirect('/hostile/to-elsewhere.csv');
    case '/hostile/regions.csv':
      return void response.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' }).end(REGIONS_CSV);
    case '/hostile/hang.csv':
      hanging.push(response);
      return;
  }
  const file = normalize(join(DIST, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)));
  if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
}

const listen = (server: Server) => new Promise<number>((done) => server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)));

beforeAll(async () => {
  app = createServer(serveApp);
  appOrigin = `http://127.0.0.1:${await listen(app)}`;
  elsewhere = createServer((request, response) => {
    elsewhereLog.push(`${request.headers.host ?? ''}${request.url ?? ''}`);
    response.writeHead(200, { 'content-type': 'text/csv', 'access-control-allow-origin': '*' }).end('name,type,sector_fr,lat,lon\nVolé,ptce,Bois,45,5\n');
  });
  const port = await listen(elsewhere);
  elsewhereOrigin = `http://localhost:${port}`;
  outsideOrigin = `http://outside.localhost:${port}`;
  scratch = await mkdtemp(join(tmpdir(), 'hostile-'));
});

afterAll(async () => {
  for (const response of hanging) response.end();
  app.closeAllConnections();
  await Promise.all([app, elsewhere].map((server) => new Promise((done) => server.close(done))));
  await rm(scratch, { recursive: true, force: true });
});

/**
 * The study on the app's server, watched for dialogs and for what the page
 * received. Responses, not requests: Chromium announces the next hop of a
 * redirect as a request even when it refuses to send it.
 */
async function openWatched(path = ''): Promise<DashboardSession & { dialogs: string[]; responses: string[] }> {
  const session = await openDashboard(chromium(), `${appOrigin}/${path}`);
  const dialogs: string[] = [];
  const responses: string[] = [];
  session.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  session.context.on('response', (response) => responses.push(response.url()));
  return Object.assign(session, { dialogs, responses });
}

const ran = (page: Page) => page.evaluate((canary) => (window as unknown as Record<string, unknown>)[canary] ?? null, CANARY);
const markerCount = (page: Page) => page.locator('[data-cluster-id]').count();
const offOrigin = (requests: readonly string[]) => requests.filter((url) => !/^(data|blob|about):/.test(url) && new URL(url).origin !== appOrigin);

async function fileAt(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(scratch, name);
  await writeFile(path, bytes);
  return path;
}

/** A cell a spreadsheet would run: = + - @ tab or CR first, unless it is a plain number (-1.55 or -1,55). */
const runnable = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+([.,]\d+)?$/.test(cell);

/**
 * Event-handler attributes, and addresses that would run script when
 * followed. React 19 writes a `javascript:` address it is given as one that
 * only throws its own error: that one runs nothing of the payload.
 */
const scriptAttributes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter(
          (a) =>
            /^on/i.test(a.name) ||
            (/^(href|xlink:href|src|action|formaction)$/i.test(a.name) && /^\s*javascript:/i.test(a.value) && !a.value.startsWith("javascript:throw new Error('React has blocked")),
        )
        .map((a) => `${element.tagName} ${a.name}=${a.value.slice(0, 80)}`),
    ),
  );

function csvCells(bytes: Buffer): string[] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const { data } = Papa.parse<string[]>(text, { delimiter: text.split('\n')[0]!.includes(';') ? ';' : ',' });
  return data.flat();
}

describe('hostile text in every field of a dataset', () => {
  it('runs nowhere: views, tooltips, profiles, tables, exports and the exported SVG reopened; spreadsheets get no formula', async () => {
    const { dataset, fields } = hostileDataset(study, SEED);
    expect(fields).toBeGreaterThan(2000);
    const session = await openWatched();
    const { page } = session;
    await page.getByRole('button', { name: 'Importer vos données' }).click();
    await page.getByLabel(/Choisir des fichiers/).setInputFiles(await fileAt('hostile.json', JSON.stringify(dataset)));
    await page.getByText('Données chargées : hostile.json.').waitFor();
    await page.getByRole('button', { name: 'Fermer', exact: true }).click();
    expect(await shownCounts(page)).toEqual(studyCounts);

    // Every view that shows the text: the introduction (title, source, address), tooltips, profiles, tables, both languages.
    await page.getByRole('button', { name: 'Lire la suite' }).click();
    for (const mark of (await page.locator('[data-testid="figure1"] [data-initiative-id]').all()).slice(0, 6)) await mark.hover({ force: true });
    await page.locator('[data-cluster-id]').first().click();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="figure1"] [data-initiative-id]').first().click({ force: true });
    await page.getByText(/^Tableau des initiatives/).click();
    await page.getByText(/^Tableau des clusters/).click();
    await page.getByTestId('initiatives-table').locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Français' }).click();

    for (const button of ['Initiatives (CSV)', 'Clusters (CSV)']) {
      for (const form of [[], [/^lisible/]]) {
        const cells = csvCells((await exportFile(page, button, form)).bytes);
        expect(cells.filter(runnable), `${button} ${form.join('')}: cells a spreadsheet would run`).toEqual([]);
      }
    }
    const exported = csvCells((await exportFile(page, 'Clusters (CSV)', [/^exacte/])).bytes);
    // The multi-line formula is in the data, and goes out neutralised as a whole.
    expect(exported).toContain(`'${FORMULAS[4]}`);

    const workbook = unzipSync((await exportFile(page, 'Classeur Excel (.xlsx)')).bytes);
    const sheets = Object.entries(workbook).filter(([name]) => name.startsWith('xl/worksheets/'));
    expect(sheets.length).toBeGreaterThan(0);
    for (const [name, xml] of sheets) expect(strFromU8(xml), `${name} holds a formula`).not.toMatch(/<f[\s>]/);

    const svg = (await exportFile(page, 'Image SVG', ['Vue entière'])).bytes.toString('utf8');
    expect(svg).not.toMatch(/<script|<foreignObject|<iframe/i);
    // Reopened where no Content Security Policy stands guard, as a mail client or an editor would show it.
    const reopened = await session.context.newPage();
    await reopened.setContent(`<!doctype html><body>${svg}</body>`);
    expect(await ran(reopened)).toBeNull();
    expect(await scriptAttributes(reopened), 'handlers or javascript: addresses in the exported SVG').toEqual([]);
    await reopened.close();

    expect(await ran(page)).toBeNull();
    // The dataset's address (`meta.url`) is a `javascript:` one (the format takes it today): no link may run it.
    expect(await scriptAttributes(page), 'handlers or javascript: addresses in the page').toEqual([]);
    expect(session.dialogs).toEqual([]);
    expect(offOrigin(session.responses)).toEqual([]);
    session.expectClean();
    await session.close();
  });

  it('imported from CSV tables, shows as text and exports with no formula', async () => {
    const { clusters, initiatives } = hostileTables(SEED);
    const session = await openWatched();
    const { page } = session;
    await page.getByRole('button', { name: 'Importer vos données' }).click();
    await page.getByLabel(/Choisir des fichiers/).setInputFiles([
      await fileAt('clusters.csv', Papa.unparse(clusters)),
      await fileAt('initiatives.csv', Papa.unparse(initiatives)),
    ]);
    await page.getByText('Données chargées : clusters.csv, initiatives.csv.').waitFor();
    await page.getByRole('button', { name: 'Fermer', exact: true }).click();
    expect(await shownCounts(page)).toEqual({ initiatives: initiatives.length - 1, clusters: clusters.length - 1 });
    await page.getByText(/^Tableau des clusters/).click();
    // The markup is there, as the text it is.
    await page.getByTestId('clusters-table').getByRole('button', { name: MARKUP[1]!, exact: true }).waitFor();
    for (const button of ['Initiatives (CSV)', 'Clusters (CSV)']) {
      expect(csvCells((await exportFile(page, button)).bytes).filter(runnable), button).toEqual([]);
    }
    expect(await ran(page)).toBeNull();
    expect(session.dialogs).toEqual([]);
    session.expectClean();
    await session.close();
  });
});

describe('broken and huge files', () => {
  it('are each refused with a place, and the study stays on screen', async () => {
    const session = await openWatched();
    const { page } = session;
    const markers = await markerCount(page);
    await page.getByRole('button', { name: 'Importer vos données' }).click();
    const problems = page.getByTestId('import-problems').getByRole('listitem');
    for (const file of brokenFiles(studyJson, SEED)) {
      await page.getByLabel(/Choisir des fichiers/).setInputFiles(await fileAt(file.name, file.bytes()));
      await page.waitForFunction((name) => document.querySelector('[data-testid="import-problems"] li')?.textContent?.startsWith(name), file.name, { timeout: 20_000 });
      const texts = await problems.allTextContents();
      expect(texts.filter((text) => !text.startsWith(file.name)), `${file.name}: problems that do not name the file`).toEqual([]);
      expect(texts[0], file.name).toMatch(file.place);
      if (file.says) expect(texts.join('\n'), file.name).toContain(file.says);
      expect(await shownCounts(page), file.name).toEqual(studyCounts);
      expect(await markerCount(page), file.name).toBe(markers);
    }
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted ?? null)).toBeNull();
    expect(session.dialogs).toEqual([]);
    session.expectClean();
    await session.close();
  });
});

describe('?data= links that redirect, point away or hang', () => {
  /** What Chromium itself logs when it refuses a cross-origin hop of a same-origin fetch. */
  const refusedByBrowser = /^Unsafe attempt to load URL .* Domains, protocols and ports must match/;

  it('are refused with a message naming the link; no request reaches another origin, hop by hop', async () => {
    const session = await openWatched();
    const { page } = session;
    const markers = await markerCount(page);
    const links = [
      'hostile/to-elsewhere.csv',
      'hostile/hop-then-elsewhere.csv',
      'hostile/to-outside.csv',
      `${elsewhereOrigin}/direct.csv`,
      '//outside.invalid/protocol-relative.csv',
      'http://outside.invalid/absolute.csv',
      `javascript:window.${CANARY}=1`,
      'data:text/csv,name%2Ctype%2Csector_fr%0AA%2Cptce%2CBois',
    ];
    for (const link of links) {
      await page.goto(`${appOrigin}/?data=${encodeURIComponent(link)}`);
      const notice = page.locator('.notice--import-failed');
      await notice.waitFor();
      expect(await notice.getByRole('listitem').first().textContent(), link).toMatch(new RegExp(`^${link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} : `));
      await page.locator('[data-cluster-id]').first().waitFor();
      expect(await shownCounts(page), link).toEqual(studyCounts);
      expect(await markerCount(page), link).toBe(markers);
      expect(await page.getByRole('button', { name: /^Données :/ }).count(), link).toBe(0);
    }
    expect(elsewhereLog, 'requests that reached the other origin').toEqual([]);
    expect(offOrigin(session.responses), 'answers the page got from off its origin').toEqual([]);
    expect(session.externalRequests).toEqual([]);
    // The app's server saw the first hop of each redirect, and nothing it did not serve.
    expect(appLog).toEqual(expect.arrayContaining(['/hostile/to-elsewhere.csv', '/hostile/hop-then-elsewhere.csv', '/hostile/to-outside.csv']));
    expect(appLog.filter((path) => /stolen|direct|protocol-relative|absolute/.test(path.split('?')[0]!))).toEqual([]);
    expect(await ran(page)).toBeNull();
    expect(session.dialogs).toEqual([]);
    expect(session.consoleErrors.filter((error) => !refusedByBrowser.test(error))).toEqual([]);
    await session.close();
  });

  it('that never answers leaves the study usable meanwhile, and gives way to the reader’s choices', async () => {
    const session = await openWatched();
    const { page } = session;
    await page.goto(`${appOrigin}/?data=hostile/hang.csv`);
    await page.locator('.notice--import-loading').waitFor();
    await page.locator('[data-cluster-id]').first().waitFor();
    const domain = study.domains[0]!;
    await page.getByRole('checkbox', { name: domain.label.fr }).check();
    const expected = study.initiatives.filter((i) => i.domain === domain.id).length;
    await expect.poll(async () => (await shownCounts(page)).initiatives).toBe(expected);
    await mapMarker(page, study.clusters[0]!.name).click();
    await expect.poll(() => mapMarker(page, study.clusters[0]!.name).getAttribute('aria-pressed')).toBe('true');
    // The reader's choices win over a load still under way: it stops, and what they chose stays.
    await expect.poll(() => page.locator('.notice--import-loading').count()).toBe(0);
    expect((await shownCounts(page)).initiatives).toBe(expected);
    expect(appLog).toContain('/hostile/hang.csv');
    session.expectClean();
    await session.close();
  });
});

describe('links with hostile query strings', () => {
  const vocabulary = urlVocabulary(study);
  const queries = hostileQueryStrings(SEED, 200);
  /** What the app must report for a query, read as the browser reads the address (a `#` ends it). */
  const expectedProblems = (query: string) => parseUrlState(new URL(`?${query}`, 'http://app/').search, vocabulary).problems;
  const ignoredNotice = (page: Page) => page.locator('.notice--url-ignored');

  async function expectReported(page: Page, query: string) {
    const problems = expectedProblems(query);
    await expect.poll(() => ignoredNotice(page).count(), { message: query }).toBe(problems.length > 0 ? 1 : 0);
    if (problems.length === 0) return;
    const text = (await ignoredNotice(page).textContent()) ?? '';
    for (const problem of problems) expect(text, `${query}: ${problem.parameter}`).toContain(`${problem.parameter.slice(0, 60)}=`);
    // « Fermer », or « Close » once a query has switched the page to English.
    await ignoredNotice(page).getByRole('button').click();
  }

  it('200 of them, reached by Back and Forward: what is ignored or changed is said, and nothing breaks', { timeout: 120_000 }, async () => {
    const session = await openWatched();
    const { page } = session;
    let previous = '';
    for (const query of queries) {
      const search = new URL(`?${query}`, 'http://app/').search;
      await page.evaluate((q) => {
        history.pushState(null, '', `?${q}`);
        dispatchEvent(new PopStateEvent('popstate'));
      }, query);
      // The same entry twice in a row is not news: nothing is said again.
      if (search !== previous) await expectReported(page, query);
      previous = await page.evaluate(() => location.search);
    }
    expect((await shownCounts(page)).initiatives).toBeLessThanOrEqual(studyCounts.initiatives);
    expect(await ran(page)).toBeNull();
    expect(session.dialogs).toEqual([]);
    expect(offOrigin(session.responses)).toEqual([]);
    session.expectClean();
    await session.close();
  });

  it('some of them opened as links: the same report on first load', async () => {
    const session = await openWatched();
    const { page } = session;
    for (const query of queries.slice(0, 8)) {
      await page.goto(`${appOrigin}/?${query}`);
      await page.locator('[data-cluster-id]').first().waitFor();
      await expectReported(page, query);
    }
    expect(await ran(page)).toBeNull();
    session.expectClean();
    await session.close();
  });

  it('a region whose name holds commas survives a link', async () => {
    const session = await openWatched();
    const { page } = session;
    const dataset = page.getByRole('button', { name: 'Données : regions.csv' });
    await page.goto(`${appOrigin}/?data=hostile/regions.csv`);
    await dataset.waitFor();
    await page.getByRole('checkbox', { name: COMMA_REGION }).check();
    await page.waitForFunction(() => new URLSearchParams(location.search).has('r'));
    await page.goto(page.url());
    await dataset.waitFor();
    expect(await page.getByRole('checkbox', { name: COMMA_REGION }).isChecked()).toBe(true);
    expect(await shownCounts(page)).toEqual({ initiatives: 0, clusters: 1 });
    expect(await ignoredNotice(page).count()).toBe(0);
    session.expectClean();
    await session.close();
  });

  it('Back to an entry whose parameters were ignored says so again', async () => {
    const domain = study.domains[0]!.id;
    const session = await openWatched(`?d=${domain}&zoom=3`);
    const { page } = session;
    await expect.poll(() => ignoredNotice(page).textContent()).toContain('zoom=3');
    await ignoredNotice(page).getByRole('button', { name: 'Fermer' }).click();
    const cluster = study.clusters.find((c) => study.initiatives.some((i) => i.domain === domain && i.clusters.includes(c.id)))!;
    await mapMarker(page, cluster.name).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).has('sel'));
    await page.goBack();
    await expect.poll(() => ignoredNotice(page).count()).toBe(1);
    expect(await ignoredNotice(page).textContent()).toContain('zoom=3');
    expect(await page.getByRole('checkbox', { name: study.domains[0]!.label.fr }).isChecked()).toBe(true);
    await ignoredNotice(page).getByRole('button', { name: 'Fermer' }).click();
    await page.goForward();
    await expect.poll(() => mapMarker(page, cluster.name).getAttribute('aria-pressed')).toBe('true');
    expect(await ignoredNotice(page).count()).toBe(0);
    session.expectClean();
    await session.close();
  });
});

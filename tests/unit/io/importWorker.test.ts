import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDatasetIndex, prepareIndex } from '../../../src/domain/datasetIndex';
import { NO_PROGRESS, PROGRESS_SHARES, progressFraction, type ImportProgress } from '../../../src/domain/importProgress';
import { parseDataset } from '../../../src/domain/parseDataset';
import { runImportJob, slicePacer } from '../../../src/io/import/importJob';
import { progressReporter, recordSlices, SLICE_RECORDS, splitPrepared, type ImportRequest, type WorkerMessage } from '../../../src/io/import/importProtocol';
import { importSources } from '../../../src/io/import/importSources';
import { runImport } from '../../../src/io/import/runImport';
import { generateNetwork } from '../../bench/generateNetwork';
import { makeMiniDataset } from '../../fixtures/miniDataset';

const COMMUNES = readFileSync(new URL('../../../public/geo/communes-fr.json', import.meta.url), 'utf8');
const PAGE = 'http://127.0.0.1:4310/';
const COMMUNE_LIST_URL = 'http://127.0.0.1:4310/geo/communes-fr.json';
/** Another page each time the list must not come, as the list, once loaded, is kept for its address. */
const unreachable = (n: number) => `http://127.0.0.1:4310/down-${n}/`;
const frame = makeMiniDataset();
const NOW = new Date('2026-11-30T00:00:00Z');

/** The app's own server, as far as an import asks it anything: the commune list. */
function serveCommunes() {
  const fetcher = vi.fn(async (url: string | URL) => (String(url) === COMMUNE_LIST_URL ? new Response(COMMUNES) : new Response('missing', { status: 404 })));
  vi.stubGlobal('fetch', fetcher);
  return fetcher;
}
afterEach(() => {
  vi.unstubAllGlobals();
});

const request = (files: ImportRequest['files']): ImportRequest => ({ files, delimiter: 'auto', domains: frame.domains, pageAddress: PAGE, now: NOW });
const jsonFile = (name: string, value: unknown) => ({ name, file: new File([JSON.stringify(value)], name, { type: 'application/json' }) });
const progressOf = (change: Partial<ImportProgress>): ImportProgress => ({ ...NO_PROGRESS, ...change });

describe('the progress bar', () => {
  it('fills with the bytes read, then the records checked, then the records handed to the page', () => {
    const total = { totalBytes: 1000 };
    expect(progressFraction(progressOf(total))).toBe(0);
    expect(progressFraction(progressOf({ ...total, bytesRead: 500 }))).toBeCloseTo(PROGRESS_SHARES.read / 2);
    // Once the records are counted, the files have been read whole.
    expect(progressFraction(progressOf({ ...total, bytesRead: 1000, rowsTotal: 400 }))).toBeCloseTo(PROGRESS_SHARES.read);
    expect(progressFraction(progressOf({ ...total, bytesRead: 1000, rowsTotal: 400, rowsChecked: 100 }))).toBeCloseTo(PROGRESS_SHARES.read + PROGRESS_SHARES.check / 4);
    expect(progressFraction(progressOf({ ...total, rowsTotal: 400, rowsChecked: 400, rowsReceived: 200 }))).toBeCloseTo(1 - PROGRESS_SHARES.receive / 2);
    expect(progressFraction(progressOf({ ...total, rowsTotal: 400, rowsChecked: 400, rowsReceived: 400 }))).toBeCloseTo(1);
    expect(PROGRESS_SHARES.read + PROGRESS_SHARES.check + PROGRESS_SHARES.receive).toBeCloseTo(1);
  });

  it('cannot say how far a download of unknown size is, and never goes past the end', () => {
    expect(progressFraction(progressOf({ bytesRead: 5000 }))).toBeNull();
    // A compressed download declares fewer bytes than come.
    expect(progressFraction(progressOf({ bytesRead: 5000, totalBytes: 1000 }))).toBeCloseTo(PROGRESS_SHARES.read);
    // Nothing to check (an empty table is refused, but the bar must not divide by zero).
    expect(progressFraction(progressOf({ totalBytes: 0, rowsTotal: 0 }))).toBeCloseTo(1);
  });
});

describe('the worker’s progress reports', () => {
  it('go out at most every 100 ms, at once when a total becomes known, and the last one on flush', () => {
    let clock = 0;
    const sent: WorkerMessage[] = [];
    const reporter = progressReporter((message) => sent.push(message), 5000, () => clock);
    for (let read = 100; read <= 5000; read += 100) {
      clock += 7;
      reporter.update({ bytesRead: read });
    }
    // 50 updates 7 ms apart: the first, then one when 100 ms have passed (every 15th).
    expect(sent.map((m) => (m.type === 'progress' ? m.bytesRead : null))).toEqual([100, 1600, 3100, 4600]);
    reporter.update({ rowsChecked: 0, rowsTotal: 80 }, true);
    expect(sent.at(-1)).toEqual({ type: 'progress', bytesRead: 5000, totalBytes: 5000, rowsChecked: 0, rowsTotal: 80 });
    reporter.update({ rowsChecked: 80 });
    reporter.flush();
    expect(sent.at(-1)).toMatchObject({ rowsChecked: 80 });
    const count = sent.length;
    reporter.flush();
    expect(sent).toHaveLength(count);
  });
});

describe('a dataset handed over in slices', () => {
  it('comes initiatives first, every record once and in order, each with its search text', () => {
    const dataset = generateNetwork(2500, 300, 4);
    const { frame: preparedFrame, search } = splitPrepared(prepareIndex(dataset));
    expect(preparedFrame.columns.clusterSearchText).toEqual([]);
    const slices = [...recordSlices(dataset, search, 1000)];
    expect(slices.map((s) => `${s.list} ${s.records.length}`)).toEqual(['initiatives 300', 'clusters 1000', 'clusters 1000', 'clusters 500']);
    expect(slices.flatMap((s) => (s.list === 'clusters' ? s.records : []))).toEqual(dataset.clusters);
    expect(slices.flatMap((s) => (s.list === 'clusters' ? s.search : []))).toEqual(buildDatasetIndex(dataset).columns.clusterSearchText);
  });
});

describe('the import job (what the worker runs)', () => {
  it('reads, checks and announces the dataset, then sends each slice only when the page asks for it', async () => {
    serveCommunes();
    const dataset = generateNetwork(4500, 200, 9);
    const sent: WorkerMessage[] = [];
    const pacer = slicePacer();
    const job = runImportJob(request([jsonFile('reseau.json', dataset)]), (message) => sent.push(message), pacer.next);
    await vi.waitFor(() => expect(sent.at(-1)?.type).toBe('accepted'));
    // Nothing more until the page asks.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent.at(-1)?.type).toBe('accepted');
    const progress = sent.filter((m) => m.type === 'progress');
    expect(progress.at(-1)).toMatchObject({ bytesRead: progress.at(-1)?.totalBytes, rowsChecked: 4700, rowsTotal: 4700 });
    const handedOver = () => sent.slice(sent.findIndex((m) => m.type === 'accepted') + 1).map((m) => (m.type === 'records' ? `${m.list} ${m.records.length}` : m.type));
    pacer.ask();
    pacer.ask();
    await vi.waitFor(() => expect(handedOver()).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(handedOver()).toEqual(['initiatives 200', `clusters ${SLICE_RECORDS}`]);
    for (let asked = 0; asked < 10; asked += 1) pacer.ask();
    await job;
    // 200 initiatives, then 4,500 clusters by slices of SLICE_RECORDS.
    const clusterSlices = Array.from({ length: Math.ceil(4500 / SLICE_RECORDS) }, (_, i) => `clusters ${Math.min(SLICE_RECORDS, 4500 - i * SLICE_RECORDS)}`);
    expect(handedOver()).toEqual(['initiatives 200', ...clusterSlices, 'done']);
  });

  it('says so when it cannot run, rather than leaving the page waiting', async () => {
    vi.stubGlobal('fetch', async () => new Response('unavailable', { status: 503 }));
    const sent: WorkerMessage[] = [];
    // A seat given by its commune only: the commune list is needed, and does not come.
    const csv = 'name,type,sector_fr,commune\nArmor Photonique,ptce,Optique,Lannion\n';
    await runImportJob({ ...request([{ name: 'reseau.csv', file: new File([csv], 'reseau.csv') }]), pageAddress: unreachable(1) }, (message) => sent.push(message), slicePacer().next);
    expect(sent.at(-1)).toEqual({ type: 'failed', reason: 'commune-list', detail: 'HTTP 503' });
    // No answer at all: the browser's words are left out.
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await runImportJob({ ...request([{ name: 'reseau.csv', file: new File([csv], 'reseau.csv') }]), pageAddress: unreachable(3) }, (message) => sent.push(message), slicePacer().next);
    expect(sent.at(-1)).toEqual({ type: 'failed', reason: 'commune-list-unreachable', detail: '' });
  });
});

describe('runImport (the page’s side)', () => {
  it('puts together the dataset and the index the page would have built from it, telling how far it is', async () => {
    serveCommunes();
    const dataset = generateNetwork(5000, 400, 12);
    const seen: ImportProgress[] = [];
    const result = await runImport(request([jsonFile('reseau.json', dataset)]), { onProgress: (progress) => seen.push(progress) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const parsed = parseDataset(dataset);
    if (!parsed.ok) throw new Error('the generated network is not valid');
    expect(result.index).toEqual(buildDatasetIndex(parsed.dataset));
    expect(JSON.stringify(result.index.dataset)).toBe(JSON.stringify(parsed.dataset));
    const fractions = seen.map((p) => progressFraction(p) ?? 0);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(seen.at(-1)).toMatchObject({ rowsChecked: 5400, rowsTotal: 5400, rowsReceived: 5400 });
    expect(fractions.at(-1)).toBeCloseTo(1);
  });

  it('gives the problems the import finds, located as ever', async () => {
    const text = 'name;type;sector_fr;lat;lon\nA;usine;Bois;47;2\nB;ptce;Bois;N/A;2\n';
    const files = [{ name: 'reseau.csv', file: new File([text], 'reseau.csv') }];
    const result = await runImport(request(files));
    const direct = await importSources([{ name: 'reseau.csv', bytes: new TextEncoder().encode(text) }], {
      delimiter: 'auto',
      frame,
      loadGeocoder: () => Promise.reject(new Error('not needed')),
      now: NOW,
    });
    expect(result).toEqual(direct);
    expect(result.ok ? [] : result.problems.map((p) => `${p.file} ${p.line} ${p.column} ${p.code}`)).toEqual(['reseau.csv 2 type type-unknown', 'reseau.csv 3 lat lat-invalid']);
  });

  it('stops when aborted: it rejects with the reason and says nothing more', async () => {
    serveCommunes();
    const controller = new AbortController();
    const seen: ImportProgress[] = [];
    const run = runImport(request([jsonFile('reseau.json', generateNetwork(3000, 100, 2))]), {
      signal: controller.signal,
      onProgress: (progress) => {
        seen.push(progress);
        if (progress.rowsReceived > 0) controller.abort('cancelled');
      },
    });
    await expect(run).rejects.toBe('cancelled');
    const count = seen.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toHaveLength(count);
    expect(seen.at(-1)?.rowsReceived).toBeLessThan(3100);
  });

  it('rejects with what went wrong when the import cannot run', async () => {
    vi.stubGlobal('fetch', async () => new Response('unavailable', { status: 503 }));
    const csv = 'name,type,sector_fr,commune\nArmor Photonique,ptce,Optique,Lannion\n';
    await expect(runImport({ ...request([{ name: 'reseau.csv', file: new File([csv], 'reseau.csv') }]), pageAddress: unreachable(2) })).rejects.toMatchObject({ reason: 'commune-list', detail: 'HTTP 503' });
  });
});

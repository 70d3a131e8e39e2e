import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadLinkedDataset, type LinkLoadOptions } from '../../../src/app/linkedDatasetLoad';
import { createDashboardStore } from '../../../src/state/dashboardStore';
import { createDatasetStore } from '../../../src/state/datasetStore';
import { createNoticeStore } from '../../../src/state/noticeStore';
import type { AppStores } from '../../../src/state/StoreContext';
import { studyDataset } from '../../helpers/dashboard';

const page = { href: 'http://127.0.0.1:4310/?data=net/clusters.csv', origin: 'http://127.0.0.1:4310' };
const ADDRESS = 'net/clusters.csv';
const LINKED_CSV = 'name,type,sector_fr,lat,lon\nSolo,ptce,Bois,47.2,-1.55\n';

function studyStores(): AppStores {
  const stores: AppStores = { dashboard: createDashboardStore(), dataset: createDatasetStore(), notices: createNoticeStore() };
  stores.dataset.getState().setDataset(studyDataset());
  return stores;
}

/** A server that answers only when told to, and gives up when the request is aborted. */
function heldServer() {
  let answer: (() => void) | undefined;
  const signals: AbortSignal[] = [];
  const fetcher = vi.fn(
    (_: unknown, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const signal = init?.signal;
        if (signal) signals.push(signal);
        signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
        answer = () => resolve(new Response(LINKED_CSV, { status: 200 }));
      }),
  );
  /** Resolves once the load has asked for the file (the import's code loads first). */
  const asked = () =>
    vi.waitFor(() => {
      if (!answer) throw new Error('the file was not asked for yet');
    });
  return { fetcher, signals, asked, release: () => answer?.() };
}

const clusterNames = (stores: AppStores) => {
  const { state } = stores.dataset.getState();
  return state.status === 'ready' ? state.index.dataset.clusters.map((c) => c.name) : [];
};
const kinds = (stores: AppStores) => stores.notices.getState().notices.map((n) => n.kind);

// The import's job (here in this thread) loads at its first use, which takes real time: a faked clock would not wait for it.
beforeAll(async () => {
  await import('../../../src/io/import/importJob');
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('a ?data= load', () => {
  /** Loads the link with `fetcher` as the server (the import's job downloads with the global fetch). */
  const load = (stores: AppStores, { fetcher, ...options }: Partial<LinkLoadOptions> & { fetcher: typeof fetch }) => {
    vi.stubGlobal('fetch', fetcher);
    return loadLinkedDataset(stores, ADDRESS, { page, ...options });
  };

  it('shows the dataset when nothing happened meanwhile', async () => {
    const stores = studyStores();
    const server = heldServer();
    const end = load(stores, { fetcher: server.fetcher });
    await server.asked();
    expect(kinds(stores)).toEqual(['import-loading']);
    server.release();
    expect(await end).toBe('shown');
    expect(clusterNames(stores)).toEqual(['Solo']);
    expect(kinds(stores)).toEqual([]);
  });

  it('says in its notice how far it is: bytes downloaded, then rows checked; and forgets it with the notice', async () => {
    const stores = studyStores();
    const server = heldServer();
    const seen: unknown[] = [];
    stores.notices.subscribe((state) => {
      for (const progress of state.progress.values()) seen.push(progress);
    });
    const end = load(stores, { fetcher: server.fetcher });
    await server.asked();
    server.release();
    expect(await end).toBe('shown');
    const bytes = new TextEncoder().encode(LINKED_CSV).byteLength;
    expect(seen[0]).toEqual({ bytesRead: bytes, totalBytes: null, rowsChecked: 0, rowsTotal: null, rowsReceived: 0 });
    expect(seen.at(-1)).toEqual({ bytesRead: bytes, totalBytes: bytes, rowsChecked: 1, rowsTotal: 1, rowsReceived: 1 });
    expect(stores.notices.getState().progress.size).toBe(0);
  });

  it('is cancelled by dismissing its loading notice: the request is aborted and the study stays', async () => {
    const stores = studyStores();
    const server = heldServer();
    const end = load(stores, { fetcher: server.fetcher });
    await server.asked();
    const [loading] = stores.notices.getState().notices;
    stores.notices.getState().dismiss(loading!);
    expect(await end).toBe('not-shown');
    expect(server.signals[0]?.aborted).toBe(true);
    expect(stores.notices.getState().notices).toEqual([{ kind: 'import-stopped', source: ADDRESS, reason: 'cancelled' }]);
    expect(clusterNames(stores)).toHaveLength(studyDataset().clusters.length);
  });

  it('gives way to a filter chosen meanwhile, which is kept', async () => {
    const stores = studyStores();
    const server = heldServer();
    const end = load(stores, { fetcher: server.fetcher });
    await server.asked();
    stores.dashboard.getState().setFilter('interviewed', 'interviewed');
    server.release();
    expect(await end).toBe('superseded');
    expect(stores.dashboard.getState().filters.interviewed).toBe('interviewed');
    expect(clusterNames(stores)).toHaveLength(studyDataset().clusters.length);
    expect(stores.notices.getState().notices).toEqual([{ kind: 'import-stopped', source: ADDRESS, reason: 'view-changed' }]);
  });

  it('does not give way to a language or a map pan, which name nothing in the data', async () => {
    const stores = studyStores();
    const server = heldServer();
    const end = load(stores, { fetcher: server.fetcher });
    await server.asked();
    stores.dashboard.getState().setLanguage('en');
    stores.dashboard.getState().setMapView({ lat: 47, lon: 2, zoom: 6 });
    server.release();
    expect(await end).toBe('shown');
    expect(clusterNames(stores)).toEqual(['Solo']);
  });

  it('gives way to a file imported meanwhile, even when the link answers in the same instant', async () => {
    const stores = studyStores();
    const server = heldServer();
    const end = load(stores, { fetcher: server.fetcher });
    await server.asked();
    server.release();
    stores.dataset.getState().setDataset({ ...studyDataset(), clusters: [] }, { kind: 'import', name: 'mine.json' });
    expect(await end).toBe('superseded');
    expect(stores.dataset.getState().state).toMatchObject({ origin: { kind: 'import', name: 'mine.json' } });
    expect(stores.notices.getState().notices).toEqual([{ kind: 'import-stopped', source: ADDRESS, reason: 'data-changed' }]);
  });

  it('times out when the server says nothing for the given time, and says after how long', async () => {
    vi.useFakeTimers();
    const stores = studyStores();
    const server = heldServer();
    const end = load(stores, { fetcher: server.fetcher, idleTimeoutMs: 30_000 });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(kinds(stores)).toEqual(['import-loading']);
    await vi.advanceTimersByTimeAsync(1);
    expect(await end).toBe('not-shown');
    expect(server.signals[0]?.aborted).toBe(true);
    expect(stores.notices.getState().notices).toEqual([
      { kind: 'import-failed', source: ADDRESS, problems: [{ file: ADDRESS, code: 'link-timed-out', params: { seconds: 30 } }] },
    ]);
  });

  it('does not time out a slow download that keeps coming', async () => {
    vi.useFakeTimers();
    const stores = studyStores();
    const lines = LINKED_CSV.split('\n').map((line) => new TextEncoder().encode(`${line}\n`));
    // One line every 20 s: never 30 s of silence, 60 s in all.
    const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 20_000));
        const next = lines.shift();
        if (next && next.length > 1) controller.enqueue(next);
        else controller.close();
      },
    });
    const end = load(stores, { fetcher: async () => new Response(body), idleTimeoutMs: 30_000 });
    await vi.advanceTimersByTimeAsync(80_000);
    vi.useRealTimers();
    expect(await end).toBe('shown');
    expect(clusterNames(stores)).toEqual(['Solo']);
  });

  it('says in the reader’s words when the server does not answer at all', async () => {
    const stores = studyStores();
    const end = load(stores, {
      fetcher: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(await end).toBe('not-shown');
    expect(stores.notices.getState().notices).toEqual([{ kind: 'import-failed', source: ADDRESS, problems: [expect.objectContaining({ file: ADDRESS, code: 'link-unreachable', params: {} })] }]);
  });

  // A seat given by its commune only: the import needs the commune list, the app's own file.
  const COMMUNE_CSV = 'name,type,sector_fr,commune\nArmor Photonique,ptce,Optique,Lannion\n';
  const COMMUNE_LIST = 'http://127.0.0.1:4310/geo/communes-fr.json';
  const linkThenCommunes = (communes: () => Promise<Response>) =>
    vi.fn(async (url: RequestInfo | URL) => (String(url) === COMMUNE_LIST ? communes() : new Response(COMMUNE_CSV, { status: 200 })));

  it('says that the commune list did not load, with the server’s status, rather than blaming the link', async () => {
    const stores = studyStores();
    const end = load(stores, { fetcher: linkThenCommunes(async () => new Response('unavailable', { status: 503 })) });
    expect(await end).toBe('not-shown');
    expect(stores.notices.getState().notices).toEqual([{ kind: 'import-failed', source: ADDRESS, problems: [{ file: ADDRESS, code: 'link-commune-list', params: { detail: 'HTTP 503' } }] }]);
  });

  it('does not time out once the file is in, however long the import then takes', async () => {
    const communes = readFileSync(new URL('../../../public/geo/communes-fr.json', import.meta.url), 'utf8');
    let sendCommunes: () => void = () => {};
    const held = new Promise<void>((resolve) => (sendCommunes = resolve));
    vi.useFakeTimers();
    const stores = studyStores();
    const end = load(stores, { fetcher: linkThenCommunes(async () => held.then(() => new Response(communes))), idleTimeoutMs: 30_000 });
    // The file came at once; the import waits 40 s for the commune list, with no byte from the link's server.
    await vi.advanceTimersByTimeAsync(40_000);
    expect(kinds(stores)).toEqual(['import-loading']);
    vi.useRealTimers();
    sendCommunes();
    expect(await end).toBe('shown');
    expect(clusterNames(stores)).toEqual(['Armor Photonique']);
  });
});

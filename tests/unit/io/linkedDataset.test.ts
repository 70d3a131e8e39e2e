import { describe, expect, it, vi } from 'vitest';
import { fetchLinkedFile, linkedFileName, resolveLinkedAddress } from '../../../src/io/linkedDataset';

const page = { href: 'http://127.0.0.1:4310/tableau/?data=x', origin: 'http://127.0.0.1:4310' };

describe('resolveLinkedAddress', () => {
  it.each(['http://[', 'http://%zz', 'https://:0', 'http://a:99999'])('calls %s a bad address instead of throwing', (address) => {
    expect(resolveLinkedAddress(address, page)).toEqual({ ok: false, code: 'bad-address', params: {} });
  });

  it('reads a relative address against the page', () => {
    const resolved = resolveLinkedAddress('mon-reseau/clusters.csv', page);
    expect(resolved.ok && resolved.url.href).toBe('http://127.0.0.1:4310/tableau/mon-reseau/clusters.csv');
  });

  it('refuses another origin, naming where it is', () => {
    expect(resolveLinkedAddress('https://example.org/evil.json', page)).toMatchObject({ code: 'same-origin', params: { host: 'example.org' } });
    expect(resolveLinkedAddress('//localhost:4310/x.csv', page)).toMatchObject({ code: 'same-origin', params: { host: 'localhost:4310' } });
    expect(resolveLinkedAddress('data:text/csv,name', page)).toMatchObject({ code: 'same-origin', params: { host: 'data:' } });
  });
});

describe('linkedFileName', () => {
  it('is the last segment, decoded, and kept as written when it cannot be decoded', () => {
    expect(linkedFileName(new URL('http://h/a/r%C3%A9seau.csv'))).toBe('réseau.csv');
    expect(linkedFileName(new URL('http://h/a/100%zz.csv'))).toBe('100%zz.csv');
    expect(linkedFileName(new URL('http://h/a/'))).toBe('data');
  });
});

const MB = 1024 * 1024;

/** A body that hands out these chunks, then ends. */
function streamOf(chunks: readonly Uint8Array<ArrayBuffer>[]): ReadableStream<Uint8Array<ArrayBuffer>> {
  const queue = [...chunks];
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      const next = queue.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
}

/** What `fetch` resolves to, with only the fields the loader reads. */
function answer(fields: Partial<Pick<Response, 'ok' | 'status' | 'url' | 'redirected' | 'type' | 'headers' | 'body'>>) {
  return { ok: true, status: 200, url: '', redirected: false, type: 'basic', headers: new Headers(), body: streamOf([new TextEncoder().encode('name\nA\n')]), ...fields } as unknown as Response;
}

describe('fetchLinkedFile', () => {
  const url = new URL('http://127.0.0.1:4310/tableau/mon-reseau/r%C3%A9seau.csv');

  it('asks the browser to stay on the same origin, redirects included', async () => {
    const fetcher = vi.fn(async () => answer({ url: url.href }));
    const file = await fetchLinkedFile(url, page, fetcher);
    expect(fetcher).toHaveBeenCalledWith(url, { mode: 'same-origin', credentials: 'same-origin', signal: null });
    expect(file).toEqual({ ok: true, bytes: new TextEncoder().encode('name\nA\n') });
  });

  it('follows a redirect that stays on the site', async () => {
    const fetcher = vi.fn(async () => answer({ url: 'http://127.0.0.1:4310/v2/reseau.csv', redirected: true }));
    expect(await fetchLinkedFile(url, page, fetcher)).toMatchObject({ ok: true });
  });

  it('refuses, without reading it, an answer that a redirect brought from another origin', async () => {
    const body = streamOf([new Uint8Array(3)]);
    const read = vi.spyOn(body, 'getReader');
    const fetcher = vi.fn(async () => answer({ url: 'http://localhost:9999/evil.csv', redirected: true, type: 'cors', body }));
    expect(await fetchLinkedFile(url, page, fetcher)).toEqual({ ok: false, code: 'same-origin', params: { host: 'localhost:9999' } });
    expect(read).not.toHaveBeenCalled();
  });

  it('tells a redirect the browser refused from a network failure', async () => {
    const refused = vi.fn(async (_: unknown, init?: RequestInit) => {
      if (init?.redirect === 'manual') return answer({ ok: false, status: 0, type: 'opaqueredirect' });
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchLinkedFile(url, page, refused)).toEqual({ ok: false, code: 'same-origin-redirect', params: {} });
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    // The browser's words (« Failed to fetch », in English whatever the page's language) are not passed on: the notice says it in the reader's.
    expect(await fetchLinkedFile(url, page, offline)).toEqual({ ok: false, code: 'link-unreachable', params: {} });
    // Anything else keeps what was said.
    const broken = vi.fn(async () => {
      throw new Error('something else');
    });
    expect(await fetchLinkedFile(url, page, broken)).toEqual({ ok: false, code: 'fetch-failed', params: { detail: 'something else' } });
  });

  it('says a download cut off midway is the connection’s doing, not the import’s', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('name,type\n'));
        controller.error(new TypeError('network error'));
      },
    });
    const cut = vi.fn(async () => new Response(body, { status: 200 }));
    expect(await fetchLinkedFile(url, page, cut)).toEqual({ ok: false, code: 'link-interrupted', params: {} });
  });

  it('refuses a web page, as a server sends for a missing file, without reading it as data', async () => {
    const body = streamOf([new TextEncoder().encode('<!doctype html><html></html>')]);
    const read = vi.spyOn(body, 'getReader');
    const fetcher = vi.fn(async () => answer({ url: url.href, headers: new Headers({ 'content-type': 'text/html; charset=utf-8' }), body }));
    expect(await fetchLinkedFile(url, page, fetcher)).toEqual({ ok: false, code: 'html-page', params: {} });
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses a file whose declared size is over the limit without reading its body, naming the limit', async () => {
    const body = streamOf([new Uint8Array(10)]);
    const read = vi.spyOn(body, 'getReader');
    const cancel = vi.spyOn(body, 'cancel');
    const fetcher = vi.fn(async () => answer({ url: url.href, headers: new Headers({ 'content-length': String(2 * MB) }), body }));
    expect(await fetchLinkedFile(url, page, fetcher, { maxBytes: MB })).toEqual({ ok: false, code: 'too-large-unread', params: { max: 1 } });
    expect(read).not.toHaveBeenCalled();
    expect(cancel).toHaveBeenCalled();
  });

  it('stops reading a file of unknown size as soon as it passes the limit', async () => {
    const pulled: number[] = [];
    const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
      pull(controller) {
        pulled.push(pulled.length);
        controller.enqueue(new Uint8Array(MB / 4));
      },
    });
    const fetcher = vi.fn(async () => answer({ url: url.href, body }));
    expect(await fetchLinkedFile(url, page, fetcher, { maxBytes: MB })).toEqual({ ok: false, code: 'too-large', params: { max: 1 } });
    // Five quarters pass the limit; an endless stream was not read on.
    expect(pulled.length).toBeLessThanOrEqual(6);
  });

  it('reads a file in chunks, saying how much arrived', async () => {
    const progress: number[] = [];
    const fetcher = vi.fn(async () => answer({ url: url.href, body: streamOf([new Uint8Array([1, 2]), new Uint8Array([3])]) }));
    expect(await fetchLinkedFile(url, page, fetcher, { onProgress: (bytes) => progress.push(bytes) })).toEqual({ ok: true, bytes: new Uint8Array([1, 2, 3]) });
    expect(progress).toEqual([2, 3]);
  });

  it('gives up when its signal is aborted, with the reason given, asking nothing more', async () => {
    const controller = new AbortController();
    const fetcher = vi.fn(
      (_: unknown, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const file = fetchLinkedFile(url, page, fetcher, { signal: controller.signal });
    controller.abort('cancelled');
    await expect(file).rejects.toBe('cancelled');
    // No redirect probe after an abort.
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('says which HTTP status a missing file got', async () => {
    const fetcher = vi.fn(async () => answer({ ok: false, status: 404, url: url.href }));
    expect(await fetchLinkedFile(url, page, fetcher)).toEqual({ ok: false, code: 'fetch-failed', params: { detail: 'HTTP 404' } });
  });
});

import { errorMessage, isNetworkFailure } from '../domain/errorMessage';
import { MAX_IMPORT_BYTES } from './import/decodeText';
import type { ImportProblemCode } from './import/importProblem';

/** Why a `?data=` link was not loaded, worded at render from `importProblems.<code>`. */
export interface LinkProblem {
  readonly ok: false;
  readonly code: Extract<ImportProblemCode, 'bad-address' | 'same-origin' | 'same-origin-redirect' | 'fetch-failed' | 'link-unreachable' | 'link-interrupted' | 'too-large' | 'too-large-unread' | 'link-timed-out' | 'html-page'>;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The page the link is read on: `window.location` in the app. */
export interface LinkPage {
  readonly href: string;
  readonly origin: string;
}

/** A `data:` or `javascript:` address has no host: its scheme says where it is. */
const placeOf = (url: URL) => url.host || url.protocol;

/**
 * Where `?data=` points, read against the page. Only the page's own origin
 * is allowed (a link must not make the app fetch from elsewhere). A
 * malformed address (`http://[`, `http://a:99999`) is a problem to show,
 * not an exception: it must not stop the rest of the link from applying.
 */
export function resolveLinkedAddress(address: string, page: LinkPage): { readonly ok: true; readonly url: URL } | LinkProblem {
  let url: URL;
  try {
    url = new URL(address, page.href);
  } catch {
    return { ok: false, code: 'bad-address', params: {} };
  }
  if (url.origin !== page.origin) return { ok: false, code: 'same-origin', params: { host: placeOf(url) } };
  return { ok: true, url };
}

/** The file name the import will name the data by: the address's last segment, decoded when it can be. */
export function linkedFileName(url: URL): string {
  const last = url.pathname.split('/').pop() || 'data';
  try {
    return decodeURIComponent(last);
  } catch {
    // "%zz" is kept as written rather than failing the load.
    return last;
  }
}

export interface LinkFetchOptions {
  /** Aborting it stops the request or the download; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Larger files are refused: by their declared size before any byte is read, or as soon as the download passes it. */
  readonly maxBytes?: number;
  /**
   * Bytes received so far, after each chunk (a caller's timeout can wait for silence rather than for the
   * whole file), and the size the server declared, if it did (compressed, it may be less than what comes).
   */
  readonly onProgress?: (bytes: number, declared: number | null) => void;
}

/**
 * Fetches what a resolved `?data=` address points to, staying on the page's
 * origin through redirects. `mode: 'same-origin'` makes the browser refuse a
 * redirect to another origin before any request is sent there; checking
 * `response.url` afterwards would be too late for that (the other site has
 * been asked, and has seen the page's origin), so it is only the second
 * line, for a fetch that does not enforce the mode. Either way nothing of
 * the body is read from another origin.
 */
export async function fetchLinkedFile(
  url: URL,
  page: Pick<LinkPage, 'origin'>,
  fetcher: typeof fetch = fetch,
  { signal, maxBytes = MAX_IMPORT_BYTES, onProgress }: LinkFetchOptions = {},
): Promise<{ readonly ok: true; readonly bytes: Uint8Array } | LinkProblem> {
  let response: Response;
  try {
    response = await fetcher(url, { mode: 'same-origin', credentials: 'same-origin', signal: signal ?? null });
  } catch (error) {
    signal?.throwIfAborted();
    // The browser's refusal is an opaque "Failed to fetch": a second look, not followed, tells it from a network failure.
    if (await redirects(url, fetcher)) return { ok: false, code: 'same-origin-redirect', params: {} };
    return failedFetch(error, 'link-unreachable');
  }
  const final = response.redirected && response.url ? new URL(response.url) : url;
  if (final.origin !== page.origin) return refuseUnread(response, { ok: false, code: 'same-origin', params: { host: placeOf(final) } });
  if (!response.ok) return refuseUnread(response, { ok: false, code: 'fetch-failed', params: { detail: `HTTP ${response.status}` } });
  // A server's page for a missing file (single-page hosts answer 200 with index.html) is not data; the import also checks the first bytes.
  if (/^\s*text\/html\b/i.test(response.headers.get('content-type') ?? '')) return refuseUnread(response, { ok: false, code: 'html-page', params: {} });
  const max = maxBytes / (1024 * 1024);
  const declared = Number(response.headers.get('content-length')) || null;
  if (declared !== null && declared > maxBytes) return refuseUnread(response, { ok: false, code: 'too-large-unread', params: { max } });
  let bytes: Uint8Array | null;
  try {
    bytes = await readUpTo(response, maxBytes, signal, onProgress && ((read) => onProgress(read, declared)));
  } catch (error) {
    signal?.throwIfAborted();
    // The connection dropped mid-file: the server's side, not the import's.
    return failedFetch(error, 'link-interrupted');
  }
  if (!bytes) return { ok: false, code: 'too-large', params: { max } };
  return { ok: true, bytes };
}

/** A fetch that failed: for want of a connection, `offline` (in the reader's words); otherwise what was said. */
function failedFetch(error: unknown, offline: 'link-unreachable' | 'link-interrupted'): LinkProblem {
  return isNetworkFailure(error) ? { ok: false, code: offline, params: {} } : { ok: false, code: 'fetch-failed', params: { detail: errorMessage(error) } };
}

/** Lets the connection go without downloading a body that will not be used. */
async function refuseUnread(response: Response, problem: LinkProblem): Promise<LinkProblem> {
  await response.body?.cancel().catch(() => undefined);
  return problem;
}

/**
 * The body, read chunk by chunk, or null as soon as it passes `maxBytes`
 * (a server may send no length, or a wrong one): the rest is never
 * downloaded, and the reader is cancelled, which closes the connection.
 */
async function readUpTo(response: Response, maxBytes: number, signal?: AbortSignal, onProgress?: (bytes: number) => void): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch((error: unknown) => {
      // An aborted download fails with the abort's reason, whatever the stream says.
      signal?.throwIfAborted();
      throw error;
    });
    signal?.throwIfAborted();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
    onProgress?.(total);
  }
  return joinChunks(chunks, total);
}

function joinChunks(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const [only] = chunks;
  if (chunks.length === 1 && only) return only;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Whether the address answers with a redirect (where to stays hidden: browsers do not show it to scripts). */
async function redirects(url: URL, fetcher: typeof fetch): Promise<boolean> {
  try {
    const probe = await fetcher(url, { mode: 'same-origin', credentials: 'same-origin', redirect: 'manual' });
    return probe.type === 'opaqueredirect';
  } catch {
    return false;
  }
}

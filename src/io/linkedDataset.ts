import type { ImportProblemCode } from './import/importProblem';

/** Why a `?data=` link was not loaded, worded at render from `importProblems.<code>`. */
export interface LinkProblem {
  readonly ok: false;
  readonly code: Extract<ImportProblemCode, 'bad-address' | 'same-origin' | 'same-origin-redirect' | 'fetch-failed' | 'html-page'>;
  readonly params: Readonly<Record<string, string>>;
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

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

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
): Promise<{ readonly ok: true; readonly name: string; readonly bytes: Uint8Array } | LinkProblem> {
  let response: Response;
  try {
    response = await fetcher(url, { mode: 'same-origin', credentials: 'same-origin' });
  } catch (error) {
    // The browser's refusal is an opaque "Failed to fetch": a second look, not followed, tells it from a network failure.
    if (await redirects(url, fetcher)) return { ok: false, code: 'same-origin-redirect', params: {} };
    return { ok: false, code: 'fetch-failed', params: { detail: messageOf(error) } };
  }
  const final = response.redirected && response.url ? new URL(response.url) : url;
  if (final.origin !== page.origin) return { ok: false, code: 'same-origin', params: { host: placeOf(final) } };
  if (!response.ok) return { ok: false, code: 'fetch-failed', params: { detail: `HTTP ${response.status}` } };
  // A server's page for a missing file (single-page hosts answer 200 with index.html) is not data; the import also checks the first bytes.
  if (/^\s*text\/html\b/i.test(response.headers?.get('content-type') ?? '')) return { ok: false, code: 'html-page', params: {} };
  return { ok: true, name: linkedFileName(url), bytes: new Uint8Array(await response.arrayBuffer()) };
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

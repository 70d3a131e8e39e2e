import type { ImportProblemCode } from './import/importProblem';

/** Why a `?data=` link was not loaded, worded at render from `importProblems.<code>`. */
export interface LinkProblem {
  readonly ok: false;
  readonly code: Extract<ImportProblemCode, 'bad-address' | 'same-origin' | 'fetch-failed'>;
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

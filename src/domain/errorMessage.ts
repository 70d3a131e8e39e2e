/** What went wrong, in words: an Error's message, or whatever else was thrown (a rejection may be anything). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Whether a fetch failed for want of a connection (offline, no such host, a dropped download): it rejects with a
 * TypeError whose words are the browser's own, in English whatever the reader's language (« Failed to fetch »,
 * « NetworkError… », « Load failed », « network error »), so the interface says it in its own words instead.
 */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError;
}

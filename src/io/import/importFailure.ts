import { errorMessage } from '../../domain/errorMessage';

/**
 * Why an import could not run, for the page to word in the reader's language: its code did not load, the commune
 * list did not (the app's own file, needed when seats are given by their commune: the server refused it, or did
 * not answer), or anything else. `detail` is what a server or the browser said (« HTTP 503 »), kept as it came.
 */
export type ImportFailureReason = 'code' | 'commune-list' | 'commune-list-unreachable' | 'unexpected';

export class ImportFailure extends Error {
  constructor(
    readonly reason: ImportFailureReason,
    readonly detail: string,
  ) {
    super(detail === '' ? reason : `${reason}: ${detail}`);
    this.name = 'ImportFailure';
  }
}

/** The reason and detail of anything thrown: an ImportFailure's own, otherwise `unexpected` with its message. */
export function failureOf(error: unknown): { readonly reason: ImportFailureReason; readonly detail: string } {
  return error instanceof ImportFailure ? { reason: error.reason, detail: error.detail } : { reason: 'unexpected', detail: errorMessage(error) };
}

/**
 * The import's worker (a module worker, loaded only when an import starts):
 * it takes one request, runs it and posts what happens; the page terminates
 * it when it is done or cancelled. Reading, decoding, parsing, checking and
 * indexing a network of 100,000 clusters takes seconds; here, none of it is
 * on the page's main thread.
 */
import { runImportJob, slicePacer } from './importJob';
import type { PageMessage, WorkerMessage } from './importProtocol';

// The DOM's types, not the worker's (the project has one set of libraries): the little of the worker's scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PageMessage>) => void) | null;
  postMessage(message: WorkerMessage, transfer: Transferable[]): void;
};

const pacer = slicePacer();
scope.onmessage = ({ data }) => {
  if (data.type === 'next') pacer.ask();
  else void runImportJob(data.request, (message, transfer = []) => scope.postMessage(message, transfer), pacer.next);
};

import { prepareIndex, type PreparedIndex } from '../../domain/datasetIndex';
import { loadCommuneGeocoder } from './communeGeocoder';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from './decodeText';
import { failureOf } from './importFailure';
import { listProblems, problemText, type ImportProblem } from './importProblem';
import { communeListUrl, progressReporter, recordSlices, splitPrepared, type ImportRequest, type LinkedFile, type WorkerMessage } from './importProtocol';
import { importSources, type ImportSource } from './importSources';
import { fetchLinkedFile } from '../linkedDataset';

export type Post = (message: WorkerMessage, transfer?: Transferable[]) => void;

/**
 * The page's requests for slices: `ask` when a `next` comes, `next()` to wait
 * for one (at once if it came first). The job sends a slice only when asked,
 * so the page is never flooded, and the worker rests while the page copies.
 */
export function slicePacer(): { ask(): void; next(): Promise<void> } {
  const waiting: (() => void)[] = [];
  let asked = 0;
  return {
    ask() {
      const resume = waiting.shift();
      if (resume) resume();
      else asked += 1;
    },
    next() {
      if (asked > 0) {
        asked -= 1;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
  };
}

/** A chosen file's bytes, read in chunks so that the bytes read can be told as they come. */
async function readBytes(file: Blob, onBytes: (read: number) => void): Promise<Uint8Array> {
  // jsdom's files (component tests) cannot be streamed.
  if (typeof file.stream !== 'function') {
    const bytes = new Uint8Array(await file.arrayBuffer());
    onBytes(bytes.byteLength);
    return bytes;
  }
  let bytes = new Uint8Array(file.size);
  let read = 0;
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A file that grew on disk since it was chosen: the buffer grows with it.
    if (read + value.byteLength > bytes.byteLength) {
      const larger = new Uint8Array(Math.max(read + value.byteLength, bytes.byteLength * 2));
      larger.set(bytes.subarray(0, read));
      bytes = larger;
    }
    bytes.set(value, read);
    read += value.byteLength;
    onBytes(read);
  }
  return read === bytes.byteLength ? bytes : bytes.subarray(0, read);
}

/** The problems of a refusal, as the page lists them. */
function refusal(problems: ImportProblem[]) {
  const { listed, omitted } = listProblems(problems);
  return { problems: listed, omitted };
}

/** A link's file, or why it cannot be had, located at the address as the link wrote it. */
async function download(link: LinkedFile, pageAddress: string, signal: AbortSignal | undefined, onProgress: (read: number, declared: number | null) => void) {
  const fetched = await fetchLinkedFile(new URL(link.url), { origin: new URL(pageAddress).origin }, fetch, { ...(signal ? { signal } : {}), onProgress });
  if (fetched.ok) return fetched;
  const problem: ImportProblem = { file: link.address, ...problemText(fetched.code, fetched.params), severity: 'error' };
  return { ok: false as const, problem };
}

/** The typed arrays of a prepared index, to hand them over without a copy (`postMessage`'s transfer list). */
function preparedBuffers({ columns }: PreparedIndex): ArrayBuffer[] {
  const arrays = [
    columns.clusterType,
    columns.clusterInterviewed,
    columns.clusterRegion,
    columns.initiativeDomain,
    columns.initiativeAudience,
    columns.initiativeHorizon,
    columns.initiativeHasCaseStudy,
    columns.clustersOfInitiative.offsets,
    columns.clustersOfInitiative.items,
    columns.initiativesOfCluster.offsets,
    columns.initiativesOfCluster.items,
  ];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}

export interface JobOptions {
  /** Stops a link's download: for the job run in the page's thread (tests), as a worker is simply terminated. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * The import, as the worker runs it: reads the files or downloads the link's
 * (telling the bytes read), turns them into a dataset or located problems
 * (`importSources`, telling the records checked), prepares the index's
 * columns, then hands the dataset over in slices, each when the page asks for
 * it (`next`). A link's file that cannot be had is refused with its problem;
 * whatever else goes wrong is posted as `failed`, so the page is never left
 * waiting.
 */
export async function runImportJob(request: ImportRequest, post: Post, next: () => Promise<void>, { signal }: JobOptions = {}): Promise<void> {
  try {
    // A download's size is known once it is in (a server may declare none, or a compressed one).
    const links = request.files.some((file) => 'link' in file);
    const progress = progressReporter(post, links ? null : request.files.reduce((sum, file) => sum + ('file' in file ? file.file.size : 0), 0), () => performance.now());
    // Files to read that are too large are refused unread, as the page does (it should not have sent them).
    const tooLarge = request.files.filter((file) => 'file' in file && file.file.size > MAX_IMPORT_BYTES);
    if (tooLarge.length > 0) {
      post({ type: 'refused', ...refusal(tooLarge.map((file) => ({ file: file.name, ...problemText('too-large-unread', { max: MAX_IMPORT_MB }), severity: 'error' }))) });
      return;
    }
    const sources: ImportSource[] = [];
    let before = 0;
    for (const file of request.files) {
      let bytes: Uint8Array;
      if ('link' in file) {
        const fetched = await download(file.link, request.pageAddress, signal, (read, declared) => progress.update({ bytesRead: before + read, totalBytes: declared === null ? null : before + declared }));
        if (!fetched.ok) {
          post({ type: 'refused', ...refusal([fetched.problem]) });
          return;
        }
        bytes = fetched.bytes;
        post({ type: 'downloaded' });
      } else bytes = await readBytes(file.file, (read) => progress.update({ bytesRead: before + read }));
      before += bytes.byteLength;
      progress.update({ bytesRead: before, ...(links ? { totalBytes: before } : {}) }, links);
      sources.push({ name: file.name, bytes });
    }
    progress.flush();
    let totalKnown = false;
    const outcome = await importSources(sources, {
      delimiter: request.delimiter,
      frame: { domains: request.domains },
      loadGeocoder: () => loadCommuneGeocoder(communeListUrl(request.pageAddress)),
      now: request.now,
      onRows: (rowsChecked, rowsTotal) => {
        progress.update({ rowsChecked, rowsTotal }, !totalKnown);
        totalKnown = true;
      },
    });
    progress.flush();
    if (!outcome.ok) {
      post({ type: 'refused', problems: outcome.problems, omitted: outcome.omitted });
      return;
    }
    const { initiatives, clusters, ...frame } = outcome.dataset;
    const prepared = prepareIndex(outcome.dataset);
    const { frame: preparedFrame, search } = splitPrepared(prepared);
    post({ type: 'accepted', frame, prepared: preparedFrame, warnings: outcome.warnings, omitted: outcome.omitted, recodedFiles: outcome.recodedFiles }, preparedBuffers(prepared));
    for (const slice of recordSlices({ initiatives, clusters }, search)) {
      await next();
      post(slice);
    }
    await next();
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'failed', ...failureOf(error) });
  }
}

import { errorMessage } from '../../domain/errorMessage';
import { prepareIndex, type PreparedIndex } from '../../domain/datasetIndex';
import { loadCommuneGeocoder } from './communeGeocoder';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from './decodeText';
import { listProblems, problemText } from './importProblem';
import { communeListUrl, progressReporter, recordSlices, splitPrepared, type ImportFile, type ImportRequest, type WorkerMessage } from './importProtocol';
import { importSources, type ImportSource } from './importSources';

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

const sizeOf = (file: ImportFile) => ('bytes' in file ? file.bytes.byteLength : file.file.size);

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

/**
 * The import, as the worker runs it: reads the files (telling the bytes
 * read), turns them into a dataset or located problems (`importSources`,
 * telling the records checked), prepares the index's columns, then hands the
 * dataset over in slices, each when the page asks for it (`next`). Whatever
 * goes wrong is posted as `failed`, so the page is never left waiting.
 */
export async function runImportJob(request: ImportRequest, post: Post, next: () => Promise<void>, now: () => number = () => performance.now()): Promise<void> {
  try {
    const totalBytes = request.files.reduce((sum, file) => sum + sizeOf(file), 0);
    const progress = progressReporter(post, totalBytes, now);
    // Files to read that are too large are refused unread, as the page does (it should not have sent them); bytes already
    // downloaded are the import's to refuse, as ever.
    const tooLarge = request.files.filter((file) => 'file' in file && file.file.size > MAX_IMPORT_BYTES);
    if (tooLarge.length > 0) {
      const { listed, omitted } = listProblems(tooLarge.map((file) => ({ file: file.name, ...problemText('too-large-unread', { max: MAX_IMPORT_MB }), severity: 'error' as const })));
      post({ type: 'refused', problems: listed, omitted });
      return;
    }
    const sources: ImportSource[] = [];
    let before = 0;
    for (const file of request.files) {
      const bytes = 'bytes' in file ? file.bytes : await readBytes(file.file, (read) => progress.update({ bytesRead: before + read }));
      before += bytes.byteLength;
      progress.update({ bytesRead: before });
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
    post({ type: 'failed', detail: errorMessage(error) });
  }
}

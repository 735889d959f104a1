// `scan` on both cores: the main thread walks the tree and hands out batches of files; worker threads
// read and analyse them with `scanFile` and send back each file's outcome, which is delivered in the
// order of the walk (so the output does not depend on which worker was faster) as soon as every file
// before it is done — the output streams. Small scans, or `--jobs 1`, stay on the main thread: starting
// a worker costs more than analysing a few files.
//
// One bad file never stops the scan (issue 16): `scanFile` turns every error into the file's outcome;
// a worker that dies anyway (out of memory) or stops answering (a file that never finishes) is replaced,
// the file it was on is reported as failed, and the rest of its batch goes to the new worker.
//
// The worker runs this same module: `new Worker(__filename)` loads the bundled dist/cli.js (or this
// .ts file under tsx), and the check at the bottom turns it into a worker when `workerData` says so.
import * as os from 'os';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { Dataset } from '../service/dataset';
import { getLanguageService } from '../service/languageService';
import { Settings } from '../service/settings';
import { FileOutcome, FileResult, scanFile, ScanOptions } from './scanFiles';
import { workerYoungGenerationMb } from '../node/heapGrowth';
import { isSkipped, SkippedFile, WalkedFile, walkPaths } from './walkFiles';

export interface ParallelScanOptions {
  dataset: Dataset;
  settings?: Settings;
  diagnostics?: boolean;
  cwd?: string;
  /** Worker threads to use; 1 analyses on the main thread. Default: the cores available, at most 8. */
  jobs?: number;
  /** Files larger than this are skipped as too large. */
  maxFileBytes?: number;
  /** A file whose analysis takes longer is stopped and reported as failed (worker threads only). */
  fileTimeoutMs?: number;
  /** Heap of each worker thread, in MB: a file that needs more ends its worker, not the scan. */
  workerHeapMb?: number;
  /** Keep each detection's text as written (the `map` command). */
  siteText?: boolean;
}

/** Below this many files, workers do not pay for their start-up. */
const minFilesForWorkers = 200;
const batchSize = 64;
/** Generous: the slowest real file we know takes a few seconds; a file that takes this long is stuck. */
const defaultFileTimeoutMs = 60_000;
/** A worker's heap: a runaway file ends the worker, not the scan. */
const defaultWorkerHeapMb = 2048;

interface WorkerSetup { httpStatusLensScanWorker: true; dataset: Dataset; settings?: Settings; diagnostics?: boolean; maxFileBytes?: number; siteText?: boolean }
interface BatchRequest { files: { index: number; file: WalkedFile }[] }
interface FileMessage { index: number; outcome: FileOutcome }
/** A worker's first message: loaded and set up, so the time limit counts analysis only. */
interface ReadyMessage { ready: true }

export function defaultJobs(): number {
  return Math.max(1, Math.min(8, os.availableParallelism?.() ?? os.cpus().length));
}

function scanOptions(setup: { dataset: Dataset; settings?: Settings; diagnostics?: boolean; maxFileBytes?: number; siteText?: boolean }): ScanOptions {
  return {
    service: getLanguageService({ dataset: setup.dataset, readOnce: true }), settings: setup.settings, diagnostics: setup.diagnostics, maxFileBytes: setup.maxFileBytes,
    siteText: setup.siteText,
  };
}

function skippedOutcome(entry: SkippedFile): FileOutcome {
  return { file: entry.file, status: 'skipped', reason: entry.reason, ...(entry.explicit ? { explicit: true } : {}) };
}

/**
 * Walks `paths` and scans every file, calling `onOutcome` for each walked entry in walk order, as soon as
 * it and every entry before it are done. Throws only for a path that does not exist (ENOENT).
 */
export async function scanTree(paths: readonly string[], options: ParallelScanOptions, onOutcome: (outcome: FileOutcome) => void): Promise<void> {
  const entries = walkPaths(paths, options.cwd);
  const files: { index: number; file: WalkedFile }[] = [];
  entries.forEach((entry, index) => { if (!isSkipped(entry)) files.push({ index, file: entry }); });
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));

  if (jobs === 1 || files.length < minFilesForWorkers) {
    const scan = scanOptions(options);
    for (const entry of entries) onOutcome(isSkipped(entry) ? skippedOutcome(entry) : scanFile(entry, scan));
    return;
  }

  // Outcomes arrive in any order; they leave in walk order.
  const done: (FileOutcome | undefined)[] = entries.map((e) => (isSkipped(e) ? skippedOutcome(e) : undefined));
  let delivered = 0;
  const deliver = () => {
    while (delivered < done.length && done[delivered] !== undefined) {
      onOutcome(done[delivered]!);
      done[delivered++] = undefined; // delivered: keep no copy
    }
  };
  const settle = (index: number, outcome: FileOutcome) => {
    done[index] = outcome;
    deliver();
  };
  deliver();

  const queue: BatchRequest[] = [];
  for (let i = 0; i < files.length; i += batchSize) queue.push({ files: files.slice(i, i + batchSize) });
  const setup: WorkerSetup = {
    httpStatusLensScanWorker: true, dataset: options.dataset, settings: options.settings, diagnostics: options.diagnostics, maxFileBytes: options.maxFileBytes,
    siteText: options.siteText,
  };
  const fileTimeoutMs = options.fileTimeoutMs ?? defaultFileTimeoutMs;
  let onMainThread: ScanOptions | undefined;
  const mainThreadOptions = () => (onMainThread ??= scanOptions(options));
  // Under tsx (tests), the worker needs the same TypeScript loader as this thread (never in the bundle).
  const tsLoader = 'tsx/cjs';
  const execArgv = __filename.endsWith('.ts') ? ['--require', require.resolve(tsLoader)] : [];

  /** One worker at a time in this slot; a worker that dies or hangs is replaced by a fresh one. */
  const runSlot = () => new Promise<void>((resolve) => {
    let worker: Worker | undefined;
    let current: BatchRequest | undefined;
    let answered = 0;
    let watchdog: NodeJS.Timeout | undefined;

    const armWatchdog = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => replace(`analysis did not finish within ${Math.round(fileTimeoutMs / 1000)} s`), fileTimeoutMs);
    };
    const feed = () => {
      current = queue.shift();
      answered = 0;
      if (!current) {
        clearTimeout(watchdog);
        const last = worker;
        worker = undefined;
        void last?.terminate().then(() => resolve());
        return;
      }
      armWatchdog();
      worker!.postMessage(current);
    };
    /** The worker failed on the file it was on: report that file, give the rest of the batch to a new worker. */
    const replace = (reason: string) => {
      clearTimeout(watchdog);
      const failed = worker;
      worker = undefined;
      void failed?.terminate();
      if (!ready) {
        // It never started (no file to blame): this slot scans on the main thread instead.
        for (let batch = queue.shift(); batch; batch = queue.shift()) {
          for (const { index, file } of batch.files) settle(index, scanFile(file, mainThreadOptions()));
        }
        resolve();
        return;
      }
      if (current && answered < current.files.length) {
        const { index, file } = current.files[answered];
        settle(index, { file: file.display, status: 'failed', message: reason });
        const rest = current.files.slice(answered + 1);
        if (rest.length > 0) queue.unshift({ files: rest });
      }
      current = undefined;
      start();
    };
    let ready = false;
    const start = () => {
      ready = false;
      const w = new Worker(__filename, { workerData: setup, execArgv, resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMb ?? defaultWorkerHeapMb, maxYoungGenerationSizeMb: workerYoungGenerationMb } });
      worker = w;
      // Events of a worker already replaced or retired are old news.
      w.on('message', (message: FileMessage | ReadyMessage) => {
        if (w !== worker) return;
        if ('ready' in message) {
          ready = true;
          feed();
          return;
        }
        settle(message.index, message.outcome);
        answered++;
        if (current && answered >= current.files.length) feed();
        else armWatchdog();
      });
      w.on('error', (error) => { if (w === worker) replace(`the analysis stopped: ${error.message}`); });
      w.on('exit', (code) => { if (w === worker) replace(`the analysis stopped (worker exit code ${code})`); });
    };
    start();
  });
  await Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, runSlot));
  deliver();
}

export interface ScanResult extends FileResult {
  files: number;
  errors: { file: string; message: string }[];
  skipped: SkippedFile[];
}

/** The whole scan as one result (tests, small trees); the CLI streams `scanTree` instead. */
export async function scanFilesInParallel(paths: readonly string[], options: ParallelScanOptions): Promise<ScanResult> {
  const result: ScanResult = { files: 0, detections: [], diagnostics: [], errors: [], skipped: [] };
  await scanTree(paths, options, (outcome) => {
    if (outcome.status === 'read') {
      result.files++;
      for (const d of outcome.result.detections) result.detections.push(d);
      for (const d of outcome.result.diagnostics) result.diagnostics.push(d);
    } else if (outcome.status === 'failed') {
      result.errors.push({ file: outcome.file, message: outcome.message });
    } else {
      result.skipped.push({ file: outcome.file, reason: outcome.reason, ...(outcome.explicit ? { explicit: true } : {}) });
    }
  });
  return result;
}

/** True in a thread started by `scanTree`. */
function isScanWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerSetup> | null)?.httpStatusLensScanWorker === true;
}

if (isScanWorker()) {
  const options = scanOptions(workerData as WorkerSetup);
  parentPort!.postMessage({ ready: true } satisfies ReadyMessage);
  parentPort!.on('message', (request: BatchRequest) => {
    for (const { index, file } of request.files) {
      parentPort!.postMessage({ index, outcome: scanFile(file, options) } satisfies FileMessage);
    }
  });
}

// `scan` on both cores: the main thread walks the tree and hands out batches of files; worker threads
// read and analyse them with `analyzeFile` and send back plain results, which are put together in the
// order of the walk (so the output does not depend on which worker was faster). Small scans, or
// `--jobs 1`, stay on the main thread: starting a worker costs more than analysing a few files.
//
// The worker runs this same module: `new Worker(__filename)` loads the bundled dist/cli.js (or this
// .ts file under tsx), and the check at the bottom turns it into a worker when `workerData` says so.
import * as fs from 'fs';
import * as os from 'os';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { Dataset } from '../service/dataset';
import { getLanguageService } from '../service/languageService';
import { Settings } from '../service/settings';
import { analyzeFile, FileResult, ScanResult } from './scanFiles';
import { isBinary, MAX_FILE_BYTES, WalkedFile, walkFiles } from './walkFiles';

export interface ParallelScanOptions {
  dataset: Dataset;
  settings?: Settings;
  diagnostics?: boolean;
  cwd?: string;
  /** Worker threads to use; 1 analyses on the main thread. Default: the cores available, at most 8. */
  jobs?: number;
}

/** Below this many files, workers do not pay for their start-up. */
const minFilesForWorkers = 200;
const batchSize = 64;

interface WorkerSetup { httpStatusLensScanWorker: true; dataset: Dataset; settings?: Settings; diagnostics?: boolean }
interface BatchRequest { batch: number; files: WalkedFile[] }
interface BatchResult { batch: number; result: ScanResult }

export function defaultJobs(): number {
  return Math.max(1, Math.min(8, os.availableParallelism?.() ?? os.cpus().length));
}

/** Reads and analyses files one by one, as `scanFiles` does (skipping huge, vanished and binary files). */
function scanBatch(files: readonly WalkedFile[], analyse: (file: string, text: string) => FileResult): ScanResult {
  const result: ScanResult = { files: 0, detections: [], diagnostics: [] };
  for (const file of files) {
    let buffer: Buffer;
    try {
      if (fs.statSync(file.absolute).size > MAX_FILE_BYTES) continue;
      buffer = fs.readFileSync(file.absolute);
    } catch {
      continue;
    }
    if (isBinary(buffer)) continue;
    result.files++;
    const one = analyse(file.display, buffer.toString('utf8'));
    for (const d of one.detections) result.detections.push(d);
    for (const d of one.diagnostics) result.diagnostics.push(d);
  }
  return result;
}

function analyser(setup: { dataset: Dataset; settings?: Settings; diagnostics?: boolean }) {
  const service = getLanguageService({ dataset: setup.dataset });
  return (file: string, text: string) => analyzeFile(file, text, { service, settings: setup.settings, diagnostics: setup.diagnostics });
}

/** Walks `paths` and analyses every text file, on `jobs` worker threads when there are enough files. */
export async function scanFilesInParallel(paths: readonly string[], options: ParallelScanOptions): Promise<ScanResult> {
  const files = walkFiles(paths, options.cwd);
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  if (jobs === 1 || files.length < minFilesForWorkers) return scanBatch(files, analyser(options));

  const batches: WalkedFile[][] = [];
  for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
  const results: ScanResult[] = new Array(batches.length);
  let next = 0;
  const setup: WorkerSetup = { httpStatusLensScanWorker: true, dataset: options.dataset, settings: options.settings, diagnostics: options.diagnostics };
  // Under tsx (tests), the worker needs the same TypeScript loader as this thread (never in the bundle).
  const tsLoader = 'tsx/cjs';
  const execArgv = __filename.endsWith('.ts') ? ['--require', require.resolve(tsLoader)] : [];

  const runWorker = () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: setup, execArgv });
    const feed = () => {
      if (next >= batches.length) {
        void worker.terminate().then(() => resolve());
        return;
      }
      const batch = next++;
      worker.postMessage({ batch, files: batches[batch] } satisfies BatchRequest);
    };
    worker.on('message', (message: BatchResult) => {
      results[message.batch] = message.result;
      feed();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0 && next < batches.length) reject(new Error(`a scan worker stopped with exit code ${code}`));
    });
    feed();
  });
  await Promise.all(Array.from({ length: Math.min(jobs, batches.length) }, runWorker));

  const merged: ScanResult = { files: 0, detections: [], diagnostics: [] };
  for (const r of results) {
    merged.files += r.files;
    for (const d of r.detections) merged.detections.push(d);
    for (const d of r.diagnostics) merged.diagnostics.push(d);
  }
  return merged;
}

/** True in a thread started by `scanFilesInParallel`. */
function isScanWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerSetup> | null)?.httpStatusLensScanWorker === true;
}

if (isScanWorker()) {
  const analyse = analyser(workerData as WorkerSetup);
  parentPort!.on('message', (request: BatchRequest) => {
    parentPort!.postMessage({ batch: request.batch, result: scanBatch(request.files, analyse) } satisfies BatchResult);
  });
}

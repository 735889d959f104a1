// The workspace index's first build in a child process (Node only). Walking 10,000 files and reading and
// analysing them allocates far more than the index keeps, and V8 keeps the heap a burst grew: done in
// the server, the walk alone leaves it ~20 MB larger for good. In a child, that garbage — and the CPU
// time — stay off the server: hovers are answered at once, and every byte goes back to the system when
// the child exits. The child is this same bundle (dist/server.js) started with
// `--http-status-lens-index-worker` (main.ts turns into `runIndexWorker`); it walks the folders, then
// answers batch by batch, each batch's sites packed (structured clone over IPC), resting between
// batches as long as it worked so that on two busy cores the server's thread still gets one.
import { ChildProcess, fork } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import { fileURLToPath } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Dataset } from './service/dataset';
import { getLanguageService } from './service/languageService';
import { packSites, PackedSites } from './service/packedSites';
import { isBinary } from './cli/walkFiles';
import { isUnknownKind } from './cli/scanFiles';

/** The argument that makes dist/server.js an index worker. */
export const indexWorkerFlag = '--http-status-lens-index-worker';

/** Parent → child: what to index (once), then `next` for each further batch. */
type ToChild = { folders: string[]; exclude: string[]; maxBytes: number } | { next: true };
/** Child → parent: the files it will read, then batches of results. */
type ToParent = { listed: string[] } | { results: { uri: string; packed?: PackedSites }[] };

const batchSize = 25;
/** The child rests as long as it worked (bench figure 8a: hovers while indexing). */
const restPerWork = 1;
/** The child's heap: a runaway file ends the child (the server then indexes the rest itself), not the server. */
const workerHeapMb = 512;
/** `nice` 10: below the server and the editor. */
const childPriority = 10;

export function isIndexWorker(): boolean {
  return process.argv.includes(indexWorkerFlag);
}

/** The text of a file worth indexing, or undefined (binary, a kind we do not read). */
export function indexableText(file: string, buffer: Buffer): string | undefined {
  if (isBinary(buffer)) return undefined;
  const text = buffer.toString('utf8');
  return isUnknownKind(file, text) ? undefined : text;
}

function readIndexable(uri: string, maxBytes: number): string | undefined {
  try {
    const file = fileURLToPath(uri);
    const stat = fs.statSync(file);
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    return indexableText(file, fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

type ListFiles = (folders: readonly string[], exclude: readonly string[]) => Promise<string[]>;

/** In the child: lists, then answers batch by batch; ends with the server (its IPC channel closed). */
export function runIndexWorker(dataset: Dataset, list: ListFiles): void {
  const service = getLanguageService({ dataset, readOnce: true });
  let uris: string[] = [];
  let next = 0;
  let maxBytes = 0;
  process.on('disconnect', () => process.exit(0));
  const batch = () => {
    const results: { uri: string; packed?: PackedSites }[] = [];
    for (const uri of uris.slice(next, next + batchSize)) {
      let packed: PackedSites | undefined;
      try {
        const text = readIndexable(uri, maxBytes);
        if (text !== undefined) packed = packSites(service.statusSites(TextDocument.create(uri, '', 0, text)));
      } catch {
        packed = undefined; // a file the analysis fails on has no sites
      }
      service.forget(uri);
      results.push({ uri, packed });
    }
    next += results.length;
    process.send!({ results } satisfies ToParent);
  };
  process.on('message', (message: ToChild) => {
    if ('next' in message) {
      batch();
      return;
    }
    maxBytes = message.maxBytes;
    void list(message.folders, message.exclude).then((listed) => {
      uris = listed;
      process.send!({ listed } satisfies ToParent);
    }, () => process.exit(1));
  });
}

/**
 * Indexes the folders in a child process: `onFile` for each file with its packed sites (undefined: not
 * indexed); stops early when `cancelled()` says so. Resolves with the files listed, or undefined when
 * the child failed before the end (the caller then indexes by itself).
 */
export function indexInChildProcess(
  folders: readonly string[], exclude: readonly string[], maxBytes: number,
  onFile: (uri: string, packed: PackedSites | undefined) => void, cancelled: () => boolean, onListed?: (count: number) => void,
): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = fork(__filename, [indexWorkerFlag], {
        serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'], execArgv: [`--max-old-space-size=${workerHeapMb}`],
      });
    } catch {
      resolve(undefined);
      return;
    }
    try {
      // Background work: the scheduler gives a core to the server (and the editor) first.
      if (child.pid !== undefined) os.setPriority(child.pid, childPriority);
    } catch {
      // Not allowed here (some containers): the rests between batches still leave room.
    }
    let listed: string[] | undefined;
    let answered = 0;
    let askedAt = 0;
    let done = false;
    const finish = (result: string[] | undefined) => {
      if (done) return;
      done = true;
      if (child.connected) child.disconnect(); // the child exits when its channel closes
      resolve(result);
    };
    const ask = () => {
      if (cancelled()) return finish(listed);
      if (listed && answered >= listed.length) return finish(listed);
      askedAt = Date.now();
      child.send({ next: true } satisfies ToChild);
    };
    child.on('message', (message: ToParent) => {
      if (done) return;
      if ('listed' in message) {
        listed = message.listed;
        onListed?.(listed.length);
        ask();
        return;
      }
      for (const { uri, packed } of message.results) onFile(uri, packed);
      answered += message.results.length;
      setTimeout(ask, Math.min(200, (Date.now() - askedAt) * restPerWork));
    });
    const failed = () => finish(undefined);
    child.on('error', failed);
    child.on('exit', failed);
    child.send({ folders: [...folders], exclude: [...exclude], maxBytes } satisfies ToChild);
  });
}

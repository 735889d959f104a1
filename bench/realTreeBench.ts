// Figures 1r, 7c, 7d (issue 21): `scan` on real code — the full sources of the packages issue 14 lists
// (fetched by scripts/realCorpus.mjs, pinned by version) — against a grep pass for 3-digit numbers over
// the same files in the same run; the same tree with two worker threads; the scan's peak memory. 7e
// (information): two one-job scans of half the tree each, at once — the ceiling of 7c on this machine.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildDir, root } from './build';
import { Figure, now, rssMB, round, unmeasured } from './measure';

const cacheRoot = path.join(root, '.cache', 'real-corpus');
/** A copy outside the working tree: the project's .gitignore ignores .cache/, and scan honours it. */
const treeDir = path.join(buildDir, 'real-tree');

function manifestStamp(): string {
  return fs.readFileSync(path.join(root, 'test', 'fixtures', 'real', 'manifest.json'), 'utf8').length.toString();
}

function ensureTree(): string {
  const marker = path.join(treeDir, '.complete');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === manifestStamp()) return treeDir;
  const fetched = spawnSync(process.execPath, [path.join(root, 'scripts', 'realCorpus.mjs'), 'packages'], { cwd: root, encoding: 'utf8' });
  if (fetched.status !== 0) throw new Error(`could not fetch the packages: ${fetched.stderr.trim().split('\n').pop()}`);
  fs.rmSync(treeDir, { recursive: true, force: true });
  fs.cpSync(cacheRoot, treeDir, { recursive: true });
  fs.writeFileSync(marker, manifestStamp());
  return treeDir;
}

interface Run { ms: number; peakMB: number; stdout: string; status: number | null }

/** Runs the CLI, sampling its resident memory (worker threads included) every 10 ms. */
function runScan(cliJs: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t = now();
    const child = spawn(process.execPath, [cliJs, 'scan', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let peakMB = 0;
    const sample = setInterval(() => {
      try {
        const mb = rssMB(child.pid!);
        if (Number.isFinite(mb)) peakMB = Math.max(peakMB, mb); // a process that is exiting has no VmRSS line
      } catch { /* exited */ }
    }, 10);
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sample);
      resolve({ ms: now() - t, peakMB, stdout: Buffer.concat(chunks).toString('utf8'), status });
    });
  });
}

/** `grep -rIcE '[0-9]{3}'` over exactly the files scan read, in batches that fit a command line. */
function grepMs(files: string[]): number {
  const t = now();
  for (let i = 0; i < files.length; i += 1000) {
    const r = spawnSync('grep', ['-IcE', '[0-9]{3}', ...files.slice(i, i + 1000)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`grep failed: ${r.stderr}`);
  }
  return now() - t;
}

/** Every file under `dir`, walked as plain files. */
function allFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...allFiles(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/**
 * Two `scan --jobs 1` processes, each over half the tree (by bytes read), started together: nothing
 * shared, nothing to coordinate — the most a scan split in two can gain on this machine (figure 7e).
 */
async function bestSplit(cliJs: string, dir: string, sizes: ReadonlyMap<string, number>): Promise<{ ms: number; halvesMB: number[] }> {
  // Shared out by folders four levels down (npm/next@16.5.0/dist/compiled), or files above them: small
  // enough pieces for the halves to be even (one package is a third of the tree), few enough to name.
  const bytesOf = new Map<string, number>();
  for (const [file, size] of sizes) {
    const piece = path.join(dir, ...path.relative(dir, file).split(path.sep).slice(0, 4));
    bytesOf.set(piece, (bytesOf.get(piece) ?? 0) + size);
  }
  const halves: { paths: string[]; bytes: number }[] = [{ paths: [], bytes: 0 }, { paths: [], bytes: 0 }];
  for (const [piece, bytes] of [...bytesOf].sort((a, b) => b[1] - a[1])) {
    const lighter = halves[0].bytes <= halves[1].bytes ? halves[0] : halves[1];
    lighter.paths.push(piece);
    lighter.bytes += bytes;
  }
  const once = async () => {
    const t = now();
    const runs = await Promise.all(halves.map((half) => runScan(cliJs, ['--format', 'json', '--jobs', '1', ...half.paths])));
    if (runs.some((r) => r.status !== 0 && r.status !== 1)) throw new Error('a scan of half the tree failed');
    return now() - t;
  };
  return { ms: Math.min(await once(), await once()), halvesMB: halves.map((h) => round(h.bytes / 1048576, 1)) };
}

export async function realTreeScan(cliJs: string): Promise<Figure[]> {
  const names = {
    r: 'scan --jobs 1 of real package sources vs grep -rIcE over the same files', c: 'the same scan, --jobs 2 vs --jobs 1', d: 'scan peak memory on that tree (--jobs 2)',
    e: 'two --jobs 1 scans of the tree\'s halves at once vs one of the whole',
  };
  let dir: string;
  try {
    dir = ensureTree();
  } catch (error) {
    const note = (error as Error).message;
    return [
      unmeasured('1r', names.r, '≤ 8×', note), unmeasured('7c', names.c, '≥ 1.7×', note), unmeasured('7d', names.d, '≤ 150 MB', note),
      unmeasured('7e', names.e, 'information', note),
    ];
  }
  const first = await runScan(cliJs, ['--format', 'json', '--jobs', '1', dir]);
  if (first.status !== 0 && first.status !== 1) throw new Error('scan of the real tree failed');
  const report = JSON.parse(first.stdout) as { files: number; skipped: { file: string }[]; errors: { file: string }[] };
  // What scan left out: files, and folders it did not enter (named with a trailing slash).
  const left = [...report.skipped, ...report.errors].map((s) => s.file);
  const leftFiles = new Set(left.filter((f) => !f.endsWith('/')).map((f) => path.resolve(f)));
  const leftFolders = left.filter((f) => f.endsWith('/')).map((f) => `${path.resolve(f)}/`);
  const read = allFiles(dir).filter((f) => !leftFiles.has(f) && !leftFolders.some((folder) => f.startsWith(folder)));
  const sizes = new Map(read.map((f) => [f, fs.statSync(f).size]));
  let bytes = 0;
  for (const size of sizes.values()) bytes += size;

  const best = async (jobs: string) => {
    const runs = [await runScan(cliJs, ['--format', 'json', '--jobs', jobs, dir]), await runScan(cliJs, ['--format', 'json', '--jobs', jobs, dir])];
    return { ms: Math.min(...runs.map((r) => r.ms)), peakMB: Math.max(...runs.map((r) => r.peakMB)) };
  };
  const one = await best('1');
  const two = await best('2');
  const split = await bestSplit(cliJs, dir, sizes);
  grepMs(read); // warm
  const grep = Math.min(grepMs(read), grepMs(read));
  const tree = { files: read.length, scanReports: report.files, MB: round(bytes / 1048576, 1) };
  return [
    { id: '1r', name: names.r, value: round(one.ms / grep), unit: '×', target: '≤ 8×', pass: one.ms / grep <= 8, detail: { ...tree, scanMs: round(one.ms), grepMs: round(grep) } },
    { id: '7c', name: names.c, value: round(one.ms / two.ms), unit: '×', target: '≥ 1.7×', pass: one.ms / two.ms >= 1.7, detail: { oneJobMs: round(one.ms), twoJobsMs: round(two.ms) } },
    { id: '7d', name: names.d, value: round(two.peakMB, 1), unit: 'MB', target: '≤ 150 MB', pass: two.peakMB <= 150, detail: { oneJobPeakMB: round(one.peakMB, 1), twoJobsPeakMB: round(two.peakMB, 1) } },
    {
      id: '7e', name: names.e, value: round(one.ms / split.ms), unit: '×', target: 'information', pass: true,
      note: 'what any split of the scan in two gets on this machine: the ceiling of 7c',
      detail: { oneJobMs: round(one.ms), bothHalvesMs: round(split.ms), halvesMB: split.halvesMB },
    },
  ];
}

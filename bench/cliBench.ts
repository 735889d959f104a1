// Figure 7: `http-status-lens scan` of a generated 10,000-file tree against the same analysis run
// file by file in a loop — the CLI started once per file, as `find … -exec http-status-lens scan {}`
// would (timed on an evenly spread sample and scaled to the whole tree, since 10,000 process starts
// would take minutes). Figure 7b reports whether the worker threads pay: the same scan with one job.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildDir } from './build';
import { generateText, loadSnippets, mixedLanguages, seededRandom } from './corpus';
import { Figure, now, ratioFigure, round, unmeasured } from './measure';

const fileCount = 10_000;
const treeVersion = 'v1';
const extensions: Record<string, string> = { javascript: 'js', typescript: 'ts', python: 'py', go: 'go', java: 'java', yaml: 'yaml' };

/** 100 folders × 100 files of 0.5–4 KB, the same bytes on every run; rebuilt only when missing. */
export function generateTree(): { dir: string; files: string[] } {
  const dir = path.join(buildDir, `tree-${fileCount}`);
  const marker = path.join(dir, '.complete');
  const files: string[] = [];
  const random = seededRandom(77);
  const snippets = fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === treeVersion ? undefined : loadSnippets();
  if (snippets) fs.rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < fileCount; i++) {
    const language = mixedLanguages[i % mixedLanguages.length];
    const file = path.join(dir, `pkg${String(Math.floor(i / 100)).padStart(3, '0')}`, `file${i}.${extensions[language]}`);
    const bytes = 512 + Math.floor(random() * 3584);
    if (snippets) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, generateText(language, bytes, 1000 + i, snippets));
    }
    files.push(file);
  }
  if (snippets) fs.writeFileSync(marker, treeVersion);
  return { dir, files };
}

function runCli(cliJs: string, args: string[]): { ms: number; status: number | null; stdout: string; stderr: string } {
  const t = now();
  const result = spawnSync(process.execPath, [cliJs, 'scan', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return { ms: now() - t, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** scan exits 0 (no findings) or 1 (findings); anything else is a failure. */
const ok = (status: number | null) => status === 0 || status === 1;

export function cliScan(cliJs: string): Figure[] {
  const name = `scan of a ${fileCount}-file tree vs the CLI run file by file in a loop`;
  const help = spawnSync(process.execPath, [cliJs, 'scan', '--help'], { encoding: 'utf8' });
  const probe = runCli(cliJs, ['--format', 'json', path.join(__dirname, 'corpus.ts')]);
  if (!ok(probe.status) || !isJson(probe.stdout)) return [unmeasured('7', name, '≥ 3×', `scan does not run yet: ${probe.stderr.trim().split('\n')[0]}`)];
  const { dir, files } = generateTree();
  const sample = files.filter((_, i) => i % 100 === 0);
  const loop = (): number => sample.reduce((ms, file) => {
    const r = runCli(cliJs, ['--format', 'json', file]);
    if (!ok(r.status)) throw new Error(`scan ${file} failed: ${r.stderr}`);
    return ms + r.ms;
  }, 0) * (files.length / sample.length);
  const tree = (extra: string[] = []): number => {
    const r = runCli(cliJs, ['--format', 'json', ...extra, dir]);
    if (!ok(r.status)) throw new Error(`scan of the tree failed: ${r.stderr}`);
    return r.ms;
  };
  tree(); // warm the file cache
  const treeMs = Math.min(tree(), tree());
  const loopMs = loop();
  const figures = [{
    ...ratioFigure('7', name, loopMs / treeMs, 0, { treeMs: round(treeMs), loopMsExtrapolated: round(loopMs), sampledFiles: sample.length }),
    target: '≥ 3×', pass: loopMs / treeMs >= 3,
  }];
  if (/--jobs/.test(help.stdout)) {
    const oneJobMs = Math.min(tree(['--jobs', '1']), tree(['--jobs', '1']));
    figures.push({
      ...ratioFigure('7b', 'scan with worker threads vs one job (both cores where it pays)', oneJobMs / treeMs, 0, {
        treeMs: round(treeMs), oneJobMs: round(oneJobMs),
      }),
      target: '≥ 1×', pass: oneJobMs / treeMs >= 1,
    });
  }
  return figures;
}

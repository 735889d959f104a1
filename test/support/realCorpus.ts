// Reads the real-code corpus (test/fixtures/real/, issue 14) for the tests: each pinned file from the
// cache that `node scripts/realCorpus.mjs fetch` fills (run here first when the cache lacks a file),
// verified by its sha256, with its labels turned into offsets as the corpus scorer wants them.
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { DetectionForm } from '../../server/src/service/detection/types';
import { Label, LabelledFile } from '../unit/detection/corpusScorer';

const root = path.resolve(__dirname, '..', '..');
export const realCorpusDir = path.join(root, 'test', 'fixtures', 'real');
const cacheRoot = path.join(root, '.cache', 'real-corpus');

export interface RealEntry {
  id: string;
  batch: string;
  ecosystem: string;
  source: { kind: 'npm' | 'deb' | 'own'; package: string; version: string };
  path: string;
  lines?: [number, number];
  sha256: string;
}

export interface RealManifest {
  packages: { kind: 'npm' | 'deb'; package: string; version: string }[];
  files: RealEntry[];
}

export function readRealManifest(): RealManifest {
  const manifest = JSON.parse(fs.readFileSync(path.join(realCorpusDir, 'manifest.json'), 'utf8')) as RealManifest;
  const batches = fs.readdirSync(realCorpusDir).filter((f) => /^files-[\w-]+\.json$/.test(f)).sort();
  manifest.files = batches.flatMap((f) => JSON.parse(fs.readFileSync(path.join(realCorpusDir, f), 'utf8')) as RealEntry[]);
  return manifest;
}

const safe = (name: string) => name.replace(/[^A-Za-z0-9._+-]/g, '_');

/** Where a package is unpacked (the same layout as scripts/realCorpus.mjs). */
export function realPackageDir(kind: string, pkg: string, version: string): string {
  return kind === 'own' ? path.join(realCorpusDir, 'own') : path.join(cacheRoot, kind, `${safe(pkg)}@${safe(version)}`);
}

function fileOf(entry: RealEntry): string {
  return path.join(realPackageDir(entry.source.kind, entry.source.package, entry.source.version), entry.path);
}

/** Fetches whatever the cache lacks (the test pipeline does this before the unit layer; here for a lone run). */
export function ensureRealCorpus(entries: readonly RealEntry[]): void {
  if (entries.every((e) => fs.existsSync(fileOf(e)))) return;
  execFileSync(process.execPath, [path.join(root, 'scripts', 'realCorpus.mjs'), 'fetch'], { stdio: 'inherit' });
}

/**
 * The whole file, verified against the pinned hash, and the offsets of its labelled line range: the file is
 * analysed whole (a slice would start inside a docstring or a call), only the range is scored.
 */
export function realText(entry: RealEntry): { text: string; scored: { start: number; end: number } } {
  const buffer = fs.readFileSync(fileOf(entry));
  const actual = createHash('sha256').update(buffer).digest('hex');
  if (actual !== entry.sha256) throw new Error(`${entry.id}: sha256 ${actual}, pinned ${entry.sha256} (${entry.source.package} ${entry.source.version} ${entry.path})`);
  const text = buffer.toString('utf8');
  if (!entry.lines) return { text, scored: { start: 0, end: text.length } };
  const offsetOfLine = (line: number) => {
    let at = 0;
    for (let n = 1; n < line && at >= 0; n++) at = text.indexOf('\n', at) + 1 || -1;
    return at < 0 ? text.length : at;
  };
  const start = offsetOfLine(entry.lines[0]);
  const next = offsetOfLine(entry.lines[1] + 1);
  return { text, scored: { start, end: next } };
}

/** A label line: `<line> <token> [#<n>] [= <code>] [~<form>]` (test/fixtures/real/README.md). */
const labelLine = /^(\d+)\s+(\S+)(?:\s+#(\d+))?(?:\s*=\s*(\d{3}))?(?:\s+~(literal|string|constant|symbol))?\s*$/;

function isWord(c: string | undefined): boolean {
  return c !== undefined && /\w/.test(c);
}

/** Offsets of the labels of `entry` in `text` (throws on a label that does not fit its line: a typo). */
export function parseRealLabels(entry: RealEntry, text: string, labelsText: string): Label[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const first = 1;
  const labels: Label[] = [];
  labelsText.split('\n').forEach((raw, k) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = labelLine.exec(line);
    if (!m) throw new Error(`labels/${entry.id}.txt:${k + 1}: not a label: ${raw}`);
    const [, lineNo, token, nth, codeText, forced] = m;
    const index = Number(lineNo) - first;
    if (index < 0 || index >= lineStarts.length || (entry.lines && (Number(lineNo) < entry.lines[0] || Number(lineNo) > entry.lines[1]))) {
      throw new Error(`labels/${entry.id}.txt:${k + 1}: line ${lineNo} is outside the file's labelled lines`);
    }
    const start = lineStarts[index];
    const end = index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : text.length;
    const lineText = text.slice(start, end);
    let at = -1;
    let seen = 0;
    for (let i = lineText.indexOf(token); i >= 0; i = lineText.indexOf(token, i + 1)) {
      const boundedBefore = !isWord(token[0]) || !isWord(lineText[i - 1]);
      const boundedAfter = !isWord(token[token.length - 1]) || !isWord(lineText[i + token.length]);
      if (boundedBefore && boundedAfter && ++seen === Number(nth ?? 1)) { at = i; break; }
    }
    if (at < 0) throw new Error(`labels/${entry.id}.txt:${k + 1}: '${token}'${nth ? ` #${nth}` : ''} is not on line ${lineNo}: ${lineText.trim().slice(0, 120)}`);
    const code = Number(codeText ?? token);
    if (!Number.isInteger(code) || code < 100 || code > 999) throw new Error(`labels/${entry.id}.txt:${k + 1}: '${token}' needs '= <code>'`);
    const before = lineText.slice(0, at);
    const form: DetectionForm = (forced as DetectionForm | undefined)
      ?? (token.startsWith(':') ? 'symbol'
        : /^\d{3}$/.test(token) ? (/['"`]$/.test(before) || /HTTP\/[\d.]+ $/.test(before) ? 'string' : 'literal')
          : 'constant');
    labels.push({ start: start + at, end: start + at + token.length, code, form });
  });
  return labels;
}

/**
 * Every labelled file of the corpus, ready for `scoreCorpus`. `REAL_CORPUS_BATCHES=a,b` scores those
 * batches only (a new batch's first blind score is measured on its own).
 */
export function loadRealCorpus(): { entries: RealEntry[]; files: LabelledFile[] } {
  const only = process.env.REAL_CORPUS_BATCHES?.split(',').map((b) => b.trim());
  const entries = readRealManifest().files.filter((e) => !only || only.includes(e.batch));
  ensureRealCorpus(entries);
  const files = entries.map((entry) => {
    const { text, scored } = realText(entry);
    const labelsFile = path.join(realCorpusDir, 'labels', `${entry.id}.txt`);
    const labels = parseRealLabels(entry, text, fs.readFileSync(labelsFile, 'utf8'));
    // The scorer detects by file name: the path as in the package (extensionless site files included).
    return { file: `${entry.id}/${entry.path}`, ecosystem: entry.ecosystem, text, labels, scored };
  });
  return { entries, files };
}

// Scores findStatusCodes against the labelled corpus in test/fixtures/corpus (format: its README.md).
import * as fs from 'fs';
import * as path from 'path';
import { findStatusCodes } from '../../../server/src/service/detection/findStatusCodes';
import { Detection, DetectionForm } from '../../../server/src/service/detection/types';

export interface Label {
  start: number;
  end: number;
  code: number;
  form: DetectionForm;
}

export interface LabelledFile {
  file: string;
  ecosystem: string;
  text: string;
  labels: Label[];
  /** Only detections in [start, end) are scored: the labelled part of a bigger file analysed whole. */
  scored?: { start: number; end: number };
}

/** Removes «…» markers and returns the plain text with the labels they made. */
export function parseLabelled(marked: string): { text: string; labels: Label[] } {
  let text = '';
  const labels: Label[] = [];
  let i = 0;
  for (;;) {
    const open = marked.indexOf('«', i);
    if (open < 0) { text += marked.slice(i); break; }
    const close = marked.indexOf('»', open);
    if (close < 0) throw new Error(`unclosed « at ${open}`);
    text += marked.slice(i, open);
    let body = marked.slice(open + 1, close);
    let form: DetectionForm | undefined;
    const tilde = body.lastIndexOf('~');
    if (tilde > 0) { form = body.slice(tilde + 1) as DetectionForm; body = body.slice(0, tilde); }
    const eq = body.lastIndexOf('=');
    const shown = eq > 0 ? body.slice(0, eq) : body;
    const code = Number(eq > 0 ? body.slice(eq + 1) : body);
    if (!Number.isInteger(code)) throw new Error(`bad label «${body}»`);
    const start = text.length;
    text += shown;
    if (!form) {
      const before = text[start - 1];
      if (shown.startsWith(':')) form = 'symbol';
      else if (/^\d{3}$/.test(shown)) form = before === '"' || before === "'" || /HTTP\/[\d.]+ $/.test(text.slice(Math.max(0, start - 12), start)) ? 'string' : 'literal';
      else form = 'constant';
    }
    labels.push({ start, end: text.length, code, form });
    i = close + 1;
  }
  return { text, labels };
}

export function loadCorpus(root: string): LabelledFile[] {
  const files: LabelledFile[] = [];
  for (const ecosystem of fs.readdirSync(root).sort()) {
    const dir = path.join(root, ecosystem);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      const { text, labels } = parseLabelled(fs.readFileSync(file, 'utf8'));
      files.push({ file: path.relative(root, file), ecosystem, text, labels });
    }
  }
  return files;
}

export interface Tally { tp: number; fp: number; fn: number }

export interface Score {
  overall: Tally;
  byForm: Record<string, Tally>;
  byEcosystem: Record<string, Tally>;
  falsePositives: string[];
  falseNegatives: string[];
}

const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

export function scoreCorpus(files: LabelledFile[], detect: (f: LabelledFile) => Detection[] = (f) => findStatusCodes(f.text, '', f.file)): Score {
  const score: Score = { overall: empty(), byForm: {}, byEcosystem: {}, falsePositives: [], falseNegatives: [] };
  const add = (key: 'tp' | 'fp' | 'fn', form: string, ecosystem: string) => {
    score.overall[key]++;
    (score.byForm[form] ??= empty())[key]++;
    (score.byEcosystem[ecosystem] ??= empty())[key]++;
  };
  for (const f of files) {
    const detections = f.scored ? detect(f).filter((d) => d.start >= f.scored!.start && d.end <= f.scored!.end) : detect(f);
    const matched = new Set<Label>();
    const where = (offset: number) => {
      const before = f.text.slice(0, offset);
      const line = before.split('\n').length;
      return `${f.file}:${line}:${offset - before.lastIndexOf('\n')}`;
    };
    for (const d of detections) {
      const label = f.labels.find((l) => !matched.has(l) && l.code === d.code && l.start < d.end && d.start < l.end);
      if (label) { matched.add(label); add('tp', label.form, f.ecosystem); }
      else { add('fp', d.form, f.ecosystem); score.falsePositives.push(`${where(d.start)} ${d.code} ${JSON.stringify(d.text)} (${d.context})`); }
    }
    for (const l of f.labels) {
      if (!matched.has(l)) { add('fn', l.form, f.ecosystem); score.falseNegatives.push(`${where(l.start)} ${l.code} ${JSON.stringify(f.text.slice(l.start, l.end))}`); }
    }
  }
  return score;
}

export const precision = (t: Tally) => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
export const recall = (t: Tally) => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));

export function formatScore(score: Score): string {
  const row = (name: string, t: Tally) =>
    `${name.padEnd(12)} P ${(precision(t) * 100).toFixed(1).padStart(5)}%  R ${(recall(t) * 100).toFixed(1).padStart(5)}%  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
  return [
    row('overall', score.overall),
    '-- by form',
    ...Object.entries(score.byForm).sort().map(([k, t]) => row(k, t)),
    '-- by ecosystem',
    ...Object.entries(score.byEcosystem).sort().map(([k, t]) => row(k, t)),
  ].join('\n');
}

// Test helpers: write the expected status codes inline as ⟦404⟧; `marked` strips the marks and returns
// the text with the expected [start, end) ranges, so a test reads like the log it checks.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Detection } from '../../../server/src/service/detection/types';

export interface Marked {
  text: string;
  ranges: { start: number; end: number; text: string }[];
}

export function marked(source: string): Marked {
  let text = '';
  const ranges: Marked['ranges'] = [];
  let start = -1;
  for (const ch of source) {
    if (ch === '⟦') start = text.length;
    else if (ch === '⟧') {
      ranges.push({ start, end: text.length, text: text.slice(start, text.length) });
      start = -1;
    } else text += ch;
  }
  return { text, ranges };
}

/** Asserts that exactly the marked ranges were detected (no more, no fewer). */
export function assertDetects(detections: Detection[], expected: Marked): void {
  const got = detections.map((d) => `${d.start}:${expected.text.slice(d.start, d.end)}`);
  const want = expected.ranges.map((r) => `${r.start}:${r.text}`);
  assert.deepStrictEqual(got, want, `detected ${JSON.stringify(detections.map((d) => lineAround(expected.text, d.start)))}`);
  for (const d of detections) assert.strictEqual(String(d.code), d.text, 'the detection text is the code as written');
}

function lineAround(text: string, offset: number): string {
  const from = text.lastIndexOf('\n', offset) + 1;
  const to = text.indexOf('\n', offset);
  const line = text.slice(from, to < 0 ? undefined : to);
  return `${line.slice(0, offset - from)}⟦${line.slice(offset - from)}`;
}

export function fixture(name: string): string {
  return fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'logs', name), 'utf8');
}

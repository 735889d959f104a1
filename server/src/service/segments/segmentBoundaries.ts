// Where a big source file splits into segments that are analysed on their own (issue 8, typing).
//
// A segment starts at a top-level line (column 0, after a blank line) at least `minSegmentLength`
// after the start of the segment before it, and only where the segment before ends outside any
// string, comment or bracket — so a boundary never cuts a template literal, a docstring or a table
// of test cases in two. Both rules look only forward from a segment's start: splitting again from
// any boundary gives the boundaries a split of the whole text gives, which is what lets a new version
// re-split only the edited stretch and keep the rest.
import { LanguageFamily } from '../detection/languages';

/** Smaller documents are one segment: analysed exactly as a whole, as before segmentation existed. */
export const segmentedMinLength = 64 * 1024;

/**
 * A segment holds at least this much (unless the file ends first): a few functions, not one line. What a
 * keystroke re-analyses (issue 21: 4 KB gave a 1 MB file ~0.3 ms more a keystroke, and the same results
 * on the real tree's 276 big files).
 */
const minSegmentLength = 2048;

/**
 * Code families only: their look-around is local to a declaration. YAML/JSON (OpenAPI trees), nginx
 * blocks and logs read structure across the file, and PHP mixes templates with code.
 */
const segmentedFamilies = new Set<LanguageFamily>(['javascript', 'python', 'go', 'java', 'csharp', 'ruby', 'rust']);

export function isSegmented(text: string, family: LanguageFamily): boolean {
  return text.length >= segmentedMinLength && segmentedFamilies.has(family);
}

/** A column-0 line that starts a declaration, a statement, a decorator or a comment, after a blank line. */
const candidate = /\n[ \t]*\n(?=[A-Za-z_$@#/[])/g;

/** The top-level line starts in [from, to), in order, `from` first (a boundary, or the start of the text). */
export function pieceStarts(text: string, from = 0, to = text.length): number[] {
  const starts = [from];
  candidate.lastIndex = from;
  for (let m = candidate.exec(text); m; m = candidate.exec(text)) {
    const at = m.index + m[0].length;
    if (at >= to) break;
    if (at > from) starts.push(at);
  }
  return starts;
}

/** Code, string and comment syntax for the neutrality scan, per family. */
const scanners = new Map<LanguageFamily, RegExp>();

function scannerOf(family: LanguageFamily): RegExp {
  let re = scanners.get(family);
  if (re) return re;
  const slash = family !== 'python' && family !== 'ruby';
  const hash = family === 'python' || family === 'ruby';
  const parts: string[] = [];
  if (slash) parts.push(String.raw`\/\/[^\n]*`, String.raw`\/\*[\s\S]*?(?:\*\/|$(?![\s\S]))`);
  if (hash) parts.push(String.raw`#[^\n]*`);
  if (family === 'python' || family === 'java' || family === 'csharp') {
    parts.push(String.raw`"""[\s\S]*?(?:"""|$(?![\s\S]))`, String.raw`'''[\s\S]*?(?:'''|$(?![\s\S]))`);
  }
  if (family === 'ruby') parts.push(String.raw`^=begin\b[\s\S]*?(?:^=end\b|$(?![\s\S]))`);
  // Single-line strings end at the line's end when unterminated: a stray apostrophe costs one line.
  parts.push(String.raw`"[^"\\\n]*(?:\\[\s\S][^"\\\n]*)*"?`);
  if (family === 'rust') parts.push(String.raw`'(?:[^'\\\n]|\\[^'\n]{1,10})'`);
  else parts.push(String.raw`'[^'\\\n]*(?:\\[\s\S][^'\\\n]*)*'?`);
  if (family === 'javascript' || family === 'go') parts.push(String.raw`\x60[^\x60\\]*(?:\\[\s\S][^\x60\\]*)*(?:\x60|$(?![\s\S]))`);
  parts.push(String.raw`[()[\]{}]`);
  re = new RegExp(parts.join('|'), 'gm');
  scanners.set(family, re);
  return re;
}

/**
 * The index `j > i` of the first line start at least `minSegmentLength` after `starts[i]` that lies in
 * code at bracket depth 0 (outside every string, comment and bracket), scanning from `starts[i]` in
 * code; `starts.length - 1` (the end of the text) when none does. One linear scan.
 */
export function firstNeutralBoundary(text: string, family: LanguageFamily, starts: readonly number[], i: number): number {
  const last = starts.length - 1;
  const re = scannerOf(family);
  re.lastIndex = starts[i];
  let depth = 0;
  const minEnd = starts[i] + minSegmentLength;
  let j = i + 1;
  while (j < last && starts[j] < minEnd) j++;
  // Where the last token ended: a boundary before it lay inside that token (a template, a block comment).
  let codeFrom = starts[i];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    while (j < last && starts[j] <= m.index) {
      if (depth === 0 && starts[j] >= codeFrom) return j;
      j++;
    }
    if (j >= last) return last;
    const c = m[0].charCodeAt(0);
    if (m[0].length === 1 && (c === 40 || c === 91 || c === 123)) depth++;
    else if (m[0].length === 1 && (c === 41 || c === 93 || c === 125)) depth = Math.max(0, depth - 1);
    codeFrom = m.index + m[0].length;
  }
  for (; j < last; j++) if (depth === 0 && starts[j] >= codeFrom) return j;
  return last;
}

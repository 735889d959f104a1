// Local look-around in the text: lines, statements, blocks and calls near a status code.
// Heuristic by design — the rules use it to decide "what surrounds this code", and a fix is only
// offered when the shape is recognised exactly.
import { LanguageFamily } from '../detection/languages';
import { blankOut, isRegExpSpace } from '../detection/textScan';

const hashComments = new Set<LanguageFamily>(['python', 'ruby', 'yaml', 'nginx', 'php']);
const slashComments = new Set<LanguageFamily>(['javascript', 'go', 'java', 'csharp', 'php', 'rust', 'json']);

/**
 * The text with comments and string contents replaced by spaces (quotes kept, newlines kept,
 * same length), so brackets and keywords in them do not confuse the scanners.
 */
export function maskNonCode(text: string, family: LanguageFamily, keepStrings = false): string {
  const masks = maskBoth(text, family, !keepStrings);
  return keepStrings ? masks.uncommented : masks.masked!;
}

/** Where a comment or a string may start, by comment syntax: every other character is copied as is. */
const tokenStarts = { both: /[/#"'`]/g, slash: /[/"'`]/g, hash: /[#"'`]/g, none: /["'`]/g };
/** What ends a one-line string's scan: its quote, an escape, or the line's end. */
const doubleQuoteStop = /["\\\n]/g;
const singleQuoteStop = /['\\\n]/g;

/**
 * Both masks from one scan (the rules need both: issue 8 found the scan done twice per validation):
 * `uncommented` has only comments blanked, `masked` string contents too (left out unless asked).
 * The scan jumps from one possible comment or string start to the next with a native search and
 * builds the masks from slices of the text and blanks (issue 8: 3× faster than a loop over every
 * character into a UTF-16 buffer).
 */
export function maskBoth(text: string, family: LanguageFamily, withStrings = true): { masked?: string; uncommented: string } {
  const last = lastMasks;
  if (withStrings && last && last.family === family && last.text === text) return last.masks;
  const masks = scanMasks(text, family, withStrings);
  if (withStrings) lastMasks = { text, family, masks };
  return masks;
}

/**
 * The last text's masks: detection (a status in a function named for statuses) and then the rules
 * ask for the same text's, one after the other. One entry, so it holds at most one text's worth.
 */
let lastMasks: { text: string; family: LanguageFamily; masks: { masked?: string; uncommented: string } } | undefined;

function scanMasks(text: string, family: LanguageFamily, withStrings: boolean): { masked?: string; uncommented: string } {
  const hash = hashComments.has(family);
  const slash = slashComments.has(family);
  const python = family === 'python';
  const php = family === 'php';
  const NL = 10, SLASH = 47, STAR = 42, HASH = 35, BRACKET = 91, BACKSLASH = 92;
  const SQ = 39, DQ = 34, BT = 96;
  const starts = hash && slash ? tokenStarts.both : slash ? tokenStarts.slash : hash ? tokenStarts.hash : tokenStarts.none;
  /** Spans to blank as [from, to, isString] triples, in text order. */
  const spans: number[] = [];
  const n = text.length;
  let i = 0;
  outer:
  while (i < n) {
    starts.lastIndex = i;
    if (!starts.test(text)) break;
    i = starts.lastIndex - 1;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if ((slash && c === SLASH && next === SLASH) || (hash && c === HASH && !(php && next === BRACKET))) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      spans.push(i, stop, 0);
      i = stop;
    } else if (slash && c === SLASH && next === STAR) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      spans.push(i, stop, 0);
      i = stop;
    } else if (python && (c === SQ || c === DQ) && next === c && text.charCodeAt(i + 2) === c) {
      const end = text.indexOf(c === SQ ? "'''" : '"""', i + 3);
      const stop = end < 0 ? n : end + 3;
      if (withStrings) spans.push(i + 3, stop - 3, 1);
      i = stop;
    } else if (c === BT) {
      const j = text.indexOf('`', i + 1);
      if (j < 0) { i++; continue; }
      if (withStrings) spans.push(i + 1, j, 1);
      i = j + 1;
    } else if (c === DQ || c === SQ) {
      const stopAt = c === DQ ? doubleQuoteStop : singleQuoteStop;
      let j = i + 1;
      for (;;) {
        stopAt.lastIndex = j;
        if (!stopAt.test(text)) { i++; continue outer; }
        const k = stopAt.lastIndex - 1;
        const ch = text.charCodeAt(k);
        if (ch === BACKSLASH) { j = k + 2; continue; }
        if (ch === NL) { i++; continue outer; }
        j = k;
        break;
      }
      if (withStrings) spans.push(i + 1, j, 1);
      i = j + 1;
    } else {
      i++;
    }
  }
  const uncommented = blanked(text, spans, false);
  return withStrings ? { masked: blanked(text, spans, true), uncommented } : { uncommented };
}

/** The text with the spans blanked (string spans only when `strings`). */
function blanked(text: string, spans: number[], strings: boolean): string {
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < spans.length; k += 3) {
    if (spans[k + 2] === 1 && !strings) continue;
    const from = spans[k], to = spans[k + 1];
    if (to <= from) continue;
    parts.push(text.slice(at, from), blankOut(text, from, to));
    at = to;
  }
  if (at === 0) return text;
  parts.push(text.slice(at));
  return parts.join('');
}


/**
 * Lines are looked at through a window of this many characters either side: on a minified file
 * (one 5 MB line) every look-around stays bounded, so the rules stay linear in the text's length.
 */
const lineWindow = 1000;

export function lineStartAt(text: string, offset: number): number {
  const from = Math.max(0, offset - lineWindow);
  for (let k = offset - 1; k >= from; k--) if (text.charCodeAt(k) === 10) return k + 1;
  return from;
}

export function lineEndAt(text: string, offset: number): number {
  const to = Math.min(text.length, offset + lineWindow);
  for (let k = offset; k < to; k++) if (text.charCodeAt(k) === 10) return k;
  return to;
}

export function indentAt(text: string, offset: number): string {
  const start = lineStartAt(text, offset);
  const stop = Math.min(lineEndAt(text, offset), start + 200);
  let end = start;
  for (let c = text.charCodeAt(end); end < stop && (c === 32 || c === 9); c = text.charCodeAt(++end));
  return text.slice(start, end);
}

/** The line's text from its first non-blank character. */
function lineBody(text: string, lineStart: number): string {
  return text.slice(lineStart, lineEndAt(text, lineStart)).trim();
}

/**
 * Where the statement holding `offset` begins: the first non-blank character of its first line.
 * A line that starts with `.`, `)` or `,`, or follows a line ending in an operator, `(`, `,` or `\`,
 * continues the line above.
 */
export function statementStart(masked: string, offset: number): number {
  // Read by character codes, not by slicing and trimming lines for regexes (issue 8: once per response site).
  let start = lineStartAt(masked, offset);
  for (let guard = 0; guard < 30 && start > 0; guard++) {
    const bodyEnd = lineEndAt(masked, start);
    const first = firstNonBlank(masked, start, bodyEnd);
    const prevStart = lineStartAt(masked, start - 1);
    const prevEnd = lineEndAt(masked, prevStart);
    const prevFirst = firstNonBlank(masked, prevStart, prevEnd);
    let continues = false;
    if (first >= 0) {
      // The line starts with `.`, `)`, `,`, `]`, `?` or `:`, but not `:word` (a Ruby symbol).
      const c = masked.charCodeAt(first);
      continues = (c === 46 || c === 41 || c === 44 || c === 93 || c === 63 || c === 58)
        && !(c === 58 && first + 1 < bodyEnd && isWordCode(masked.charCodeAt(first + 1)));
    }
    if (!continues && prevFirst >= 0 && endsContinued(masked, prevFirst, prevEnd)) {
      // The line above ends with an operator, `(`, `,`, `[`, `\`, `.` or `=>`, and is no `case`/`default` label.
      let last = prevEnd - 1;
      while (isRegExpSpace(masked.charCodeAt(last))) last--;
      continues = !startsWithWord(masked, prevFirst, last, 'case') && !startsWithWord(masked, prevFirst, last, 'default');
    }
    if (!continues || prevFirst < 0) break;
    start = prevStart;
  }
  let k = start;
  while (masked.charCodeAt(k) === 32 || masked.charCodeAt(k) === 9) k++;
  return k;
}

/** The first offset in text[from, to) that is not `\s`, or -1. */
function firstNonBlank(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (!isRegExpSpace(text.charCodeAt(k))) return k;
  return -1;
}

/** Whether text[from, last] starts with `word` followed by a non-word character or its end (`/^word\b/`). */
function startsWithWord(text: string, from: number, last: number, word: string): boolean {
  const after = from + word.length;
  return text.startsWith(word, from) && (after > last || !isWordCode(text.charCodeAt(after)));
}

/** `\w`, by character code. */
const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** The end of the statement holding `offset`: end of its last line, following `.chain` continuation lines. */
export function statementEnd(masked: string, offset: number): number {
  // By character codes, like statementStart (issue 8).
  let end = lineEndAt(masked, offset);
  let depth = 0;
  for (let k = lineStartAt(masked, offset); k < end; k++) depth += bracketDelta(masked.charCodeAt(k));
  for (let guard = 0; guard < 30 && end < masked.length; guard++) {
    const nextStart = end + 1;
    const nextEnd = lineEndAt(masked, nextStart);
    if (!(depth > 0 || startsContinuation(masked, nextStart, nextEnd) || endsContinued(masked, lineStartAt(masked, end), end))) break;
    for (let k = nextStart; k < nextEnd; k++) depth += bracketDelta(masked.charCodeAt(k));
    end = nextEnd;
  }
  return end;
}

/** Whether text[from, to) trimmed starts with `.`, `)`, `]` or `->` (`/^(?:[.)\]]|->)/`). */
function startsContinuation(text: string, from: number, to: number): boolean {
  const first = firstNonBlank(text, from, to);
  const c = first < 0 ? 0 : text.charCodeAt(first);
  // `.chain`, `)`, `]`, and PHP's `->chain`.
  return c === 46 || c === 41 || c === 93 || (c === 45 && text.charCodeAt(first + 1) === 62);
}

/** Whether text[from, to) trimmed ends with an operator, `(`, `,`, `[`, `\`, `.` or `=>` (`/(?:[(,[=+\-*\/|&\\]|=>|\.)$/`). */
function endsContinued(text: string, from: number, to: number): boolean {
  let last = to - 1;
  while (last >= from && isRegExpSpace(text.charCodeAt(last))) last--;
  if (last < from) return false;
  const c = text.charCodeAt(last);
  return c === 40 || c === 44 || c === 91 || c === 61 || c === 43 || c === 45 || c === 42 || c === 47 || c === 124
    || c === 38 || c === 92 || c === 46 || (c === 62 && last > from && text.charCodeAt(last - 1) === 61);
}

function bracketDelta(c: number): number {
  return c === 40 || c === 91 || c === 123 ? 1 : c === 41 || c === 93 || c === 125 ? -1 : 0;
}

/** The unmatched opening bracket before `offset` (within `limit` characters), or -1. */
export function openBracketBefore(masked: string, offset: number, open = '(', limit = 2000): number {
  const close = open === '(' ? ')' : open === '{' ? '}' : ']';
  let depth = 0;
  for (let k = offset - 1; k >= 0 && k >= offset - limit; k--) {
    const c = masked[k];
    if (c === close) depth++;
    else if (c === open) {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

/** The bracket closing the one opened at `openAt`, or -1. */
export function matchingClose(masked: string, openAt: number, limit = 5000): number {
  const open = masked[openAt];
  const close = open === '(' ? ')' : open === '{' ? '}' : ']';
  let depth = 0;
  for (let k = openAt; k < masked.length && k < openAt + limit; k++) {
    const c = masked[k];
    if (c === open) depth++;
    else if (c === close) {
      depth--;
      if (depth === 0) return k;
    }
  }
  return -1;
}

export interface EnclosingCall {
  /** The callee as written: "res.status", "JSONResponse", "response()->json". */
  callee: string;
  calleeStart: number;
  open: number;
  close: number;
}

/** The callee before an argument list, as written, with a generic argument list between: `foo.bar<T> (`. */
const calleeHead = /((?:new\s+)?[A-Za-z_$@:][\w$@]*(?:(?:\.|->|::|\?\.)[A-Za-z_$][\w$]*|\(\))*)\s*(?:<[^<>()]*>)?\s*$/;

/**
 * No match of `calleeHead` ending at `open` starts before this offset (issue 8: the regex tried every
 * one of 200 starts, 13% of a validation). A match ends with spaces, before them a generic `<…>` when
 * the last other character is `>` (a callee never ends with `>`), and before that the callee, made of
 * word characters, `$@:.->?()` and (after `new`) spaces only: the first character outside those bounds it.
 * Starting the regex there gives the same match, since it reads nothing before where it starts.
 */
function calleeBound(masked: string, open: number): number {
  let k = open;
  while (k > 0 && isRegExpSpace(masked.charCodeAt(k - 1))) k--;
  if (k > 0 && masked.charCodeAt(k - 1) === 62 /* > */) {
    const lt = masked.lastIndexOf('<', k - 2);
    if (lt < 0) return 0;
    k = lt;
  }
  while (k > 0 && isCalleeCode(masked.charCodeAt(k - 1))) k--;
  return k;
}

/** Characters a callee can hold: `\w`, `$@:.-<>?()` and spaces. */
const isCalleeCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36
  || c === 64 || c === 58 || c === 46 || c === 45 || c === 62 || c === 63 || c === 40 || c === 41 || isRegExpSpace(c);

/** The call whose argument list holds `offset`. */
export function enclosingCall(masked: string, offset: number): EnclosingCall | undefined {
  const open = openBracketBefore(masked, offset, '(', 600);
  if (open < 0) return undefined;
  const close = matchingClose(masked, open);
  if (close < 0) return undefined;
  const head = calleeHead.exec(masked.slice(Math.max(0, open - 200, calleeBound(masked, open)), open));
  if (!head) return { callee: '', calleeStart: open, open, close };
  return { callee: head[1].replace(/\s+/g, ' '), calleeStart: open - head[0].length, open, close };
}

/**
 * Lines around `offset` that belong to the same piece of logic: the enclosing block (with the line
 * that opens it, where an `if (…)` condition usually sits), at most `maxLines` either side.
 */
export function surroundingRegion(text: string, masked: string, offset: number, family: LanguageFamily, maxLines = 8): { start: number; end: number } {
  const capStart = lineStartBack(text, offset, maxLines);
  const capEnd = lineEndForward(text, offset, maxLines);
  if (family === 'python' || family === 'ruby' || family === 'yaml' || family === 'nginx') {
    const indent = indentAt(text, offset).length;
    let start = lineStartAt(text, offset);
    while (start > capStart) {
      const prevStart = lineStartAt(text, start - 1);
      const body = lineBody(text, prevStart);
      start = prevStart;
      if (body !== '' && indentAt(text, prevStart).length < indent) break;
    }
    let end = lineEndAt(text, offset);
    while (end < capEnd) {
      const nextEnd = lineEndAt(text, end + 1);
      const body = text.slice(end + 1, nextEnd).trim();
      if (body !== '' && indentAt(text, end + 1).length < indent) break;
      end = nextEnd;
    }
    return { start, end };
  }
  // Skip object literals ({ status: 500 }): a block's brace ends its line or follows `)`, `=>`, `else`, `try`.
  let open = openBracketBefore(masked, offset, '{', 4000);
  while (open > 0 && !/(?:\)|=>|\belse|\btry|\bfinally|\bdo|^)\s*$/.test(masked.slice(lineStartAt(masked, open), open))
    && !/^\s*$/.test(masked.slice(open + 1, lineEndAt(masked, open)))) {
    open = openBracketBefore(masked, open, '{', 4000);
  }
  const start = open < 0 ? capStart : Math.max(capStart, lineStartAt(text, open));
  const close = open < 0 ? -1 : matchingClose(masked, open, 8000);
  const end = close < 0 ? capEnd : Math.min(capEnd, lineEndAt(text, close));
  return { start, end };
}

function lineStartBack(text: string, offset: number, lines: number): number {
  let start = lineStartAt(text, offset);
  for (let k = 0; k < lines && start > 0; k++) start = lineStartAt(text, start - 1);
  return start;
}

function lineEndForward(text: string, offset: number, lines: number): number {
  let end = lineEndAt(text, offset);
  for (let k = 0; k < lines && end < text.length; k++) end = lineEndAt(text, end + 1);
  return end;
}

/**
 * The handler region around a response: from up to `linesBack` lines before the statement (stopping at
 * a line less indented than the statement's block that starts a function) to the end of the statement.
 */
export function handlerRegion(text: string, masked: string, offset: number, linesBack = 25, linesAfter = 0): { start: number; end: number } {
  const stmt = statementStart(masked, offset);
  let end = statementEnd(masked, offset);
  if (linesAfter > 0) {
    // Up to `linesAfter` more lines, but not past the end of the enclosing block.
    const limit = lineEndForward(text, end, linesAfter);
    // The enclosing block's `}` is the first unmatched one after `offset` (the text between its `{` and
    // `offset` is balanced): with none before `limit`, the block cannot cut the region short, and the
    // scans for it (4,000 characters back, 8,000 ahead) are skipped (issue 8).
    if (firstUnmatchedClose(masked, offset, limit) < 0) {
      end = limit;
    } else {
      const open = openBracketBefore(masked, offset, '{', 4000);
      const close = open < 0 ? -1 : matchingClose(masked, open, 8000);
      end = close >= 0 ? Math.max(end, Math.min(limit, close)) : limit;
    }
  }
  return { start: Math.max(lineStartBack(text, stmt, linesBack), stmt - 20000), end };
}

/** The first `}` in masked[from, to) that closes a `{` opened before `from`, or -1. */
function firstUnmatchedClose(masked: string, from: number, to: number): number {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = masked.charCodeAt(k);
    if (c === 123) depth++;
    else if (c === 125 && depth-- === 0) return k;
  }
  return -1;
}

/** The last answer of isTestFile: every rule asks it for every segment of the same document. */
let lastTestFileAsk: { uri: string; answer: boolean } | undefined;

/** The word-like file path test: tests and specs may use 418 and friends freely. */
export function isTestFile(uri: string): boolean {
  if (lastTestFileAsk?.uri !== uri) lastTestFileAsk = { uri, answer: testFilePath(uri) };
  return lastTestFileAsk.answer;
}

function testFilePath(uri: string): boolean {
  const segments = decodeURIComponent(uri.replace(/^file:\/\//, '')).split(/[\\/]/);
  const name = segments.pop() ?? '';
  // A folder named exactly test/tests/spec/__tests__… (not ".vscode-test" or "my-test-app").
  if (segments.some((s) => /^(?:tests?|specs?|__tests__|__mocks__|testing|e2e)$/i.test(s))) return true;
  // `.test-d.ts` (tsd) and `.tst.ts` (TSTyche): type tests.
  return /^test_.*\.py$|_test\.(?:go|py)$|_spec\.rb$|\.(?:test|spec|test-d|tst)\.[cm]?[jt]sx?$|Tests?\.(?:java|kt|cs)$|Spec\.(?:groovy|kt)$/.test(name);
}

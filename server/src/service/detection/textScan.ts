// Small, allocation-free helpers for looking around a token in source text.
// Every backward or forward walk is bounded, so pathological input (a 5 MB minified line) stays linear.

export const LOOK_LIMIT = 320;

export function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c > 127;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

/** Whether `c` matches a regular expression's `\s`: for scanners that stand in for a `\s` pattern. */
export function isRegExpSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Index of the last non-whitespace character before `end`, or -1 (not further back than LOOK_LIMIT). */
export function prevSig(text: string, end: number, limit = LOOK_LIMIT): number {
  const stop = Math.max(0, end - limit);
  for (let i = end - 1; i >= stop; i--) if (!isSpace(text.charCodeAt(i))) return i;
  return -1;
}

/** Like prevSig but does not cross a newline. */
export function prevSigOnLine(text: string, end: number): number {
  const stop = Math.max(0, end - LOOK_LIMIT);
  for (let i = end - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return -1;
    if (c !== 32 && c !== 9 && c !== 13) return i;
  }
  return -1;
}

/** Index of the first non-whitespace character at or after `start`, or -1. */
export function nextSig(text: string, start: number, limit = LOOK_LIMIT): number {
  const stop = Math.min(text.length, start + limit);
  for (let i = start; i < stop; i++) if (!isSpace(text.charCodeAt(i))) return i;
  return -1;
}

/** Start of the identifier that ends at `end` (exclusive); `end` when there is none. */
export function identStartBefore(text: string, end: number): number {
  let i = end;
  const stop = Math.max(0, end - 128);
  while (i > stop && isIdentChar(text.charCodeAt(i - 1))) i--;
  return i;
}

export function identEndAfter(text: string, start: number): number {
  let i = start;
  const stop = Math.min(text.length, start + 128);
  while (i < stop && isIdentChar(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Start of a member chain that ends at `end`: `res.status`, `error.response?.status`, `$this->response`,
 * `http::StatusCode`, `self.client`. Calls inside the chain (`status().is`) are crossed when `crossCalls`.
 */
export function chainStartBefore(text: string, end: number, crossCalls = false): number {
  let i = end;
  const stop = Math.max(0, end - LOOK_LIMIT);
  for (;;) {
    if (crossCalls && i > stop && text.charCodeAt(i - 1) === 41 /* ) */) {
      const open = matchBack(text, i - 1, 40, 41);
      if (open < 0) return i;
      i = open;
    }
    const s = identStartBefore(text, i);
    if (s === i) return i;
    i = s;
    if (i <= stop) return i;
    const c = text.charCodeAt(i - 1);
    if (c === 46 /* . */) {
      i -= text.charCodeAt(i - 2) === 63 /* ?. */ ? 2 : 1;
      // a fluent chain broken over lines: `request(app)\n  .get('/')\n  .expect(200)`
      while (i > stop && isSpace(text.charCodeAt(i - 1))) i--;
    } else if (c === 58 && text.charCodeAt(i - 2) === 58) {
      i -= 2;
    } else if (c === 62 && text.charCodeAt(i - 2) === 45) {
      i -= 2;
    } else {
      return i;
    }
  }
}

/** Index of the opener matching the closer at `close`, walking back at most LOOK_LIMIT characters. */
export function matchBack(text: string, close: number, open: number, closeCode: number): number {
  let depth = 0;
  const stop = Math.max(0, close - LOOK_LIMIT);
  for (let i = close; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === closeCode) depth++;
    else if (c === open && --depth === 0) return i;
    else if (c === 10 && depth > 3) return -1;
  }
  return -1;
}

export interface Enclosing {
  /** '(' '[' or '{' */
  kind: number;
  open: number;
  /** Zero-based index of the argument/element holding the position. */
  argIndex: number;
}

/** `text.lastIndexOf(char, from)`, looking back no further than `stop` (-1 when not there): a string's
 * opening quote on a long minified line must not cost a scan back to the start of the file. */
export function lastIndexWithin(text: string, charCode: number, from: number, stop: number): number {
  for (let i = from; i >= stop; i--) if (text.charCodeAt(i) === charCode) return i;
  return -1;
}

/**
 * The bracket that encloses `pos` and which argument of it `pos` is in. Stops at a statement end
 * (`;` outside brackets) or after LOOK_LIMIT characters. Strings are crossed quote to quote.
 */
export function enclosingBracket(text: string, pos: number): Enclosing | undefined {
  let depth = 0;
  let commas = 0;
  const stop = Math.max(0, pos - LOOK_LIMIT);
  for (let i = pos - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 41: case 93: case 125: depth++; break;
      case 40: case 91: case 123:
        if (depth === 0) return { kind: c, open: i, argIndex: commas };
        depth--;
        break;
      case 44: if (depth === 0) commas++; break;
      case 59: if (depth === 0) return undefined; break;
      case 34: case 39: case 96: {
        const q = lastIndexWithin(text, c, i - 1, stop);
        if (q < 0) return undefined;
        i = q;
        break;
      }
      default: break;
    }
  }
  return undefined;
}

/**
 * Start of the statement holding `pos`: after the last `;`, `{` or `}`, or at a line break that does not
 * continue an expression (the line before does not end in `(`/`,`/`.`/operator, this one does not start with `.`).
 */
export function statementStart(text: string, pos: number): number {
  const stop = Math.max(0, pos - LOOK_LIMIT);
  for (let i = pos - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 123 || c === 125) return i + 1;
    if (c === 10) {
      const next = nextSig(text, i + 1);
      const nc = next >= 0 ? text.charCodeAt(next) : 0;
      if (nc === 46 || nc === 41) continue; // .toBe(404) on its own line; ) closing
      const prev = prevSig(text, i);
      const pc = prev >= 0 ? text.charCodeAt(prev) : 0;
      if (pc === 40 || pc === 44 || pc === 46 || pc === 92 || pc === 91 || pc === 61 || pc === 38 || pc === 124 || pc === 43) continue;
      return i + 1;
    }
  }
  return stop;
}

/** End of the statement holding `pos`: the next `;` or line end (bounded). */
export function statementEnd(text: string, pos: number): number {
  const stop = Math.min(text.length, pos + 200);
  for (let i = pos; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 10) return i;
  }
  return stop;
}

/** Whether a stretch of code talks about an HTTP status: `status`, `statusCode`, `res.code`, `getcode()`. */
export function mentionsStatus(text: string, start: number, end: number): boolean {
  const slice = text.slice(start, end);
  return /status|[.>]code\b|getcode/i.test(slice) && !/exit_?status|exitcode|\.exit_?code/i.test(slice);
}

/** Line start of `pos`. */
export function lineStart(text: string, pos: number): number {
  const stop = Math.max(0, pos - 2000);
  for (let i = pos - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop;
}

/**
 * Spaces for text[from, to), its line breaks kept: offsets and lines stay where they were. Built from
 * runs of spaces between line breaks — a replace per character allocated as much again on big files.
 */
export function blankOut(text: string, from: number, to: number): string {
  const span = text.slice(from, to);
  let nl = span.indexOf('\n');
  if (nl < 0) return blanks(span.length);
  const lines: string[] = [];
  let at = 0;
  while (nl >= 0) {
    lines.push(blanks(nl - at));
    at = nl + 1;
    nl = span.indexOf('\n', at);
  }
  lines.push(blanks(span.length - at));
  return lines.join('\n');
}

/** A run of spaces: a slice of one kept string (V8 slices without copying), not a new string each time. */
const spaces = ' '.repeat(64 * 1024);
function blanks(length: number): string {
  return length <= spaces.length ? spaces.slice(0, length) : ' '.repeat(length);
}

/** How many elements either side of a number `numericDataEnd` reads. */
const DATA_LOOK = 16;
/** A list this long, with this many numbers that are no status, is data: font metrics, char codes, lookup tables. */
const DATA_MIN_ELEMENTS = 8;
const DATA_MIN_OTHERS = 3;

/**
 * When the number at [start, end) sits in a comma-separated run of number literals that reads as data
 * after another number (at least DATA_MIN_ELEMENTS of them, DATA_MIN_OTHERS or more no status code:
 * not 3 digits, or not a code `isStatus` knows), the offset where the run's read part ends; -1
 * otherwise. A status set (`[429, 502, 503, 504]`, `[0, 408, 429, 500]`) is short or all statuses; a
 * run of UTF-8 bytes (`230,158,156,230,137,139`) is 3-digit numbers nobody registered. A minified
 * bundle's tables hold 100,000 such numbers: each is settled here, and the numbers up to the returned
 * offset need no look at all.
 */
export function numericDataEnd(text: string, start: number, end: number, isStatus: (code: number) => boolean): number {
  let elements = 1;
  let others = 0;
  // Backwards: `, 12` `,-3` `, 0x1F` before the number.
  let i = start;
  for (let k = 0; k < DATA_LOOK; k++) {
    let j = i - 1;
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
    if (j < 0 || text.charCodeAt(j) !== 44) break;
    j--;
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
    const litEnd = j + 1;
    while (j >= 0 && (isIdentChar(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j--;
    const litStart = j + 1;
    if (litStart >= litEnd || !isDigit(text.charCodeAt(litStart))) break;
    elements++;
    if (!isStatusLiteral(text, litStart, litEnd, isStatus)) others++;
    i = text.charCodeAt(j) === 45 ? j : litStart;
  }
  // Forwards: `, 12` `, -3` after it.
  let runEnd = end;
  for (let k = 0; k < DATA_LOOK; k++) {
    let j = runEnd;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== 44) break;
    j++;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === 45) j++;
    const litStart = j;
    if (!isDigit(text.charCodeAt(litStart))) break;
    while (j < text.length && (isIdentChar(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
    elements++;
    if (!isStatusLiteral(text, litStart, j, isStatus)) others++;
    runEnd = j;
  }
  // A number that leads its run is judged by its own context (`res.status(404, …)`): only one per run.
  return i < start && elements >= DATA_MIN_ELEMENTS && others >= DATA_MIN_OTHERS ? runEnd : -1;
}

/** A literal that reads as a status: exactly three digits, a code `isStatus` knows. */
function isStatusLiteral(text: string, start: number, end: number, isStatus: (code: number) => boolean): boolean {
  if (end - start !== 3) return false;
  const c = text.charCodeAt(start);
  if (!(c >= 49 && c <= 53 && isDigit(text.charCodeAt(start + 1)) && isDigit(text.charCodeAt(start + 2)))) return false;
  return isStatus((c - 48) * 100 + (text.charCodeAt(start + 1) - 48) * 10 + (text.charCodeAt(start + 2) - 48));
}

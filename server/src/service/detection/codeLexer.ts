// One linear pass over C-like, Python-like and Ruby-like source: skips comments, understands strings,
// and hands the detector only the tokens that can be a status code — 3-digit numbers, identifiers that
// may be status constants, strings, and Ruby symbols. No per-character allocation, no regexes.
import { isDigit, isIdentChar, isIdentStart } from './textScan';

export interface Syntax {
  slashComments: boolean;
  /** Rust nests block comments. */
  nestedBlockComments?: boolean;
  hashComments: boolean;
  /** PHP: `#[Attribute]` is not a comment. */
  hashBracketIsCode?: boolean;
  /** Python, Kotlin/Java text blocks, C# raw strings. */
  tripleQuotes: boolean;
  /** JS templates, Go raw strings, Kotlin? no. */
  backtickStrings: boolean;
  /** JS and Ruby `/re/` literals. */
  regexLiterals: boolean;
  /** ' and " strings end at a newline (JS, Java, C#, Go, Python); robust against stray apostrophes. */
  singleLineStrings: boolean;
  /** Rust: 'a is a lifetime unless it closes as a char literal; r#"raw"#. */
  rust?: boolean;
  /** C# verbatim @"..." strings. */
  verbatimStrings?: boolean;
  /** Ruby `:symbol`, `=begin` blocks. */
  ruby?: boolean;
  /** Python: single quote strings may not hold a newline, f/r/b prefixes are plain identifiers. */
}

export interface LexerSink {
  /** A number token of exactly 3 digits in code. */
  number(start: number, end: number): void;
  /** An identifier; `next` is the char code right after it. */
  identifier(start: number, end: number): void;
  /** A string literal [start, end) whose content is [contentStart, contentEnd). */
  string(start: number, end: number, contentStart: number, contentEnd: number): void;
  /** A Ruby symbol `:name` [start, end). */
  symbol?(start: number, end: number): void;
}

// Characters after which `/` starts a regex rather than dividing.
const REGEX_PRECEDERS = new Set('(,=:[!&|?{};+-*%<>~^'.split('').map((c) => c.charCodeAt(0)));

export function lexCode(text: string, syntax: Syntax, sink: LexerSink): void {
  const n = text.length;
  let i = 0;
  let lastSig = 59; // ';' — start of input behaves like a statement boundary
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= 32) { i++; continue; }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isIdentChar(d)) { j++; continue; }
        if (d === 46 && j + 1 < n && isDigit(text.charCodeAt(j + 1))) { j += 2; continue; }
        break;
      }
      if (j - i === 3 && text.charCodeAt(i - 1) !== 46) sink.number(i, j);
      i = j;
      lastSig = 48;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentChar(text.charCodeAt(j))) j++;
      // String prefixes: r"..", b'..', f"..", r#".."# (Rust), @".." handled below.
      sink.identifier(i, j);
      i = j;
      lastSig = 97;
      continue;
    }
    switch (c) {
      case 47: { // '/'
        const d = text.charCodeAt(i + 1);
        if (syntax.slashComments && d === 47) { i = lineEnd(text, i); continue; }
        if (syntax.slashComments && d === 42) { i = blockCommentEnd(text, i + 2, syntax.nestedBlockComments === true); continue; }
        if (syntax.regexLiterals && REGEX_PRECEDERS.has(lastSig)) { i = regexEnd(text, i + 1); lastSig = 97; continue; }
        break;
      }
      case 35: // '#'
        if (syntax.hashComments && !(syntax.hashBracketIsCode && text.charCodeAt(i + 1) === 91)) { i = lineEnd(text, i); continue; }
        break;
      case 34: case 39: case 96: { // " ' `
        if (c === 96 && !syntax.backtickStrings) break;
        if (c === 39 && syntax.rust) {
          // char literal 'x' or '\n'; otherwise a lifetime.
          if (text.charCodeAt(i + 1) === 92) { const q = text.indexOf("'", i + 2); i = q < 0 ? n : q + 1; lastSig = 97; continue; }
          if (text.charCodeAt(i + 2) === 39) { i += 3; lastSig = 97; continue; }
          i++;
          continue;
        }
        let end: number;
        let contentStart = i + 1;
        let contentEnd: number;
        if (syntax.tripleQuotes && c !== 96 && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) {
          const close = text.indexOf(c === 34 ? '"""' : "'''", i + 3);
          contentStart = i + 3;
          contentEnd = close < 0 ? n : close;
          end = close < 0 ? n : close + 3;
        } else {
          const verbatim = syntax.verbatimStrings === true && text.charCodeAt(i - 1) === 64;
          const multiLine = c === 96 || !syntax.singleLineStrings || verbatim;
          contentEnd = stringEnd(text, i + 1, c, multiLine, verbatim);
          end = contentEnd < n ? contentEnd + 1 : n;
        }
        sink.string(i, end, contentStart, contentEnd);
        i = end;
        lastSig = 97;
        continue;
      }
      case 58: // ':' — Ruby symbols
        if (syntax.ruby && sink.symbol && isIdentStart(text.charCodeAt(i + 1)) && !isIdentChar(text.charCodeAt(i - 1))
          && text.charCodeAt(i - 1) !== 58 && text.charCodeAt(i + 1) !== 58) {
          let j = i + 2;
          while (j < n && isIdentChar(text.charCodeAt(j))) j++;
          if (text.charCodeAt(j) === 63 || text.charCodeAt(j) === 33) j++;
          sink.symbol(i, j);
          i = j;
          lastSig = 97;
          continue;
        }
        break;
      case 61: // '=' — Ruby =begin ... =end
        if (syntax.ruby && (i === 0 || text.charCodeAt(i - 1) === 10) && text.startsWith('=begin', i)) {
          const close = text.indexOf('\n=end', i);
          i = close < 0 ? n : close + 5;
          continue;
        }
        break;
      default:
        break;
    }
    lastSig = c;
    i++;
  }
}

function lineEnd(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl;
}

function blockCommentEnd(text: string, i: number, nested: boolean): number {
  if (!nested) {
    const close = text.indexOf('*/', i);
    return close < 0 ? text.length : close + 2;
  }
  let depth = 1;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 42 && text.charCodeAt(i + 1) === 47) { i += 2; if (--depth === 0) return i; continue; }
    if (c === 47 && text.charCodeAt(i + 1) === 42) { i += 2; depth++; continue; }
    i++;
  }
  return n;
}

/** Index of the closing quote (or where the string gives up: newline for single-line strings, or the end). */
function stringEnd(text: string, i: number, quote: number, multiLine: boolean, verbatim: boolean): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === quote) {
      if (verbatim && text.charCodeAt(i + 1) === quote) { i += 2; continue; }
      return i;
    }
    if (c === 92 && !verbatim) { i += 2; continue; }
    if (c === 10 && !multiLine) return i;
    i++;
  }
  return n;
}

function regexEnd(text: string, i: number): number {
  const n = text.length;
  let inClass = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 92) { i += 2; continue; }
    if (c === 10) return i;
    if (inClass) { if (c === 93) inClass = false; } else if (c === 91) inClass = true;
    else if (c === 47) return i + 1;
    i++;
  }
  return n;
}

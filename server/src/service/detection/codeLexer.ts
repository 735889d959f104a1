// One linear pass over C-like, Python-like and Ruby-like source: skips comments, understands strings,
// and hands the detector only the tokens that can be a status code — 3-digit numbers, identifiers that
// may be status constants, strings, and Ruby symbols.
import { isDigit } from './textScan';

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
  /** Go: bare `StatusNotFound` inside the package that defines it (or a dot import) is reported as an identifier. */
  bareStatusConstants?: boolean;
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

/**
 * The scan is driven by one compiled regex per family: V8 finds the next comment, string, number or
 * interesting identifier natively, and JavaScript only runs per token. Every alternative is linear
 * (unterminated strings and comments end at the line end or the input end).
 */
const compiled = new WeakMap<Syntax, Map<string, RegExp>>();

function masterRegex(syntax: Syntax, words: readonly string[]): RegExp {
  let byWords = compiled.get(syntax);
  if (!byWords) { byWords = new Map(); compiled.set(syntax, byWords); }
  const key = words.join('|');
  let re = byWords.get(key);
  if (re) return re;
  const parts: string[] = [];
  if (syntax.slashComments) parts.push(String.raw`\/\/[^\n]*`, String.raw`\/\*`);
  if (syntax.hashComments) parts.push(syntax.hashBracketIsCode ? String.raw`#(?!\[)[^\n]*` : String.raw`#[^\n]*`);
  if (syntax.tripleQuotes) parts.push(String.raw`"""[\s\S]*?(?:"""|$)`, String.raw`'''[\s\S]*?(?:'''|$)`);
  if (syntax.verbatimStrings) parts.push(String.raw`@"(?:[^"]|"")*"?`);
  const nl = syntax.singleLineStrings ? String.raw`\n` : '';
  // Unrolled loops (`"[^"\\]*(?:\\.[^"\\]*)*"`): linear and fast in V8.
  const quoted = (q: string, newline: string) => `${q}[^${q}\\\\${newline}]*(?:\\\\[\\s\\S][^${q}\\\\${newline}]*)*${q}?`;
  parts.push(quoted('"', nl));
  if (syntax.rust) parts.push(String.raw`'(?:[^'\\\n]|\\[^'\n]{1,10})'`, String.raw`r#+"`);
  else parts.push(quoted("'", nl));
  if (syntax.backtickStrings) parts.push(quoted('`', ''));
  if (syntax.regexLiterals) parts.push(String.raw`\/`);
  if (syntax.ruby) parts.push(String.raw`(?<![\w:]):[A-Za-z_]\w*[?!]?`, String.raw`^=begin\b`);
  // Only 3-digit numbers 100-599 can be a status: `\b[1-5]\d\d\b` (1.404, 404px, 0x404 are excluded by the boundaries and the checks below).
  parts.push(String.raw`\b[1-5]\d\d\b`);
  // Rust `301u16`: the type suffix is part of the literal.
  if (syntax.rust) parts.push(String.raw`\b[1-5]\d\d(?=(?:u|i)(?:8|16|32|64|128|size)\b)`);
  if (syntax.bareStatusConstants) parts.push(String.raw`(?<![.\w])Status[A-Z][A-Za-z]+\b`);
  if (words.length) parts.push(String.raw`\b(?:` + words.map(escapeRegex).join('|') + String.raw`)(?:\?\.|\.|::|->)[A-Za-z_]\w*`);
  parts.push(String.raw`\b(?:HTTP_\d{3}_\w+|HTTP_STATUS_\w+|Status\d{3}[A-Z]\w*)`, String.raw`\b(?:status|expectStatus)\(\)\s*\.is\w*`);
  re = new RegExp(parts.join('|'), syntax.ruby ? 'gm' : 'g');
  byWords.set(key, re);
  return re;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function lexCode(text: string, syntax: Syntax, sink: LexerSink, qualifiers: Iterable<string> = []): void {
  const re = masterRegex(syntax, [...qualifiers]);
  re.lastIndex = 0;
  const n = text.length;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    const end = re.lastIndex;
    const c = text.charCodeAt(i);
    if (c >= 49 && c <= 53 && end - i === 3) {
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(end);
      // not 1.404 / 404.5 / 1_404 / $404
      if (!(before === 46 && isDigit(text.charCodeAt(i - 2))) && !(after === 46 && isDigit(text.charCodeAt(end + 1))) && before !== 36) {
        sink.number(i, end);
      }
      continue;
    }
    const token = m[0];
    switch (c) {
      case 47: // '/': block comment or regex literal (line comments are consumed by the regex)
        if (text.charCodeAt(i + 1) === 42) { re.lastIndex = blockCommentEnd(text, i + 2, syntax.nestedBlockComments === true); continue; }
        if (syntax.regexLiterals && token.length === 1) {
          let p = i - 1;
          while (p >= 0 && text.charCodeAt(p) <= 32) p--;
          const prev = p < 0 ? 59 : text.charCodeAt(p);
          if (REGEX_PRECEDERS.has(prev) || (p >= 5 && text.startsWith('return', p - 5))) re.lastIndex = regexEnd(text, i + 1);
        }
        continue;
      case 35: // '#' comment
        continue;
      case 34: case 39: case 96: case 64: { // strings
        if (c === 39 && syntax.rust) continue; // a char literal
        const triple = token.length >= 3 && token.charCodeAt(1) === c && token.charCodeAt(2) === c && syntax.tripleQuotes && c !== 96;
        const quote = c === 64 ? 34 : c;
        const open = triple ? 3 : c === 64 ? 2 : 1;
        const close = triple ? 3 : 1;
        const closed = token.length >= open + close && token.charCodeAt(token.length - 1) === quote
          && (!triple || token.endsWith(token.slice(0, 3)));
        sink.string(i, end, i + open, closed ? end - close : end);
        continue;
      }
      case 58: // Ruby symbol
        if (sink.symbol) sink.symbol(i, end);
        continue;
      case 61: { // =begin ... =end
        const stop = text.indexOf('\n=end', i);
        re.lastIndex = stop < 0 ? n : stop + 5;
        continue;
      }
      case 114: // r#"raw"#
        if (syntax.rust && text.charCodeAt(i + 1) === 35) {
          const hashes = token.length - 2;
          const stop = text.indexOf('"' + '#'.repeat(hashes), end);
          const after = stop < 0 ? n : stop + 1 + hashes;
          sink.string(i, after, end, stop < 0 ? n : stop);
          re.lastIndex = after;
          continue;
        }
        break;
      default:
        break;
    }
    // An identifier of interest: `Qualifier.member`, a bare constant, or `status().isOk`: report the member.
    // Every such token ends in a run of \w after its last `.`, `:` or `>` (if any): walk back over the run.
    let member = end;
    while (member > i && isWordChar(text.charCodeAt(member - 1))) member--;
    const sep = text.charCodeAt(member - 1);
    sink.identifier(member - 1 > i && (sep === 46 || sep === 58 || sep === 62) ? member : i, end);
  }
}

/** `\w` of a regex without the u flag: [A-Za-z0-9_]. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
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

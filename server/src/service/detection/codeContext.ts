// Reading the text around a candidate for the code detector: operators, operands, reason phrases,
// status lines, lists — small, bounded looks at `text` that need no detector state.

import { CallRule, FamilyRules, lastSegment } from './familyRules';
import { commonNames, squash, standardName } from './names/standard';
import { isDigit } from './textScan';

const callRuleMaps = new WeakMap<FamilyRules, Map<string, CallRule>>();

/** The family's call rules as a map, built once: the own properties of `calls`, looked up for every call a candidate is in. */
export function callRulesOf(rules: FamilyRules): Map<string, CallRule> {
  let map = callRuleMaps.get(rules);
  if (!map) {
    map = new Map(Object.getOwnPropertyNames(rules.calls).map((name) => [name, rules.calls[name]]));
    callRuleMaps.set(rules, map);
  }
  return map;
}

/**
 * Starts of every `smtp`, `grpc`, `imap`, `ftp` and `mail` (any case): a superset of where the mail/gRPC
 * pattern of `plausible` can match. They start with different letters and none ends with another's start,
 * so one global scan finds them all.
 */
export function mailWordStarts(text: string): number[] {
  const starts: number[] = [];
  const re = /smtp|grpc|imap|ftp|mail/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  return starts;
}

/** Whether every number in the list is a registered status, and how many are not round (408, 429 vs 400, 500). */
export function listOfRegisteredStatuses(t: string, open: number, close: number): { all: boolean; count: number; irregular: number } {
  let count = 0;
  let irregular = 0;
  let patterned = 0;
  for (let i = open + 1; i < close; i++) {
    const c = t.charCodeAt(i);
    // Comments between elements: skip to the line's end.
    if ((c === 47 && t.charCodeAt(i + 1) === 47) || c === 35) { const nl = t.indexOf('\n', i); i = nl < 0 ? close : nl; continue; }
    if (!isDigit(c)) continue;
    const v = codeAt(t, i);
    // 1xx/2xx only when not round: [204, 205, 304] is a set of statuses, [100, 200] a pair of numbers.
    if (!standardName(v) || (v < 300 && v % 100 === 0)) return { all: false, count, irregular };
    count++;
    if (v % 50 !== 0) irregular++;
    if (v % 101 === 0 || v % 111 === 0) patterned++;
    i += 2;
    const suffix = /^(?:u|i)(?:8|16|32|64|128|size)/.exec(t.slice(i + 1, i + 6));
    if (suffix) i += suffix[0].length;
  }
  // 101, 202, 303, 404: a pattern of ids, not a set of statuses.
  return { all: count > 0 && patterned * 2 <= count, count, irregular };
}

/** `NOT_FOUND`, `HTTP_NOT_FOUND`, `StatusNotFound`, `kNotFound`, `"Not Found"` → 404. */
const prefilters = new WeakMap<FamilyRules, RegExp>();

/** Whether the text holds a 3-digit number 100-599, a status-line start or a status-constant name anywhere. */
export function mayHoldStatus(text: string, rules: FamilyRules): boolean {
  let re = prefilters.get(rules);
  if (!re) {
    const words = [...rules.qualifiers].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // Go inside net/http or fasthttp: a bare `StatusFound` is all a function may hold (the lexer's own pattern).
    const bare = rules.syntax.bareStatusConstants ? String.raw`|(?<![.\w])Status[A-Z]` : '';
    re = new RegExp(String.raw`\b[1-5]\d\d\b|HTTP[/_]|Status\d|[sS]tatus\(\)|codes\[` + bare + (words.length ? `|\\b(?:${words.join('|')})(?:\\.|::|->)` : ''));
    prefilters.set(rules, re);
  }
  return re.test(text);
}

/** Registered codes and the vendor codes people actually write (NGINX 444/499, Cloudflare 52x, IIS 440/449...). */
const VENDOR_CODES = new Set([218, 306, 419, 420, 430, 440, 444, 449, 450, 460, 463, 464, 494, 495, 496, 497, 498, 499,
  509, 520, 521, 522, 523, 524, 525, 526, 527, 529, 530, 561, 598, 599]);

/**
 * A code nobody registered still counts where the text compares a status with it or tests for it: the
 * bounds of a range (`< 200 || > 299`, `<= 599`) and the made-up codes of tests (`resp.StatusCode() != 123`).
 * Not for a bare `code` name (`isHttpCodeName`), which alone is weaker evidence.
 */
export function isBoundOrTested(code: number, context: string): boolean {
  if (context.startsWith('bound:')) return true;
  const m = /^(?:compare|range|assertion|pair|in):(.*)$/.exec(context);
  if (!m) return false;
  if (lastSegment(m[1]) === 'code' && !/(?:res|resp|response|rec|recorder|writer|w)\.code$/i.test(m[1])) return code % 100 === 99 || code % 100 === 0;
  return true;
}

export function isKnownCode(code: number): boolean {
  return VENDOR_CODES.has(code) || standardName(code) !== undefined;
}

export function nameOfCode(name: string): number | undefined {
  const bare = name.replace(/^(?:HTTP_?STATUS_?|HTTP_?|STATUS_?|SC_|k(?=[A-Z]))/i, '').replace(/_?(?:CODE|STATUS)$/i, '');
  const direct = bare.length >= 2 ? commonNames.get(squash(bare)) : undefined;
  if (direct) return direct;
  // `DEFAULT_STATUS_OK`, `defaultStatusNotFound`: the name after the last STATUS.
  const after = /(?:STATUS_|Status)([A-Za-z]\w+)$/.exec(name);
  return after ? commonNames.get(squash(after[1])) : undefined;
}

/** Whether text[from, to) is the reason phrase of `code` ("Not Found", "not found", "OK"), possibly followed by more. */
export function reasonMatches(t: string, from: number, to: number, code: number): boolean {
  const name = standardName(code);
  if (!name) return false;
  const content = t.slice(from, to).trim();
  if (commonNames.get(squash(content)) === code) return true;
  return name.includes(' ') && content.toLowerCase().startsWith(name.toLowerCase());
}

/** The parts of an expression list at depth 0: `value, 200, {}` → ['value', ' 200', ' {}']. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) { parts.push(text.slice(from, k)); from = k + 1; }
    else if (c === '#') break;
  }
  parts.push(text.slice(from));
  return parts.filter((p) => p.trim() !== '');
}

/** `res`, `this.res`, `ctx.response`: a chain whose last part is a response. */
export function isResponseReceiverChain(chain: string): boolean {
  return chain !== '' && /(?:^|\.)(?:res|resp|response|reply|rsp)$/.test(chain);
}

/** The key of the subscript ending at `close` (a `]`): `["NOT_FOUND"]` → NOT_FOUND, `[:status]` → status. */
export function subscriptKey(t: string, close: number): string | undefined {
  const open = t.lastIndexOf('[', close);
  if (open < 0 || close - open > 66) return undefined;
  const inner = t.slice(open + 1, close).trim();
  const m = /^(?:(["'])([\w -]+)\1|:(\w+))$/.exec(inner);
  return m ? (m[2] ?? m[3]) : undefined;
}

/**
 * Where a status may be written inside a string (group 1 set: keyed): a query parameter (`?status=307`,
 * `&code=303`), a header line (`Status: 503`), an nginx-style key (`error_page.404`); else at the
 * string's start or after `Error `/`HTTP ` (`'404: Page Not Found'`, `'Error 401 Unauthorized - '`), where a
 * reason phrase must follow. A code in the middle of prose (a docstring's `status 405 Method Not Allowed`)
 * is left alone: whether prose names a status is for a reader, not for a pattern.
 */
export const stringStatus = /(?:([?&](?:status|code|status_code|statusCode|http_status)=|^\s*Status: ?|\berror_page\.)|^\s*|\bError |\bHTTP )[1-5]\d\d(?![\d.])/g;

/** After a code in a string: its reason phrase, whole or its first word (`404: Page Not Found`, `400 Bad`). */
export function reasonFollows(after: string, code: number): boolean {
  const name = standardName(code);
  if (!name) return false;
  // `404 Not Found`, `404: Not Found` — not `100-continue` (the Expect token).
  if (!/^:? /.test(after)) return false;
  const rest = after.replace(/^:? +/, '').toLowerCase();
  const reason = name.toLowerCase();
  // What follows the phrase ends the status text (the end, a line break, punctuation), not a sentence
  // going on in prose (`'100 Continue should not output any headers'` is a message about a status).
  const ends = (at: number) => at >= rest.length || /^(?:\\[rn]|[\r\n.,:;<>)'"\]-]| [-(<])/.test(rest.slice(at, at + 2));
  if (rest.startsWith(reason)) return ends(reason.length);
  const firstWord = reason.split(' ')[0];
  // `400 Bad`, `403 Forbidden.`
  if (firstWord.length >= 3 && rest.startsWith(firstWord) && ends(firstWord.length)) return true;
  // `404 page not found` (Go's body for 404), `404: Page Not Found`
  const tail = reason.split(' ').slice(-2).join(' ');
  const at = rest.indexOf(tail);
  return reason.includes(' ') && /^(?:page|resource|file|path) /.test(rest) && at >= 0 && at < 12 && ends(at + tail.length);
}

/** What comes before a Ruby symbol that names a method, not a value. */
export const methodReferenceBefore = /(?:\b(?:with|only|except|if|unless|prepend|on|handler|callback)\s*:\s*|:(?:with|only|except|if|unless)\s*=>\s*|\b(?:before|after|around|skip_before|skip_after|skip_around)_(?:action|filter)\s+(?:[:\w]+\s*,\s*)*|\b(?:private|protected|public|helper_method)\s+(?:[:\w]+\s*,\s*)*|\b(?:method|respond_to\?|define_method|alias_method|send|public_send|__send__|instance_method|remove_method|undef_method)\s*\(?\s*)$/;

/** `return 404`, `return 404;`, `return 303 if … else 302`: the number is what is returned, not part of an expression. */
export function isReturnedAlone(t: string, e: number): boolean {
  let k = e;
  while (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9) k++;
  const c = t.charCodeAt(k);
  return Number.isNaN(c) || c === 59 || c === 10 || c === 13 || c === 125 || t.startsWith('if ', k) || t.startsWith('end', k);
}

/** The entry ends after the number: `,`, `;`, a closing bracket, a line end or a comment. */
export function isEntryEnd(t: string, e: number): boolean {
  let k = e;
  while (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9) k++;
  const c = t.charCodeAt(k);
  return Number.isNaN(c) || c === 44 || c === 59 || c === 10 || c === 13 || c === 41 || c === 93 || c === 125
    || c === 35 || (c === 47 && (t.charCodeAt(k + 1) === 47 || t.charCodeAt(k + 1) === 42));
}

export function tidySubject(subject: string): string {
  let s = subject.replace(/[\s{:]+$/, '');
  const opens = s.split('(').length - 1;
  const closes = s.split(')').length - 1;
  if (closes > opens && s.endsWith(')')) s = s.slice(0, -1).trim();
  return s;
}

/** `res.` → `res`, `a?.` → `a`, `Foo::` → `Foo`, `$x->` → `$x` (one accessor at the end, if any). */
export function withoutTrailingAccessor(chain: string): string {
  if (chain.endsWith('?.')) return chain.slice(0, -2);
  if (chain.endsWith('.')) return chain.slice(0, -1);
  if (chain.endsWith('::') || chain.endsWith('->')) return chain.slice(0, -2);
  return chain;
}

/**
 * The last two parts of the chain without its `()`, joined by `.`: `this.res.status()` → `res.status`.
 * (`split(/\?\.|\.|::|->/).slice(-2).join('.')` in one forward walk, without the arrays.)
 */
export function shortChain(chain: string): string {
  const s = chain.includes('()') ? chain.replace(/\(\)/g, '') : chain;
  let prevStart = -1;
  let prevEnd = -1;
  let lastStart = 0;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    const d = s.charCodeAt(i + 1);
    const sep = c === 46 ? 1 : (c === 63 && d === 46) || (c === 58 && d === 58) || (c === 45 && d === 62) ? 2 : 0;
    if (sep === 0) { i++; continue; }
    prevStart = lastStart;
    prevEnd = i;
    i += sep;
    lastStart = i;
  }
  const last = s.slice(lastStart);
  return prevStart < 0 ? last : `${s.slice(prevStart, prevEnd)}.${last}`;
}

export function nextHttpAt(t: string, from: number): number {
  const i = t.indexOf('HTTP/', from);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

export function codeAt(t: string, i: number): number {
  return (t.charCodeAt(i) - 48) * 100 + (t.charCodeAt(i + 1) - 48) * 10 + (t.charCodeAt(i + 2) - 48);
}

/** After "HTTP/": version, one space, three digits, then a space, a quote or the end → index of the code. */
export function statusLineCode(t: string, i: number, end: number): number {
  // version: 1.1, 1.0, 2, 2.0, 3
  if (!isDigit(t.charCodeAt(i))) return -1;
  i++;
  if (t.charCodeAt(i) === 46) { if (!isDigit(t.charCodeAt(i + 1))) return -1; i += 2; }
  if (t.charCodeAt(i) !== 32) return -1;
  i++;
  if (i + 3 > end) return -1;
  if (!isDigit(t.charCodeAt(i)) || !isDigit(t.charCodeAt(i + 1)) || !isDigit(t.charCodeAt(i + 2))) return -1;
  if (i + 3 < end) {
    const c = t.charCodeAt(i + 3);
    if (c !== 32 && c !== 13 && c !== 10 && c !== 92 && c !== 9) return -1;
  }
  const code = codeAt(t, i);
  return code >= 100 && code <= 599 ? i : -1;
}

/** The operator that ends at index p: '===', '==', '!=', '>=', '=>', ':=', ':', '=', '||', '??', '?', '<', '>'. */
export function opEndingAt(t: string, p: number): string | undefined {
  if (p < 0) return undefined;
  const c = t.charCodeAt(p);
  const b = t.charCodeAt(p - 1);
  switch (c) {
    case 61: // =
      if (b === 61) return t.charCodeAt(p - 2) === 61 || t.charCodeAt(p - 2) === 33 ? (t.charCodeAt(p - 2) === 61 ? '===' : '!==') : '==';
      if (b === 33) return '!=';
      if (b === 62) return '>=';
      if (b === 60) return '<=';
      if (b === 58) return ':=';
      if (b === 43 || b === 45 || b === 42 || b === 47 || b === 37 || b === 38 || b === 124 || b === 94) return undefined;
      return '=';
    case 62: // >
      if (b === 61) return '=>';
      if (b === 45) return '->';
      if (b === 62) return undefined;
      return '>';
    case 60: return b === 60 ? undefined : '<';
    case 58: return b === 58 ? undefined : ':';
    case 124: return b === 124 ? '||' : undefined;
    case 63: return b === 63 ? '??' : '?';
    default: return undefined;
  }
}

export function opStartingAt(t: string, n: number): string | undefined {
  const c = t.charCodeAt(n);
  const d = t.charCodeAt(n + 1);
  switch (c) {
    case 61:
      if (d === 61) return t.charCodeAt(n + 2) === 61 ? '===' : '==';
      if (d === 62) return '=>';
      return '=';
    case 33: if (d === 61) return t.charCodeAt(n + 2) === 61 ? '!==' : '!='; return undefined;
    case 62: return d === 61 ? '>=' : '>';
    case 60: return d === 61 ? '<=' : d === 60 ? undefined : '<';
    case 45: return d === 62 ? '->' : undefined;
    case 44: return ',';
    case 124: return d === 124 ? undefined : '|';
    case 46: return d === 46 ? '..' : '.';
    case 58: return d === 58 ? undefined : ':';
    default: return undefined;
  }
}

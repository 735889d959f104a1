// Helpers a file defines for itself: `const json = (statusCode, body) => …`, `func writeJSON(w, status int, v any)`,
// `function send_json($data, $status = 200)`, `def error(message, status=400)`. A call to such a helper
// (`json(404, …)`, `writeJSON(w, 200, v)`, `$this->failure('x', 404)`) passes a status at that parameter's position,
// and the parameter's default (`int $code = 200`) is a status too.
import { isStatusName } from './familyRules';
import { isRegExpSpace } from './textScan';

// Named definitions in most languages: `function f(`, `func f(`, `func (s *T) f(`, `def f(`, `fn f(`, `fun f(`,
// and Java/C# methods after a modifier. Parameter lists hold no parentheses here, so every match is linear.
const NAMED = /\b(?:function|func|def|fn|fun)\s+(?:\([^()\n]{0,120}\)\s*)?([A-Za-z_$][\w$]*)\s*(?:<[^<>()\n]{0,80}>)?\s*\(([^()]{0,300})\)/g;
// Java/C#/Kotlin methods: `Type name(params) {` — the word before the name is checked in code (a type, not `if`/`.`).
const METHOD = /\b([A-Za-z_]\w*)\s*\(([^()]{0,300})\)\s*(?:throws\s[\w., ]{1,80})?\{/g;
const NOT_METHOD = /^(?:if|for|foreach|while|switch|catch|using|lock|fixed|synchronized|return|new|function|func|def|fn|fun|when|else|do|try)$/;
// JS/TS function values: `const json = (statusCode, body) =>`, `reply: async function (code, body) {`.
const VALUE = /(?<![\w$])([A-Za-z_$][\w$]*)\s*[:=]\s*(?:async\s*)?(?:function\s*[\w$]*\s*)?\(([^()]{0,300})\)\s*(?::[^=;{}()\n]{1,80})?(?:=>|\{)/g;

// The patterns tried at every position cost more than all the rest of this file (issue 8). Each match
// holds a parameter list, and only lists that may name a status matter (statusLists): from each such
// `(` the start of a match is walked back to, and the pattern runs there only (listDefinitionMatches).
const METHOD_AT = new RegExp(METHOD.source, 'y');
const NAMED_AT = new RegExp(NAMED.source, 'y');
const VALUE_AT = new RegExp(VALUE.source, 'y');

/** Function names that never take an HTTP status, whatever their parameters are called. */
const NOT_HTTP = /exit|smtp|mail|grpc|process|job|task|signal|socket|sleep|wait|timeout|delay|port|order/i;
/** A bare `code` parameter is a status only in a helper that obviously writes a response. */
const RESPONDS = /respond|response|reply|json|render|send|write|error|abort|fail|halt|problem|success/i;
const RESPONSE_PARAM = /ResponseWriter|\bres\b|\bresp\b|\bresponse\b|\breply\b|\$response|gin\.Context|echo\.Context/;

/**
 * Every name statusParameterIndex takes for a status folds (squashLower: letters and digits, lower case)
 * to something holding "status" or "code"; the name is an identifier (parameterName), so only `_` can
 * lie between those letters in the list: a list without either spelt out so has no status parameter
 * (issue 8: most lists, each split and read parameter by parameter).
 */
const MAY_NAME_STATUS = /s_*t_*a_*t_*u_*s|c_*o_*d_*e/i;

/**
 * Whether [start, end) lies in a parameter list that may name a status — at most 300 characters
 * without parentheses between `(` and `)` — the only lists statusParameters reads.
 */
export function inStatusList(text: string, start: number, end: number): boolean {
  const open = nearestParen(text, start, -1, 300);
  if (open < 0 || text.charCodeAt(open) !== 40) return false;
  const close = nearestParen(text, end, 1, 300 - (start - open - 1) - (end - start));
  return close >= 0 && text.charCodeAt(close) === 41 && MAY_NAME_STATUS.test(text.slice(open + 1, close));
}

/** Read-only once made: a big file's segments share these (and one empty pair among them). */
export interface StatusParameters {
  /** Function name → index of its status parameter (the first definition wins). */
  readonly byName: ReadonlyMap<string, number>;
  /** Offsets of 3-digit defaults of status parameters (`$status = 200`). */
  readonly defaults: ReadonlySet<number>;
}

/**
 * The functions `text` defines that take a status parameter. Their definitions are looked for only
 * at the lists that may name a status (statusLists): a plain global search of each pattern
 * keeps the same ones (definitionMatches.test.ts).
 */
export function statusParameters(text: string): StatusParameters {
  return statusParametersOf(text, listDefinitionMatches(text, statusLists(text)));
}

/** What statusParameters keeps of `[named, methods, values]` matches, each list in text order. */
export function statusParametersOf(text: string, [named, methods, values]: RegExpExecArray[][]): StatusParameters {
  const byName = new Map<string, number>();
  const defaults = new Set<number>();
  for (const matches of [named, methods, values]) {
    for (const m of matches) {
      const [whole, name, params] = m;
      if (byName.has(name) || NOT_HTTP.test(name)) continue;
      if (matches === methods && (NOT_METHOD.test(name) || !afterType(text, m.index))) continue;
      if (!MAY_NAME_STATUS.test(params)) continue;
      const index = statusParameterIndex(params, RESPONDS.test(name) || RESPONSE_PARAM.test(params));
      if (index < 0) continue;
      byName.set(name, index);
      const list = splitParams(params);
      const param = list[index + (/^(?:self|cls)$/.test(list[0] ?? '') ? 1 : 0)] ?? '';
      const dflt = /=\s*([1-5]\d\d)\s*$/.exec(param);
      if (dflt) {
        const paramsAt = m.index + whole.lastIndexOf(params);
        const at = paramsAt + params.indexOf(param) + param.length - dflt[1].length - (param.length - param.trimEnd().length);
        if (text.slice(at, at + 3) === dflt[1]) defaults.add(at);
      }
    }
  }
  return { byName, defaults };
}

/**
 * A file's helpers, found only when a question needs them: one pass finds the lists that may name a
 * status (statusLists) and the definitions at them; `mayDefine` rules out the names of none of them
 * (definableNames), `all` reads what the definitions say, each once. Given the helpers (a segment of a big document, whose own text is
 * not where the document defines them), it answers from them.
 */
export class FileHelpers {
  private found: StatusParameters | undefined;
  private names: Set<string> | undefined;
  private matches: RegExpExecArray[][] | undefined;

  constructor(private readonly text: string, given?: StatusParameters) {
    this.found = given;
  }

  all(): StatusParameters {
    return (this.found ??= statusParametersOf(this.text, this.definitions()));
  }

  /** False only when `name` is surely none of them. */
  mayDefine(name: string): boolean {
    if (this.found) return true;
    return (this.names ??= definableNames(this.text, this.definitions())).has(name) && !NOT_HTTP.test(name);
  }

  private definitions(): RegExpExecArray[][] {
    return (this.matches ??= listDefinitionMatches(this.text, statusLists(this.text)));
  }
}

/** Every start of a MAY_NAME_STATUS match, overlapping ones included. */
const MAY_NAME_STATUS_ALL = new RegExp(MAY_NAME_STATUS.source, 'gi');

/**
 * The `(` of every list that may name a status, in one pass: every definition statusParameters keeps
 * has a parameter list — at most 300 characters between `(` and `)`, no parentheses — holding a
 * MAY_NAME_STATUS match, and that match starts at a position this search visits (it restarts one
 * character after each start, so no match hides another).
 */
export function statusLists(text: string): number[] {
  const opens: number[] = [];
  const re = MAY_NAME_STATUS_ALL;
  let listEnd = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    re.lastIndex = at + 1;
    if (at < listEnd) continue; // inside the list just read
    const open = nearestParen(text, at, -1, 300);
    if (open < 0 || text.charCodeAt(open) !== 40) continue;
    const close = nearestParen(text, at, 1, 300 - (at - open - 1));
    if (close < 0 || text.charCodeAt(close) !== 41) continue;
    listEnd = close;
    opens.push(open);
  }
  return opens;
}

/**
 * The names of the definitions at `lists` (listDefinitionMatches): every name statusParameters can keep
 * is one. The calls in a file are mostly of functions it does not define (`rgba(255, 0, 0)`,
 * `setTimeout(f, 500)`, a bundle's `r(872)`): their names are not in the set, and what the definitions
 * say of their parameters is not read.
 */
export function definableNames(text: string, matches: RegExpExecArray[][] = listDefinitionMatches(text, statusLists(text))): Set<string> {
  const names = new Set<string>();
  for (const list of matches) for (const m of list) names.add(m[1]);
  return names;
}

/**
 * The NAMED, METHOD and VALUE matches whose parameter list opens at one of `lists`, each in text
 * order: the matches a global search of each pattern finds with those lists. Each pattern's match
 * is fixed by where it starts, found by walking back from the `(`, and two matches of one pattern
 * never overlap (each holds its own parenthesis-free list), so a match there is one the global search
 * finds.
 */
export function listDefinitionMatches(text: string, lists: readonly number[]): RegExpExecArray[][] {
  const found = [new Map<number, RegExpExecArray>(), new Map<number, RegExpExecArray>(), new Map<number, RegExpExecArray>()];
  const at = (k: number, pattern: RegExp, start: number) => {
    if (start < 0 || found[k].has(start)) return;
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (m) found[k].set(start, m);
  };
  for (const open of lists) {
    let k = skipBlanksBack(text, open);
    if (text.charCodeAt(k - 1) === 62) {
      const lt = text.lastIndexOf('<', k - 1);
      if (lt >= 0 && k - lt <= 82) k = skipBlanksBack(text, lt);
    }
    const nameEnd = k;
    while (k > 0 && isNameCode(text.charCodeAt(k - 1))) k--;
    if (k < nameEnd) at(0, NAMED_AT, namedStart(text, k));
    at(1, METHOD_AT, methodStart(text, open));
    // VALUE: `name = (`, `name: async function other(`: up to three words back to the `:`/`=`.
    k = skipBlanksBack(text, open);
    for (let words = 0; words <= 3; words++) {
      const c = text.charCodeAt(k - 1);
      if (c === 58 || c === 61) { at(2, VALUE_AT, valueStart(text, k - 1)); break; }
      const wordEnd = k;
      while (k > 0 && isNameCode(text.charCodeAt(k - 1))) k--;
      if (k === wordEnd) break;
      k = skipBlanksBack(text, k);
    }
  }
  return found.map((matches) => [...matches.keys()].sort((a, b) => a - b).map((start) => matches.get(start)!));
}

/** The offset of the first parenthesis within `limit` characters from `from` going `step`, or -1. */
function nearestParen(text: string, from: number, step: 1 | -1, limit: number): number {
  for (let k = step > 0 ? from : from - 1, n = 0; k >= 0 && k < text.length && n <= limit; k += step, n++) {
    const c = text.charCodeAt(k);
    if (c === 40 || c === 41) return k;
  }
  return -1;
}

/** Where the keyword of a NAMED match with its name at `at` starts, or -1. */
function namedStart(text: string, at: number): number {
  let k = skipBlanksBack(text, at);
  if (text.charCodeAt(k - 1) === 41) {
    const receiverOpen = text.lastIndexOf('(', k - 1);
    if (receiverOpen < 0 || k - receiverOpen > 123) return -1;
    k = skipBlanksBack(text, receiverOpen);
  } else if (k === at) {
    return -1;
  }
  let w = k;
  while (w > 0 && isWordCode(text.charCodeAt(w - 1))) w--;
  return /^(?:function|func|def|fn|fun)$/.test(text.slice(w, k)) ? w : -1;
}

function skipBlanksBack(text: string, k: number): number {
  while (k > 0 && isRegExpSpace(text.charCodeAt(k - 1))) k--;
  return k;
}

const isNameCode = (c: number) => isWordCode(c) || c === 36;

/** NAMED, METHOD and VALUE: a plain global search of each is what listDefinitionMatches must agree with (its tests). */
export const definitionPatterns: readonly RegExp[] = [NAMED, METHOD, VALUE];

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Where a METHOD match with its `(` at `paren` starts: the word before it, across blanks (a shorter
 * word would be followed by a word character, not `\s*\(`), which must not start with a digit.
 */
function methodStart(text: string, paren: number): number {
  if (!methodTail(text, paren)) return -1;
  let k = paren;
  while (k > 0 && isRegExpSpace(text.charCodeAt(k - 1))) k--;
  const end = k;
  while (k > 0 && isWordCode(text.charCodeAt(k - 1))) k--;
  return k < end && !(text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) ? k : -1;
}

/**
 * What METHOD needs after its `(`, checked by hand before the regex runs (most calls fail it): no `(`
 * and at most 300 characters before a `)`, then blanks and `{` or the `t` of `throws`.
 */
function methodTail(text: string, paren: number): boolean {
  const limit = Math.min(text.length, paren + 302);
  let k = paren + 1;
  for (; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 40) return false;
    if (c === 41) break;
  }
  if (k >= limit) return false;
  for (k++; k < text.length && isRegExpSpace(text.charCodeAt(k)); k++);
  const next = text.charCodeAt(k);
  return next === 123 || next === 116;
}

/** Where a VALUE match with its `:`/`=` at `anchor` starts: the same walk over `[\w$]`. */
function valueStart(text: string, anchor: number): number {
  let k = anchor;
  while (k > 0 && isRegExpSpace(text.charCodeAt(k - 1))) k--;
  const end = k;
  while (k > 0 && (isWordCode(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 36)) k--;
  return k < end && !(text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) ? k : -1;
}

function statusParameterIndex(params: string, responds: boolean): number {
  const list = splitParams(params);
  // Python methods: `self.error(msg, 400)` passes its arguments after `self`.
  if (list.length > 0 && /^(?:self|cls)$/.test(list[0])) list.shift();
  for (let i = 0; i < list.length; i++) {
    const name = parameterName(list[i]);
    if (!name) continue;
    if (isStatusName(name) && /^[a-z_$]/.test(name)) return i;
    if (responds && (name === 'code' || name === 'httpCode' || name === 'http_code')) return i;
  }
  return -1;
}

/** Splits on commas outside `<…>` and `[…]` (generic types, array types). */
function splitParams(params: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < params.length; i++) {
    const c = params[i];
    if (c === '<' || c === '[' || c === '{') depth++;
    else if ((c === '>' && params[i - 1] !== '=') || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) { out.push(params.slice(from, i)); from = i + 1; }
  }
  out.push(params.slice(from));
  return out.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** `statusCode`, `status = 200`, `$status = 200`, `int $status`, `status int`, `status: number`, `int status`. */
function parameterName(param: string): string | undefined {
  const decl = param.split('=')[0].trim();
  const php = /\$([A-Za-z_]\w*)/.exec(decl);
  if (php) return php[1];
  const colon = decl.indexOf(':');
  const words = (colon >= 0 ? decl.slice(0, colon) : decl).match(/[A-Za-z_]\w*/g);
  if (!words) return undefined;
  if (colon >= 0) return words[words.length - 1]; // `status: int`, `readonly status: number`
  // `status int` (Go) or `int status` (Java/C#): whichever word is not a type; a lowercase builtin type goes first.
  if (words.length === 1) return words[0];
  if (/^[A-Z]/.test(words[0])) return words[words.length - 1];
  return /^(?:int|long|short|uint|u?int(?:16|32|64)?|number|Integer|string|var|final)$/.test(words[0]) ? words[words.length - 1] : words[0];
}

/** A declaration: the name follows a type (`Task`, `int`, `List<T>`, `string[]`, `void`), not `.`, `=` or an operator. */
function afterType(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i === at - 1 || i < 0) return false;
  const c = text[i];
  if (c === '>' || c === ']' || c === '?') return true;
  if (!/\w/.test(c)) return false;
  const wordEnd = i + 1;
  while (i >= 0 && /\w/.test(text[i])) i--;
  return !/^(?:return|new|await|throw|else|case|in|is|as|yield)$/.test(text.slice(i + 1, wordEnd));
}

// The detector for programming languages: the lexer hands it candidate tokens; it looks at the few
// tokens around each one (bounded) and decides whether the code means an HTTP status there.
// A 3-digit number alone is never enough: it needs a status context (a status call, key, assignment,
// comparison with a status, assertion about a status, switch arm on a status, ...). When in doubt, silence.
import { Detection, DetectionForm } from './types';
import { commonNames, squash } from './names/standard';
import { requestsCodeNames } from './names/python';
import { lexCode, LexerSink } from './codeLexer';
import {
  CallRule, FamilyRules, FileHints, isStatusChain, isStatusGetter, isStatusListName, isStatusName, lastSegment, receiverOf, squashLower,
} from './familyRules';
import {
  chainStartBefore, enclosingBracket, LOOK_LIMIT, identEndAfter, identStartBefore, isDigit, isIdentChar, isRegExpSpace, isSpace, lineStart,
  matchBack, mentionsStatus, nextSig, numericDataEnd, prevSig, prevSigOnLine, statementEnd, statementStart,
} from './textScan';
import { FileHelpers, inStatusList, StatusParameters } from './statusParameters';
import { newTableState, statusColumn } from './tableColumns';
import { judgeTable, StatusTable, tableOpenBefore } from './statusTables';
import { docText, jsdocStatusTypes } from './docExamples';
import { maskBoth } from '../diagnostics/lookAround';
import { Scope, scopeTree, ScopeTree } from '../diagnostics/scopes';
import { LanguageFamily } from './languages';
import { ASSERTIONS, COMPARISONS, INFIX_ASSERTIONS, LOOKUP_METHODS, MATCHER_WRAPPERS, RESPONSE_HELPER, WRAPPERS } from './codeVocabulary';
import {
  callRulesOf, codeAt, isBoundOrTested, isEntryEnd, isKnownCode, isResponseReceiverChain, isReturnedAlone, listOfRegisteredStatuses, mailWordStarts, mayHoldStatus, methodReferenceBefore, nameOfCode, nextHttpAt, opEndingAt, opStartingAt, reasonFollows, reasonMatches, shortChain, splitTopLevel, statusLineCode, stringStatus, subscriptKey, tidySubject, withoutTrailingAccessor,
} from './codeContext';

/**
 * What detection reads beyond `text` when `text` is one segment of a bigger document
 * (server/src/service/segments/): the document's hints and the helpers it defines anywhere.
 */
export interface DetectionScope {
  hints: FileHints;
  /** `byName` for the whole document; `defaults` as offsets into `text`. */
  helpers: StatusParameters;
}

export function detectInCode(text: string, rules: FamilyRules, scope?: DetectionScope): Detection[] {
  // Most files hold nothing that could be a status: one native search settles it before any lexing.
  if (!rules.symbols && !mayHoldStatus(text, rules)) return [];
  const detector = new CodeDetector(text, rules, scope);
  lexCode(text, rules.syntax, detector, rules.qualifiers);
  // Each span is tested alone: the blanks between spans hold nothing a candidate could span.
  const docs = docText(text, rules.family, (content) => mayHoldStatus(content, rules));
  if (!docs) return detector.found;
  return mergeDetections(detector.found, detectInDocs(text, docs, rules, detector.hints, detector.fileHelpers));
}

/**
 * Statuses in documentation's code examples: the detector reads the documentation as code, and keeps what
 * it finds on lines that read as code or inside inline literals (``abort(404)``) — never in prose
 * (`Returns 404 when …; status=500 on failure.`). JSDoc types that list statuses count too.
 */
function detectInDocs(text: string, docs: string, rules: FamilyRules, hints: FileHints, helpers: FileHelpers): Detection[] {
  const detector = new CodeDetector(docs, rules, { hints }, helpers);
  lexCode(docs, rules.syntax, detector, rules.qualifiers);
  const found = detector.found.filter((d) => exampleAt(text, docs, d.start)).map((d) => ({ ...d, text: text.slice(d.start, d.end), context: `doc:${d.context}` }));
  for (const at of jsdocStatusTypes(docs)) {
    const code = codeAt(docs, at);
    if (isKnownCode(code)) found.push({ code, start: at, end: at + 3, form: 'literal', text: text.slice(at, at + 3), context: 'doc:jsdoc-type', framework: rules.framework('doc', hints) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether the documentation at `at` is code: inside an inline literal, or on a line that reads as code. */
function exampleAt(text: string, docs: string, at: number): boolean {
  const lineStart = docs.lastIndexOf('\n', at - 1) + 1;
  // An inline literal of the original (``abort(404)``, `res.status(404)`): an odd number of backquotes before it on its line.
  if ((text.slice(lineStart, at).match(/`/g)?.length ?? 0) % 2 === 1) return true;
  const lineEndAt = docs.indexOf('\n', at);
  const line = docs.slice(lineStart, lineEndAt < 0 ? docs.length : lineEndAt).trim();
  // Prose starts with a capitalised word or reads as a sentence; code starts with a keyword, a call, a
  // member access, an assignment or a continued chain.
  if (/^(?:raise|return|assert|await|yield|if|elif|else|for|while|def|class|import|from|with|const|let|var|new|throw)\b(?! (?:a|an|the|is|it|this|that|when|if|to)\b)/.test(line)) return true;
  if (/^(?:app|router|res|req|ctx|self|this|cherrypy|response|request|expect)[.(]/.test(line)) return true;
  if (/^\.[A-Za-z_$]/.test(line)) return true;
  if (/^[A-Za-z_$][\w$]*(?:\.[\w$]+)*\s*(?:\(|=[^=]|\[)/.test(line) && !/^[A-Z][a-z]+ [a-z]+ /.test(line)) return true;
  return false;
}

/** Main detections first; a documentation one only where it overlaps none. */
function mergeDetections(main: Detection[], docs: Detection[]): Detection[] {
  if (docs.length === 0) return main;
  const out: Detection[] = [];
  let k = 0;
  for (const d of docs) {
    while (k < main.length && main[k].end <= d.start) out.push(main[k++]);
    if (k < main.length && main[k].start < d.end) continue;
    out.push(d);
  }
  while (k < main.length) out.push(main[k++]);
  return out;
}

class CodeDetector implements LexerSink {
  readonly found: Detection[] = [];
  readonly hints: FileHints;
  private lastEnd = -1;
  private nextHttp = -2;
  /** The helpers of the text being read (the documentation pass reads the file's, not its own text's). */
  readonly fileHelpers: FileHelpers;
  private readonly tables = newTableState();
  private mailWords: number[] | undefined;
  private weakChecks = 0;
  private readonly callRules: Map<string, CallRule>;
  private lastList = -1;
  private lastListContext: string | undefined;
  /** The last table judged, and where the last search for one found none (a floor for the next search). */
  private lastTable: StatusTable | undefined;
  private tableFloor = -1;
  private scopeTreeOf: ScopeTree | undefined;
  /** Numbers before this offset are in a run of numeric data already judged (numericDataEnd). */
  private dataEnd = -1;

  constructor(private readonly text: string, private readonly rules: FamilyRules, scope?: Partial<DetectionScope>, helpers?: FileHelpers) {
    this.hints = scope?.hints ?? new FileHints(text);
    this.fileHelpers = helpers ?? new FileHelpers(text, scope?.helpers);
    this.callRules = callRulesOf(rules);
  }

  // ---- tokens from the lexer ----

  number(start: number, end: number): void {
    const t = this.text;
    const code = (t.charCodeAt(start) - 48) * 100 + (t.charCodeAt(start + 1) - 48) * 10 + (t.charCodeAt(start + 2) - 48);
    if (code < 100 || code > 599) return;
    const before = t.charCodeAt(start - 1);
    if (before === 45 /* - */ || before === 35 /* # */ || before === 64 /* @ */) return;
    // A run of numeric data (a bundle's tables): settled once for the numbers that follow in it.
    if (start < this.dataEnd) return;
    const dataEnd = numericDataEnd(t, start, end, isKnownCode);
    if (dataEnd >= 0) {
      this.dataEnd = dataEnd;
      return;
    }
    const context = this.classify(start, end, code) ?? (this.mayBeDefault(start, end) && this.helpers().defaults.has(start) ? 'param-default' : undefined);
    if (context && this.plausible(code, context, start)) this.push(code, start, end, 'literal', context);
  }

  /**
   * Whether the number at [start, end) follows `=` (blanks between) inside parentheses that hold no
   * others and may name a status, as every default statusParameters records does: the file's helpers
   * are then worth finding for it; most numbers are not (`x = 200`, a bundle's `(e=200)`).
   */
  private mayBeDefault(start: number, end: number): boolean {
    const t = this.text;
    let i = start - 1;
    while (i >= 0 && isRegExpSpace(t.charCodeAt(i))) i--;
    return i >= 0 && t.charCodeAt(i) === 61 && inStatusList(t, start, end);
  }

  /** Functions the file defines with a status parameter (read once, at the lists that may name a status). */
  private helpers(): StatusParameters {
    return this.fileHelpers.all();
  }

  string(start: number, end: number, contentStart: number, contentEnd: number): void {
    const t = this.text;
    // Status lines: "HTTP/1.1 503 Service Unavailable", "HTTP/2 404". `nextHttp` is the next "HTTP/" in the text.
    if (this.nextHttp < contentStart) this.nextHttp = nextHttpAt(t, contentStart);
    while (this.nextHttp >= 0 && this.nextHttp + 10 <= contentEnd) {
      const at = statusLineCode(t, this.nextHttp + 5, contentEnd);
      if (at >= 0) this.push(codeAt(t, at), at, at + 3, 'string', 'status-line');
      this.nextHttp = nextHttpAt(t, this.nextHttp + 5);
    }
    // requests.codes['not_found']
    if (this.rules.requestsCodes && t.charCodeAt(start - 1) === 91 && t.startsWith('codes', start - 6)) {
      const code = requestsCodeNames.get(squash(t.slice(contentStart, contentEnd))) ?? commonNames.get(squash(t.slice(contentStart, contentEnd)));
      if (code) this.push(code, chainStartBefore(t, start - 1), end + 1, 'constant', 'constant:codes', 'requests');
      return;
    }
    // Statuses written inside a longer string: `'403 Forbidden'`, `"404: Page Not Found"`, `'Error 401 Unauthorized - '`,
    // `"/redirect?status=307"`, `'error_page.404'`, `"<Response(… status=200 "`.
    if (contentEnd - contentStart > 4 && this.statusesInString(contentStart, contentEnd)) return;
    // A string that is a status: '404', "200 OK", ' 500 Internal Server Error' (after a protocol variable).
    if (t.charCodeAt(contentStart) === 32 && isDigit(t.charCodeAt(contentStart + 1))) {
      const code = codeAt(t, contentStart + 1);
      if (contentEnd - contentStart > 5 && t.charCodeAt(contentStart + 4) === 32 && reasonMatches(t, contentStart + 5, contentEnd, code)) {
        this.push(code, contentStart + 1, contentStart + 4, 'string', 'reason-phrase');
      }
      return;
    }
    const len = contentEnd - contentStart;
    if (len >= 3 && isDigit(t.charCodeAt(contentStart)) && isDigit(t.charCodeAt(contentStart + 1))
      && isDigit(t.charCodeAt(contentStart + 2)) && (len === 3 || (t.charCodeAt(contentStart + 3) === 32 && len < 60))) {
      const code = codeAt(t, contentStart);
      if (code < 100 || code > 599) return;
      const context = this.classify(start, end, code) ?? (len > 4 && reasonMatches(t, contentStart + 4, contentEnd, code) ? 'reason-phrase' : undefined);
      if (context && this.plausible(code, context, start)) this.push(code, contentStart, contentStart + 3, 'string', context);
    }
  }

  /**
   * Codes a string spells out as statuses (issue 14): a code followed by its reason phrase (or the start of
   * it), a code after `status=`/`code=` (query strings, reprs), `Status: 503`, `error_page.404`. Returns
   * whether any was found (the string is then done).
   */
  private statusesInString(from: number, to: number): boolean {
    const t = this.text;
    if (to - from > 2000) return false;
    // Most strings hold no 3-digit number: a look at their characters spares the slice.
    let digits = false;
    for (let k = from; k + 2 < to && !digits; k++) {
      const c = t.charCodeAt(k);
      digits = c >= 49 && c <= 53 && isDigit(t.charCodeAt(k + 1)) && isDigit(t.charCodeAt(k + 2));
    }
    if (!digits) return false;
    const content = t.slice(from, to);
    let found = false;
    stringStatus.lastIndex = 0;
    for (let m = stringStatus.exec(content); m; m = stringStatus.exec(content)) {
      const digitsAt = m.index + m[0].length - 3;
      const code = codeAt(content, digitsAt);
      if (code < 100 || code > 599) continue;
      const after = content.slice(digitsAt + 3);
      const keyed = m[1] !== undefined;
      // A code followed by its reason phrase (or at least its first word): `404 Not Found`, `404: page not found`.
      const phrased = !keyed && reasonFollows(after, code);
      if (!keyed && !phrased) continue;
      if (keyed && !isKnownCode(code) && !/^\d{3}(?:[&#"'\s]|$)/.test(content.slice(digitsAt))) continue;
      if (keyed && isDigit(content.charCodeAt(digitsAt + 3))) continue;
      this.push(code, from + digitsAt, from + digitsAt + 3, 'string', keyed ? 'string:key' : 'reason-phrase');
      found = true;
    }
    return found;
  }

  identifier(start: number, end: number): void {
    const t = this.text;
    const before = t.charCodeAt(start - 1);
    const rules = this.rules;
    let qualifierEnd = -1;
    if (before === 46 /* . */) qualifierEnd = t.charCodeAt(start - 2) === 63 ? start - 2 : start - 1;
    else if (before === 58 && t.charCodeAt(start - 2) === 58) qualifierEnd = start - 2;
    else if (before === 62 && t.charCodeAt(start - 2) === 45) qualifierEnd = start - 2;
    if (qualifierEnd > 0) {
      const qStart = identStartBefore(t, qualifierEnd);
      if (qStart === qualifierEnd) {
        if (rules.memberAfterCall && t.charCodeAt(qualifierEnd - 1) === 41) this.memberAfterCall(start, end, qualifierEnd);
        return;
      }
      const qualifier = t.slice(qStart, qualifierEnd);
      if (!rules.qualifiers.has(qualifier)) return;
      const member = t.slice(start, end);
      const chainStart = chainStartBefore(t, qualifierEnd);
      const chain = t.slice(chainStart, end);
      const match = rules.constant(qualifier, member, chain, this.hints);
      if (match && !this.inImport(chainStart)) {
        this.push(match.code, chainStart, end, 'constant', `constant:${qualifier}`, match.framework);
      }
      return;
    }
    if (rules.bareConstant && (end - start) >= 8 && !isIdentChar(before)) {
      const c0 = t.charCodeAt(start);
      if (c0 === 72 /* H */ || c0 === 83 /* S */) {
        const match = rules.bareConstant(t.slice(start, end), this.hints);
        const n = nextSig(t, end);
        const declared = n >= 0 && t.charCodeAt(n) === 61 && t.charCodeAt(n + 1) !== 61; // HTTP_STATUS_OK = 200 defines it
        if (match && !declared && !this.inImport(start)) this.push(match.code, start, end, 'constant', 'constant', match.framework);
      }
    }
  }

  symbol(start: number, end: number): void {
    const lookup = this.rules.symbols;
    if (!lookup) return;
    const code = lookup(this.text.slice(start + 1, end));
    if (code === undefined) return;
    if (this.text.startsWith('STATUS_CODE[', start - 12)) { this.push(code, start, end, 'symbol', 'index:SYMBOL_TO_STATUS_CODE'); return; }
    const context = this.classify(start, end, code);
    if (context) this.push(code, start, end, 'symbol', context);
    // Symbols in data (issue 14): `'SomeError' => :not_found`, `Hash.new(:internal_server_error)`, a symbol
    // passed on through `__send__`. A name of two or more words is a status wherever it is written; `:ok`
    // or `:created` alone are everyday symbols and count only in a status context (above).
    // Not a symbol naming a method: `rescue_from NotFound, with: :not_found`, `before_action :not_found`.
    else if (this.text.indexOf('_', start) < end && !methodReferenceBefore.test(this.text.slice(Math.max(0, start - 40), start))) {
      this.push(code, start, end, 'symbol', 'symbol:data');
    }
  }

  // ---- decisions ----

  /**
   * A code nobody defines (299, 255, 127) only counts where a framework call takes it (res.status(299)).
   * Weak evidence (a comparison, an assertion, a switch) does not count in a mail or gRPC file: 250 or 550
   * beside `response.status` there is SMTP.
   */
  private plausible(code: number, context: string, at: number): boolean {
    if (!context.startsWith('call:') && !isKnownCode(code) && !isBoundOrTested(code, context)) return false;
    const weak = /^(?:compare|assertion|case|list|in|fallback|code):/.test(context);
    // `mail` as a word (mail(), Mail::to, mailer), not inside `$email` / `user.email`, which web code is full of.
    if (!weak) return true;
    const from = Math.max(0, at - 400);
    // A file with many weak detections (a test suite): the occurrences, found once per text, settle most
    // windows without a slice; a file with a few reads just those windows, not the whole text.
    if (++this.weakChecks > 32 && !this.mailWordWithin(from, at)) return true;
    return !/smtp|grpc|imap|ftp|\bmail(?:er|box)?\b|sendmail/i.test(this.text.slice(from, at));
  }

  /** Whether an occurrence of `smtp`/`grpc`/`imap`/`ftp`/`mail` (any case) lies wholly in [from, to). */
  private mailWordWithin(from: number, to: number): boolean {
    const starts = (this.mailWords ??= mailWordStarts(this.text));
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < from) lo = mid + 1; else hi = mid;
    }
    if (lo === starts.length) return false;
    // The words cannot overlap, so if the first one from `from` on runs past `to`, every later one does.
    const start = starts[lo];
    return start + ((this.text.charCodeAt(start) | 32) === 102 /* f */ ? 3 : 4) <= to;
  }

  private push(code: number, start: number, end: number, form: DetectionForm, context: string, framework?: string): void {
    if (start < this.lastEnd) return; // never overlap (a status line inside a status string...)
    this.lastEnd = end;
    this.found.push({
      code, start, end, form, text: this.text.slice(start, end), context,
      framework: framework ?? this.rules.framework(context, this.hints),
    });
  }

  private memberAfterCall(start: number, end: number, qualifierEnd: number): void {
    const t = this.text;
    const open = matchBack(t, qualifierEnd - 1, 40, 41);
    if (open < 0) return;
    const calleeStart = chainStartBefore(t, open);
    const callee = t.slice(calleeStart, open);
    const match = this.rules.memberAfterCall!(callee, t.slice(start, end));
    if (match) this.push(match.code, calleeStart, end, 'constant', `matcher:${callee}`, match.framework);
  }

  private inImport(pos: number): boolean {
    const t = this.text;
    let i = lineStart(t, pos);
    while (i < pos && isSpace(t.charCodeAt(i))) i++;
    return t.startsWith('import ', i) || t.startsWith('using ', i) || t.startsWith('use ', i) || t.startsWith('from ', i)
      || t.startsWith('require ', i);
  }

  /** The context that makes the token [s, e) (holding `code`) a status, or undefined. */
  private classify(s: number, e: number, code: number): string | undefined {
    // No cap on the number of candidates (a big generated file has real detections at its end): every
    // look-around here is bounded, so the work per candidate is bounded and the scan stays linear
    // (test/unit/pathological.test.ts: megabytes of `404 404 …`, minified lines, unclosed calls).
    return this.classifyByContext(s, e) ?? this.classifyByName(s, e, code);
  }

  /**
   * The code's own name next to it: `NOT_FOUND = 404`, `'Not Found': 404`, `404: 'Not Found'`,
   * `case 404: return "Not Found"`, `(404, "Not Found")`.
   */
  private classifyByName(s: number, e: number, code: number): string | undefined {
    const t = this.text;
    const p = prevSig(t, s);
    const op = opEndingAt(t, p);
    if (op === ':' || op === '=' || op === '=>' || op === ':=') {
      const key = this.leftName(p - op.length + 1);
      if (key && nameOfCode(lastSegment(key) || key) === code) return `named:${key}`;
    }
    // A reason phrase right after: skip `:`, `=>`, `,`, `->`, `)`, `then`, `return`, spaces (bounded).
    let i = e;
    const stop = Math.min(t.length, e + 40);
    while (i < stop) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 9 || c === 58 || c === 44 || c === 61 || c === 62 || c === 45 || c === 41) { i++; continue; }
      if (t.startsWith('return', i) || t.startsWith('then', i)) { i += t.charCodeAt(i) === 114 ? 6 : 4; continue; }
      break;
    }
    const q = t.charCodeAt(i);
    if (q !== 34 && q !== 39 && q !== 96) return undefined;
    const close = t.indexOf(t[i], i + 1);
    if (close < 0 || close - i > 60) return undefined;
    return reasonMatches(t, i + 1, close, code) ? 'reason-phrase' : undefined;
  }

  private classifyByContext(s: number, e: number): string | undefined {
    const t = this.text;
    const p = prevSig(t, s);
    const pc = p >= 0 ? t.charCodeAt(p) : 0;
    // Ranges (`when 200..299`, `200..=299 =>`, `(400...500).include?(status)`): their bounds count where the range is
    // matched against a status, and nowhere else.
    const rangeEnd = pc === 46 && t.charCodeAt(p - 1) === 46 || (pc === 61 && t.charCodeAt(p - 1) === 46 && t.charCodeAt(p - 2) === 46);
    if ((t.charCodeAt(e) === 46 && t.charCodeAt(e + 1) === 46) || rangeEnd) return this.rangeContext(s, e, rangeEnd);
    // A type argument: `HttpError<404>` (fastify-sensible), `Status<201>`.
    if (pc === 60 && (t.charCodeAt(nextSig(t, e)) === 62 || t.charCodeAt(nextSig(t, e)) === 44)) {
      const name = t.slice(identStartBefore(t, p), p);
      if (/^[A-Z]\w*(?:Error|Status|Response|Exception|Code)$/.test(name)) return `generic:${name}`;
    }

    // 1. Something before: a key, an assignment, a comparison, a fallback.
    const op = opEndingAt(t, p);
    if (op) {
      const opStart = p - op.length + 1;
      if (op === ':' || op === '=' || op === '=>' || op === ':=') {
        const key = this.leftName(opStart);
        if (key !== undefined) {
          if (isStatusName(key)) return `${op === '=' || op === ':=' ? 'assign' : 'key'}:${key}`;
          // `code = 410` in `class Gone(HTTPException)`, `this.code = 404` in an HTTP error's constructor.
          if (/^(?:code|status_?code|http_?code|statusCode)$/i.test(lastSegment(key) || key) && this.inHttpErrorClass(s)) return `class:${key}`;
          // `code = 500` where `code` is the status of a file about HTTP.
          if (this.isHttpCodeName(key) && isEntryEnd(t, e)) return `code:${key}`;
          // `statusMessageMin = 100`, `MAX_STATUS = 599`: the bounds of the valid range.
          if (/status\w*(?:min|max|lower|upper|first|last)$|^(?:min|max)\w*status/i.test(squashLower(lastSegment(key) || key))) return `bound:${key}`;
          if ((key === 'code' || key === 'responseCode') && this.enclosingCalleeMatches(s, /ApiResponse|redirect|abort|Response$/)) return `key:${key}`;
        }
        if (op === ':' && this.isTernaryColon(opStart)) return this.callContext(s, true) ?? this.ternaryCommand(s) ?? this.ternaryTarget(opStart);
        if (key !== undefined && this.tableAround(s)?.values && isEntryEnd(t, e)) return `table:${key}`;
        return this.objectKeyUnderResponses(s, e) ?? (this.tableAround(s)?.keys ? 'table:key' : undefined);
      }
      if (COMPARISONS.has(op)) {
        const left = this.leftOperand(opStart);
        if (left) return `compare:${left}`;
        // RSpec `expect(response.status).to be >= 400`
        const w = prevSig(t, opStart);
        if (w >= 1 && t.charCodeAt(w) === 101 && t.charCodeAt(w - 1) === 98 && !isIdentChar(t.charCodeAt(w - 2))
          && mentionsStatus(t, statementStart(t, w), w)) return 'assertion:be';
        return this.classRange(s, e, op, opStart) ?? this.forwardContext(s, e);
      }
      if (op === '||' || op === '??' || op === '?') {
        if (op !== '?') {
          const left = this.leftOperand(opStart);
          if (left) return `fallback:${left}`;
        }
        return this.callContext(s, true) ?? (op === '?' ? this.ternaryCommand(s) ?? this.ternaryTarget(opStart) : undefined) ?? this.forwardContext(s, e);
      }
    }
    // `or 500` (Python) and `case`/`when` arms.
    if (isIdentChar(pc)) {
      const wStart = identStartBefore(t, p + 1);
      const word = t.slice(wStart, p + 1);
      if (word === 'or') {
        const left = this.leftOperand(wStart);
        // `… or 500` is a fallback; `… or 100 <= status < 200` starts a comparison of its own.
        return left ? `fallback:${left}` : this.forwardContext(s, e);
      }
      if (word === 'case' || word === 'when') return this.armContext(s, e, true);
      // Django Ninja: `return 404, {"message": …}` (the status comes first)
      if (word === 'return' && this.rules.statusFirstReturns && this.hints.has('ninja') && t.charCodeAt(nextSig(t, e)) === 44
        && this.inViewFunction(s)) return 'return-tuple';
      // Python conditional expressions: `response.status = 202 if running else 200`
      if (word === 'else' && this.rules.conditionalExpressions) {
        const target = this.ternaryTarget(wStart, true);
        if (target) return target;
        const from = statementStart(t, wStart);
        const fn = t.startsWith('return', nextSig(t, from)) ? this.inStatusFunction(s) : undefined;
        if (fn) return `return:${fn}`;
      }
      if (word === 'return') {
        // The enclosing function needs the file's scope tree: asked only for a number returned alone.
        const fn = isReturnedAlone(t, e) ? this.inStatusFunction(s) : undefined;
        if (fn) return `return:${fn}`;
        const triple = this.responseTriple(s);
        if (triple) return triple;
      }
      if (word === 'return' || word === 'in' || word === 'not' || word === 'and') return this.forwardContext(s, e);
      if (this.rules.commands && this.rules.commands.has(word) && prevSigOnLine(t, s) === p) {
        return `call:${word}`;
      }
      // Infix and paren-less assertions: `status shouldBe 200`, `expect(x.status).to eq 200`, `assert_equal 200, res.status`.
      if (INFIX_ASSERTIONS.has(word) || (ASSERTIONS.has(word) && prevSigOnLine(t, s) === p)) {
        const from = statementStart(t, wStart);
        if (mentionsStatus(t, from, statementEnd(t, e))) return `assertion:${word}`;
      }
      return this.forwardContext(s, e);
    }
    if (pc === 40 || pc === 44 || pc === 91 || pc === 123 || pc === 124) {
      const found = this.callContext(s, false) ?? this.getterDefault(s) ?? this.schemaOwner(s) ?? this.responseTriple(s);
      if (found) return found;
      if (pc === 44 || pc === 124) {
        const arm = this.armContext(s, e, false);
        if (arm) return arm;
        if (pc === 44 && this.rules.returnTuples) {
          const tuple = this.returnTuple(s);
          if (tuple) return tuple;
        }
      }
      if (pc === 44) {
        const command = this.ternaryCommand(s);
        if (command) return command;
        const pair = this.pairedAssignment(s);
        if (pair) return pair;
      }
      const row = this.requestRow(s, e);
      if (row) return row;
      if (this.rules.statusColumns) {
        const column = statusColumn(t, s, this.rules.family, this.tables);
        if (column) return `column:${column}`;
      }
      if (pc === 91 && this.rules.rackTriples) {
        const n1 = nextSig(t, e);
        if (n1 >= 0 && t.charCodeAt(n1) === 44) {
          const n2 = nextSig(t, n1 + 1);
          if (n2 >= 0 && (t.charCodeAt(n2) === 123 || t.startsWith('headers', n2))) return 'rack:response';
        }
      }
      return this.forwardContext(s, e);
    }
    if (pc === 41) {
      // (HttpStatusCode)404, (HttpStatus)404
      const open = matchBack(t, p, 40, 41);
      if (open >= 0) {
        const inner = squashLower(t.slice(open + 1, p));
        if (inner === 'httpstatuscode' || inner === 'httpstatus' || inner === 'statuscode' || inner === 'systemnethttpstatuscode') {
          return 'cast';
        }
      }
      return undefined;
    }
    return this.forwardContext(s, e);
  }

  /** The bounds of a range matched against a status: a `case`/`when`/match arm on a status, `in`, `.include?(status)`. */
  private rangeContext(s: number, e: number, isEnd: boolean): string | undefined {
    const t = this.text;
    const start = isEnd ? this.rangeStartBefore(s) : s;
    if (start < 0) return undefined;
    const p = prevSig(t, start);
    const asRange = (context: string | undefined) => context?.replace(/^case:/, 'range:');
    if (p >= 0 && isIdentChar(t.charCodeAt(p))) {
      const word = t.slice(identStartBefore(t, p + 1), p + 1);
      if (word === 'when' || word === 'case') return asRange(this.armContext(start, e, true));
      if (word === 'in') {
        const left = this.leftOperand(identStartBefore(t, p + 1));
        return left ? `in:${left}` : undefined;
      }
    }
    const arm = this.armContext(start, e, false);
    if (arm) return asRange(arm);
    // `(200..299).include?(status)`, `(400...500).cover?(code)`, `(200..=299).contains(&status)`
    const close = t.indexOf(')', e);
    if (close > 0 && close - e < 8 && t.charCodeAt(close + 1) === 46) {
      const mEnd = identEndAfter(t, close + 2);
      if (/^(?:include\?|cover\?|contains|includes|member\?)$/.test(t.slice(close + 2, mEnd + (t.charCodeAt(mEnd) === 63 ? 1 : 0))) && mentionsStatus(t, mEnd, statementEnd(t, mEnd))) return 'range:include';
    }
    return undefined;
  }

  /** The start of the range whose end is the number at `s` (`200..299`: the 200). */
  private rangeStartBefore(s: number): number {
    const t = this.text;
    let k = s - 1;
    while (k >= 0 && (t.charCodeAt(k) === 46 || t.charCodeAt(k) === 61 || t.charCodeAt(k) === 32)) k--;
    const start = k - 2;
    return start >= 0 && isDigit(t.charCodeAt(start)) && isDigit(t.charCodeAt(k)) ? start : -1;
  }

  /** `s >= 200 && s < 300`, `code >= 500 && code <= 599`: bounds of a status class on the same operand. */
  private classRange(s: number, e: number, op: string, opStart: number): string | undefined {
    const t = this.text;
    const v = codeAt(t, s);
    if (v % 100 !== 0 || v < 100 || v > 500) return undefined;
    const p = prevSig(t, opStart);
    if (p < 0 || !isIdentChar(t.charCodeAt(p))) return undefined;
    const name = t.slice(chainStartBefore(t, p + 1), p + 1);
    if (!name || name.length > 40) return undefined;
    // the operand must be a status or a short name for one (s, sc, rc, code), not a width or a count
    if (!isStatusChain(name) && !/code$|^(?:s|sc|rc|st)$/i.test(lastSegment(name))) return undefined;
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const window = t.slice(Math.max(0, s - 60 - name.length), Math.min(t.length, e + 60 + name.length));
    if (op === '>=' || op === '>') {
      const upper = new RegExp(`${esc}\\s*(?:<\\s*${v + 100}|<=\\s*${v + 99})\\b`);
      return upper.test(window) ? `range:${name}` : undefined;
    }
    if (op === '<' && v >= 200) {
      const lower = new RegExp(`${esc}\\s*>=\\s*${v - 100}\\b`);
      return lower.test(window) ? `range:${name}` : undefined;
    }
    return undefined;
  }

  /**
   * A row of a request table: `['/users/abc', 400]`, `{"missing", http.MethodGet, "/widgets/1", 404}`,
   * `("/old", "/new", 301)` — a path, URL or HTTP method beside exactly one 3-digit number.
   */
  private requestRow(s: number, e: number): string | undefined {
    const t = this.text;
    const enc = enclosingBracket(t, s);
    if (!enc) return undefined;
    if (enc.kind === 40) {
      const before = prevSig(t, enc.open);
      if (before >= 0 && (isIdentChar(t.charCodeAt(before)) || t.charCodeAt(before) === 41)) return undefined; // a call, not a tuple
    }
    const closer = enc.kind === 40 ? 41 : enc.kind === 91 ? 93 : 125;
    const stop = Math.min(t.length, enc.open + 300);
    let numbers = 0;
    let method = false;
    let paths = 0;
    let depth = 0;
    for (let i = enc.open + 1; i < stop; i++) {
      const c = t.charCodeAt(i);
      if (c === 40 || c === 91 || c === 123) { depth++; continue; }
      if (c === 41 || c === 93 || c === 125) { if (depth-- === 0) { if (c !== closer) return undefined; break; } continue; }
      if (c === 34 || c === 39 || c === 96) {
        const q = t.indexOf(t[i], i + 1);
        if (q < 0 || q > stop) return undefined;
        const body = t.slice(i + 1, q);
        if (depth === 0) {
          if (/^\/[\w\-./{}:%?=&]*$/.test(body) || /^https?:\/\//.test(body)) paths++;
          else if (/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(body)) method = true;
        }
        i = q;
        continue;
      }
      if (depth === 0 && isDigit(c) && !isIdentChar(t.charCodeAt(i - 1))) {
        let j = i;
        while (j < stop && (isDigit(t.charCodeAt(j)) || t.charCodeAt(j) === 46)) j++;
        numbers++;
        if (j - i !== 3 && i !== s) return undefined; // other numbers in the row: not a request table
        i = j - 1;
        continue;
      }
      if (depth === 0 && c === 77 && /^Method(?:Get|Post|Put|Patch|Delete|Head|Options)\b/.test(t.slice(i, i + 14))) method = true;
    }
    void e;
    const code = codeAt(t, s);
    // A method, or a redirect pair of paths, or a path in a test table; a lone path beside a number may be a size.
    const request = method || paths >= 2 || (paths === 1 && this.isTestFile());
    return request && numbers === 1 && code >= 200 && isKnownCode(code) ? 'row' : undefined;
  }

  private isTestFile(): boolean {
    const h = this.hints;
    return h.has('describe(') || h.has('it(') || h.has('test(') || h.has('func Test') || h.has('def test_') || h.has('@Test')
      || h.has('pytest') || h.has('[Fact]') || h.has('[Test]') || h.has('RSpec') || h.has('extends TestCase') || h.has('#[test]')
      || h.has('#[tokio::test]');
  }

  /**
   * A parallel assignment pairing the number with a status: Go `got, want := w.Code, 200`, Python
   * `status, expected = resp.status, 404` — the number is what the status is compared with.
   */
  private pairedAssignment(s: number): string | undefined {
    const t = this.text;
    // The values run from the last `=` to the number with no `;` between: find that `=` nearby first, so a
    // number on a long minified line costs a short look back, not a scan and a match over the line.
    let eq = -1;
    for (let i = s - 1, stop = Math.max(0, s - LOOK_LIMIT); i >= stop; i--) {
      const c = t.charCodeAt(i);
      if (c === 61) { eq = i; break; }
      if (c === 59 || c === 10) return undefined;
    }
    if (eq < 0) return undefined;
    let start = -1; // the line's start, when it is within reach
    for (let i = eq - 1, stop = Math.max(-1, eq - LOOK_LIMIT - 1); i >= stop; i--) {
      if (i < 0 || t.charCodeAt(i) === 10) { start = i + 1; break; }
    }
    const from = start >= 0 ? start : eq - LOOK_LIMIT;
    // Cut short of the line's start, `^` must not match at the cut: '#' starts no name.
    const line = (from > start ? '#' : '') + t.slice(from, s);
    const m = /(?:^|[;{(]|\bif\s)\s*([A-Za-z_$][\w$]*(?:\s*,\s*[A-Za-z_$][\w$]*)+)\s*:?=\s*([^=;]*)$/.exec(line);
    if (!m) return undefined;
    const values = m[2].split(',').map((v) => v.trim()).filter((v) => v !== '');
    return values.some((v) => isStatusChain(v) || (v.endsWith('()') && isStatusGetter(v.slice(0, -2)))) ? `pair:${values[0]}` : undefined;
  }

  /** `data.get('status', 500)`, `self.get_argument("status", "302")`, `getattr(resp, 'status_code', 500)`: a status read with a default. */
  private getterDefault(s: number): string | undefined {
    const t = this.text;
    const enc = enclosingBracket(t, s);
    if (!enc || enc.kind !== 40 || enc.argIndex === 0) return undefined;
    const calleeEnd = prevSig(t, enc.open);
    if (calleeEnd < 0 || !isIdentChar(t.charCodeAt(calleeEnd))) return undefined;
    const name = t.slice(identStartBefore(t, calleeEnd + 1), calleeEnd + 1);
    if (!/^(?:get|get_argument|get_query_argument|getattr|fetch|getOrDefault|GetValueOrDefault|get_param|param|pop|setdefault|getInt|getIntOrDefault)$/.test(name)) return undefined;
    const args = t.slice(enc.open + 1, s).split(',');
    const key = args[name === 'getattr' ? 1 : 0]?.trim().replace(/^:/, '').replace(/^(['"])(.*)\1$/, '$2');
    return key && args.length === (name === 'getattr' ? 3 : 2) && isStatusName(key) ? `default:${key}` : undefined;
  }

  /**
   * A number in a schema of a status option: `statuses: Joi.array().items(Joi.number().min(200)).default([200, 204])`,
   * `emptyStatusCode: Validate.valid(200, 204).default(204)` — the calls that constrain it, up to the key they give a value.
   */
  private schemaOwner(s: number): string | undefined {
    const t = this.text;
    let at = s;
    let schemaCall = false;
    for (let guard = 0; guard < 6; guard++) {
      const enc = enclosingBracket(t, at);
      if (!enc) return undefined;
      if (enc.kind === 40) {
        const calleeEnd = prevSig(t, enc.open);
        if (calleeEnd < 0 || !isIdentChar(t.charCodeAt(calleeEnd))) return undefined;
        const name = t.slice(identStartBefore(t, calleeEnd + 1), calleeEnd + 1);
        if (/^(?:valid|default|min|max|allow|equal|only|greater|less|items|oneOf|enum|example|examples|literal|union|gte|lte|gt|lt)$/.test(name)) schemaCall = true;
        at = chainStartBefore(t, calleeEnd + 1, true);
      } else if (enc.kind === 91) {
        at = enc.open;
      } else return undefined;
      const p = prevSig(t, at);
      const op = opEndingAt(t, p);
      if (op === ':' || op === '=') {
        const key = this.leftName(p);
        return schemaCall && key && (isStatusName(key) || isStatusListName(key)) ? `schema:${key}` : undefined;
      }
      if (p < 0 || (t.charCodeAt(p) !== 40 && t.charCodeAt(p) !== 44 && t.charCodeAt(p) !== 91)) return undefined;
    }
    return undefined;
  }

  /** Python: `return value, 200, {}` / `return 200, {}, body` — a (body, status, headers) or (status, headers, body) triple. */
  private responseTriple(s: number): string | undefined {
    if (!this.rules.responseTriples) return undefined;
    const t = this.text;
    let i = lineStart(t, s);
    while (i < s && isSpace(t.charCodeAt(i))) i++;
    let parts: string[];
    const enc = enclosingBracket(t, s);
    const before = enc && enc.kind === 40 ? prevSig(t, enc.open) : -1;
    if (enc && before >= 5 && t.startsWith('return', before - 5) && !isIdentChar(t.charCodeAt(before - 6))) {
      // `return (\n    200,\n    {"Content-Type": …},\n    b"foo",\n)`
      const close = t.indexOf(')', s);
      parts = splitTopLevel(t.slice(enc.open + 1, close < 0 ? Math.min(t.length, s + 400) : Math.min(close, s + 400)));
    } else {
      if (!t.startsWith('return ', i)) return undefined;
      const end = t.indexOf('\n', s);
      parts = splitTopLevel(t.slice(i + 7, end < 0 ? t.length : end));
    }
    if (parts.length !== 3) return undefined;
    const index = parts.findIndex((p) => p.trim() === t.slice(s, s + 3));
    if (index < 0) return undefined;
    const headers = parts.some((p, k) => k !== index && (/^\s*(?:\{.*\}|\(\)|\[\])\s*$/.test(p) || /header/i.test(p)));
    return headers && isKnownCode(codeAt(t, s)) ? 'return-tuple' : undefined;
  }

  /** Ruby: `head ok ? :ok : :bad_gateway` — a paren-less status command starts the statement. */
  private ternaryCommand(s: number): string | undefined {
    const commands = this.rules.commands;
    if (!commands) return undefined;
    const t = this.text;
    let i = lineStart(t, s);
    while (i < s && isSpace(t.charCodeAt(i))) i++;
    const word = t.slice(i, identEndAfter(t, i));
    return commands.has(word) ? `call:${word}` : undefined;
  }

  /** After the token: `404 === res.status`, `500 =>` arm, `'404':` key under responses. */
  private forwardContext(s: number, e: number): string | undefined {
    const t = this.text;
    const n = nextSig(t, e);
    if (n < 0) return undefined;
    const op = opStartingAt(t, n);
    if (op && COMPARISONS.has(op)) {
      const right = this.rightOperand(n + op.length);
      if (right) return `compare:${right}`;
      return undefined;
    }
    if (op === '=>' || op === '->' || op === '|' || op === ',' || op === '..') {
      const arm = this.armContext(s, e, false);
      if (arm) return arm;
    }
    if (op === ':' || op === '=>') return this.objectKeyUnderResponses(s, e) ?? (this.tableAround(s)?.keys ? 'table:key' : undefined);
    if (op === '.' && t.startsWith('includes', n + 1)) return undefined;
    return undefined;
  }

  /** The table (a block of entries) holding `s`, judged once per block; undefined outside any block. */
  private tableAround(s: number): StatusTable | undefined {
    const known = this.lastTable;
    if (known && s > known.open && s < known.close) return known;
    const open = tableOpenBefore(this.text, s, this.tableFloor);
    if (open < 0) {
      this.tableFloor = s;
      return undefined;
    }
    return (this.lastTable = judgeTable(this.text, open, this.rules.syntax));
  }

  /** The functions and classes of the text (the rules' structural lexer), built on first use. */
  private scopes(): ScopeTree {
    if (!this.scopeTreeOf) {
      const family = this.rules.family as LanguageFamily;
      this.scopeTreeOf = scopeTree(this.text, maskBoth(this.text, family).masked!, family);
    }
    return this.scopeTreeOf;
  }

  /** The header of the nearest scope of `kind` around `s` (`class HTTPNotFound(HTTPClientError):`, `function getStatus(e)`). */
  private enclosingHeader(s: number, kind: 'class' | 'function'): string | undefined {
    for (let scope: Scope | undefined = this.scopes().innermost(s); scope; scope = scope.parent) {
      if (scope.kind === kind) return this.text.slice(scope.headerStart, scope.open);
      if (kind === 'class' && scope.kind === 'function' && !this.inMethodOfClass(scope)) return undefined;
    }
    return undefined;
  }

  /** A function scope that is a method: its parent is a class (or, in JS, a class body). */
  private inMethodOfClass(fn: Scope): boolean {
    return fn.parent?.kind === 'class';
  }

  /** Inside a class about HTTP errors or responses: `class Gone(HTTPException)`, `class NotFound extends FeathersError`. */
  private inHttpErrorClass(s: number): boolean {
    const header = this.enclosingHeader(s, 'class');
    return header !== undefined && /HTTP|Http|Error|Exception|Response|Fault|Redirect/.test(header) && !/smtp|grpc|mail|ftp|socket|sql|db/i.test(header);
  }

  /** Inside a function whose name says it gives a status: `getHTTPStatusCode`, `def http_status`, `toHttpStatusCode`. */
  private inStatusFunction(s: number): string | undefined {
    const header = this.enclosingHeader(s, 'function');
    if (!header) return undefined;
    const m = /(?:\bdef|\bfunction|\bfunc(?:\s*\([^)]*\))?|\bfn)\s+([A-Za-z_$][\w$]*[?!]?)|([A-Za-z_$][\w$]*)\s*(?:=|:)\s*(?:async\s*)?(?:function\b|\()|^\s*(?:(?:public|private|protected|static|async|override|final|internal)\s+)*(?:[\w<>[\],.?]+\s+)?([A-Za-z_$][\w$]*)\s*\(/.exec(header);
    const name = m?.[1] ?? m?.[2] ?? m?.[3];
    if (!name) return undefined;
    const s2 = squashLower(name);
    return /status|httpcode|responsecode|statuscode/.test(s2) && !/exit|job|task|order|payment|process|build|mail/.test(s2) ? name : undefined;
  }

  /** The name before an assignment or key operator: `ctx.status`, `"statusCode"`, `:status`, `$status`. */
  private leftName(opStart: number): string | undefined {
    const t = this.text;
    const p = prevSig(t, opStart);
    if (p < 0) return undefined;
    const c = t.charCodeAt(p);
    if (c === 34 || c === 39) {
      const q = t.lastIndexOf(t[p], p - 1);
      if (q < 0 || p - q > 64) return undefined;
      return t.slice(q + 1, p);
    }
    // A subscript: `StatusCodes["NOT_FOUND"] = 404`, `info["status"] = "504"`, `response[:status] =`.
    if (c === 93) return subscriptKey(t, p);
    if (!isIdentChar(c)) return undefined;
    const start = chainStartBefore(t, p + 1);
    const chain = t.slice(start, p + 1);
    // Python annotations `status: int = 200`: the name is before the type.
    if (/^(int|number|u16|i32|Int|HttpStatus|HttpStatusCode|StatusCode|integer)$/.test(chain)) {
      const colon = prevSig(t, start);
      if (colon >= 0 && t.charCodeAt(colon) === 58) return this.leftName(colon);
    }
    return chain;
  }

  /** A status-valued expression ending before `opStart`, as text, or undefined. */
  private leftOperand(opStart: number): string | undefined {
    const t = this.text;
    const p = prevSig(t, opStart);
    if (p < 0) return undefined;
    const c = t.charCodeAt(p);
    if (c === 41) {
      const open = matchBack(t, p, 40, 41);
      if (open < 0) return undefined;
      const callee = t.slice(chainStartBefore(t, open, true), open);
      if (callee && isStatusGetter(callee)) return callee + '()';
      // (int)response.StatusCode is handled below; `(res.status)` parenthesised:
      const inner = t.slice(open + 1, p).trim();
      if (/^[\w$.?]+$/.test(inner) && (isStatusChain(inner) || this.isHttpCodeName(inner))) return inner;
      return undefined;
    }
    // `info["status"] == "308"`, `response[:response][:status] != 200`
    if (c === 93) {
      const key = subscriptKey(t, p);
      if (key !== undefined) return isStatusName(key) ? `[${key}]` : undefined;
      // A lookup in a table of statuses: `JSONRPC2_TO_HTTP_CODE[code] ?? 500`, `STATUS_CODES[k]`.
      const open = t.lastIndexOf('[', p);
      const table = open > 0 ? t.slice(chainStartBefore(t, open), open) : '';
      return table && /status|http_?code|response_?code/i.test(squashLower(lastSegment(table)) + lastSegment(table)) ? `${table}[]` : undefined;
    }
    if (!isIdentChar(c)) return undefined;
    const chain = t.slice(chainStartBefore(t, p + 1, true), p + 1);
    if (isStatusChain(chain)) return chain;
    if (isStatusGetter(chain) && /\)\s*[.?]/.test(chain)) return chain;
    if (this.isCaughtHttpErrorCode(chain, p)) return chain;
    if (this.isHttpCodeName(chain)) return chain;
    return undefined;
  }

  /**
   * A plain `code` (`code`, `self.code`, `$code`, `this.code`, `err.code`) in a file that is about HTTP
   * (issue 14: `if code == 304`, `$code < 400`): there, `code` is the status more often than anything else.
   */
  private isHttpCodeName(chain: string): boolean {
    const last = lastSegment(chain);
    if ((last !== 'code' && last !== '$code') || !this.hints.httpish) return false;
    const owner = receiverOf(chain);
    return owner === '' || /^(?:self|this|\$this|e|err|error|exc|ex|exception|resp|res|response|result|r|start_line|startLine|ctx|context)$/.test(owner);
  }

  /** `e.code` / `err.status` of a caught HTTP error: `except urllib.error.HTTPError as e: if e.code == 404`. */
  private isCaughtHttpErrorCode(chain: string, at: number): boolean {
    if (!/^(?:e|err|error|exc|ex|exception|he|http_?err(?:or)?)\.(?:code|status)$/i.test(chain)) return false;
    return /HTTP\w*Error|HttpError|HttpException|HTTPException|ClientResponseError|HTTPClientError|WebApplicationException/
      .test(this.text.slice(Math.max(0, at - 600), at));
  }

  private rightOperand(from: number): string | undefined {
    const t = this.text;
    const n = nextSig(t, from);
    if (n < 0) return undefined;
    let i = n;
    if (t.charCodeAt(i) === 40) { // (int)res.StatusCode
      const close = t.indexOf(')', i);
      if (close > 0 && close - i < 20) i = nextSig(t, close + 1);
      if (i < 0) return undefined;
    }
    let end = i;
    const stop = Math.min(t.length, i + 200);
    while (end < stop) {
      const c = t.charCodeAt(end);
      if (isIdentChar(c)) { end++; continue; }
      if (c === 46 || (c === 63 && t.charCodeAt(end + 1) === 46)) { end += c === 46 ? 1 : 2; continue; }
      if ((c === 45 && t.charCodeAt(end + 1) === 62) || (c === 58 && t.charCodeAt(end + 1) === 58)) { end += 2; continue; }
      if (c === 40 && t.charCodeAt(end + 1) === 41) { end += 2; continue; }
      break;
    }
    if (end === i) return undefined;
    const chain = t.slice(i, end);
    const bare = chain.replace(/\(\)$/, '');
    if (chain.endsWith('()') ? isStatusGetter(bare) : isStatusChain(chain)) return chain;
    if (this.isHttpCodeName(chain)) return chain;
    return undefined;
  }


  /**
   * A ternary whose value goes to a status: `status = cond ? $e->getStatusCode() : 500`,
   * `{ ':status': timedOut ? 504 : 502 }`. `at` is the `?` or the ternary `:`; scans back (bounded, one level)
   * over the condition to the assignment or key that receives it.
   */
  private ternaryTarget(at: number, afterCondition = false): string | undefined {
    const t = this.text;
    let depth = 0;
    let question = afterCondition || t.charCodeAt(at) === 63;
    for (let i = at - 1, stop = Math.max(0, at - 240); i >= stop; i--) {
      const c = t.charCodeAt(i);
      if (c === 41 || c === 93 || c === 125) { depth++; continue; }
      if (c === 40 || c === 91 || c === 123) { if (depth === 0) return undefined; depth--; continue; }
      if (c === 34 || c === 39) { const q = t.lastIndexOf(t[i], i - 1); if (q < stop) return undefined; i = q; continue; }
      if (depth > 0) continue;
      if (c === 59 || c === 44 || c === 10) return undefined;
      if (c === 63) { question = true; continue; }
      if (!question) continue;
      const b = t.charCodeAt(i - 1);
      const a = t.charCodeAt(i + 1);
      const isAssign = c === 61 && a !== 61 && a !== 62 && b !== 61 && b !== 33 && b !== 60 && b !== 62;
      const isKey = (c === 58 && b !== 58 && a !== 58) || (c === 62 && b === 61);
      if (!isAssign && !isKey) continue;
      const key = this.leftName(c === 62 ? i - 1 : i);
      return key && isStatusName(lastSegment(key) || key) ? `ternary:${key}` : undefined;
    }
    return undefined;
  }

  private isTernaryColon(colon: number): boolean {
    const t = this.text;
    const start = statementStart(t, colon);
    const slice = t.slice(start, colon);
    return /\?[^.?]/.test(slice);
  }

  /** Inside a call, a list or an object: which call takes the token, and is it a status argument? */
  private callContext(s: number, transparent: boolean): string | undefined {
    const t = this.text;
    const enc = enclosingBracket(t, s);
    if (!enc) return undefined;
    if (enc.kind === 40) {
      let calleeEnd = prevSig(t, enc.open);
      if (calleeEnd >= 0 && t.charCodeAt(calleeEnd) === 33) calleeEnd = prevSig(t, calleeEnd); // assert_eq!(
      if (calleeEnd >= 0 && t.charCodeAt(calleeEnd) === 62) { // new ResponseEntity<>(
        const lt = t.lastIndexOf('<', calleeEnd);
        if (lt > 0 && calleeEnd - lt < 40) calleeEnd = prevSig(t, lt);
      }
      if (calleeEnd >= 0 && isIdentChar(t.charCodeAt(calleeEnd))) {
        const calleeStart = chainStartBefore(t, calleeEnd + 1, true);
        const chain = t.slice(calleeStart, calleeEnd + 1);
        const found = this.callRule(chain, enc.argIndex, s, calleeStart) ?? this.wrappedMatcher(chain, calleeStart);
        if (found) return found;
      }
      if (!transparent) return this.listContext(enc.open, s);
      return undefined;
    }
    if (transparent) return undefined;
    return this.listContext(enc.open, s);
  }

  /** Hamcrest-style matchers inside a status call: `.statusCode(anyOf(is(200), is(206)))`, `status(is(404))`. */
  private wrappedMatcher(chain: string, calleeStart: number): string | undefined {
    const t = this.text;
    let name = lastSegment(chain);
    let at = calleeStart;
    for (let depth = 0; depth < 3 && MATCHER_WRAPPERS.has(name); depth++) {
      const outer = enclosingBracket(t, at);
      if (!outer || outer.kind !== 40) return undefined;
      const end = prevSig(t, outer.open);
      if (end < 0 || !isIdentChar(t.charCodeAt(end))) return undefined;
      at = chainStartBefore(t, end + 1, true);
      name = lastSegment(t.slice(at, end + 1));
      if (isStatusName(name)) return `matcher:${name}`;
    }
    return undefined;
  }

  private callRule(chain: string, argIndex: number, s: number, calleeStart: number): string | undefined {
    const t = this.text;
    const name = lastSegment(chain);
    const receiverChain = withoutTrailingAccessor(chain.slice(0, chain.length - name.length));
    const rule = this.callRules.get(name);
    if (rule && (rule.args === 'any' || rule.args.includes(argIndex)) && (!rule.receiver || rule.receiver(receiverChain))) {
      return `call:${shortChain(chain)}`;
    }
    if (argIndex === 0 && isStatusName(name) && !rule) return `call:${shortChain(chain)}`;
    if (name === 'expect' && receiverChain && argIndex === 0 && this.rules.expectCalls) return 'assertion:expect';
    if (/^\d{3}$/.test(t.slice(s, s + 3))) {
      const code = codeAt(t, s);
      // `newHTTPGraphQLHead(400)`, `httpStatusResponse(404)`: an HTTP-named builder of a status, head or error.
      if (argIndex === 0 && /http/i.test(name) && /head|status|response|error|code/i.test(name) && isKnownCode(code)) return `call:${shortChain(chain)}`;
      // Mirage / Pretender `new Response(500, headers, body)`: the status comes first, then more arguments.
      if (argIndex === 0 && name === 'Response' && t.charCodeAt(nextSig(t, s + 3)) === 44 && isKnownCode(code)) return 'call:Response';
      // `res.send(404)`: Express's (deprecated) status-only send, and restana's.
      if (argIndex === 0 && name === 'send' && isResponseReceiverChain(receiverChain) && t.charCodeAt(nextSig(t, s + 3)) === 41 && isKnownCode(code)) return `call:${shortChain(chain)}`;
      // Test helpers named for what they check: `verifyResponse(t, br, 456, …)`, `self.assertErrorPage(500, msg)`, `checkStatus(res, 404)`.
      if (/^(?:verify|check|assert|expect|ensure)\w*(?:Response|Status|Code|ErrorPage|Error)(?:Header)?$/.test(name) || /^(?:assert|check)_?(?:status|response|error_page)/i.test(name)) return `call:${shortChain(chain)}`;
    }
    // Project helpers that write a response: `writeJSON(w, 200, v)`, `json(400, {...})`, `send_json($row, 404)`,
    // `sendError(res, 500)`, `errorResponse(404, msg)`.
    if (argIndex <= 1 && RESPONSE_HELPER.test(name) && name !== 'Response' && !/^(console|logger|log|JSON|Math|window|self)$/.test(lastSegment(receiverChain))) {
      const code = codeAt(t, s);
      if (code >= 200 && code <= 599 && isKnownCode(code) && /^\d{3}$/.test(t.slice(s, s + 3))) return `call:${shortChain(chain)}`;
    }
    // A helper this file defines with a status parameter: `$this->failure('x', 404)`, `WriteProblem(ctx, 500, msg)`.
    if ((receiverChain === '' || /^(?:this|self|\$this|static|self::)$/.test(receiverChain)) && this.fileHelpers.mayDefine(name) && this.helpers().byName.get(name) === argIndex
      && /^\d{3}$/.test(t.slice(s, s + 3))) return `param:${name}`;
    // Rust `matches!(status.as_u16(), 408 | 429 | 503)`.
    if (name === 'matches' && argIndex >= 1 && mentionsStatus(t, calleeStart, t.indexOf(',', calleeStart))) return 'case:matches!';
    // `new ApiError(404, msg)`, `new HttpError('x', 503)`: an error class given an error status.
    if (argIndex <= 1 && /^[A-Z]\w*(?:Error|Exception)$/.test(name) && name !== 'Error' && name !== 'Exception'
      && !/smtp|ftp|imap|pop3|nntp|mail|grpc|rpc|process|exit|socket|ldap|sql|database|^db(?![a-z])/i.test(name)) { // SMTPResponseException(500, …)
      const code = codeAt(t, s) ;
      if (code >= 400 && code <= 599 && isKnownCode(code) && /^\d{3}$/.test(t.slice(s, s + 3))) return `call:${name}`;
    }
    // `super(message, 'NotAuthenticated', 401)`, `super().__init__(400, …)`, `HTTPError.__init__(self, 404, …)`,
    // `parent::__construct(429, …)`, `raise self.__class__(500, …)` inside an HTTP error class.
    if ((name === 'super' || name === '__init__' || name === '__construct' || name === '__class__' || name === 'initialize')
      && /^\d{3}$/.test(t.slice(s, s + 3)) && isKnownCode(codeAt(t, s)) && codeAt(t, s) >= 200 && this.inHttpErrorClass(s)) return `class:${name}`;
    if (ASSERTIONS.has(name)) {
      // The assertion's own chain and arguments must talk about a status: `expect(res.status).toBe(404)`,
      // `assertEquals(200, response.getStatusCode())`; or the assertion it is nested in (`assertThat(x.status, is(200))`).
      const to = statementEnd(t, s);
      let from = calleeStart;
      const w = prevSigOnLine(t, calleeStart);
      if (w >= 0 && isIdentChar(t.charCodeAt(w))) { // RSpec: expect(response.status).to eq(200)
        const wStart = identStartBefore(t, w + 1);
        if (/^(to|not_to|to_not|should|should_not|shouldBe|shouldEqual)$/.test(t.slice(wStart, w + 1))) from = chainStartBefore(t, w + 1, true);
      }
      if (mentionsStatus(t, from, to)) return `assertion:${name}`;
      const outer = enclosingBracket(t, calleeStart);
      if (outer && outer.kind === 40) {
        const outerEnd = prevSig(t, outer.open);
        if (outerEnd >= 0 && isIdentChar(t.charCodeAt(outerEnd))) {
          const outerStart = chainStartBefore(t, outerEnd + 1, true);
          if (ASSERTIONS.has(lastSegment(t.slice(outerStart, outerEnd + 1))) && mentionsStatus(t, outerStart, to)) return `assertion:${name}`;
        }
      }
    }
    return undefined;
  }

  /**
   * `[500, 502, 503].includes(status)`, `status in (500, 502)`, `status_forcelist=[429, 503]`. The answer is the
   * list's, not the element's: every number of a list asks in turn, so the last list's answer is kept.
   */
  private listContext(open: number, s: number): string | undefined {
    if (open !== this.lastList) {
      this.lastList = open;
      this.lastListContext = this.judgeList(open, s);
    }
    return this.lastListContext;
  }

  private judgeList(open: number, s: number): string | undefined {
    const t = this.text;
    const opener = t.charCodeAt(open);
    const closer = opener === 40 ? 41 : opener === 91 ? 93 : 125;
    // Every element must be a status number.
    let i = open + 1;
    const stop = Math.min(t.length, open + 1200);
    let count = 0;
    while (i < stop) {
      const c = t.charCodeAt(i);
      if (isSpace(c) || c === 44) { i++; continue; }
      if (c === closer) break;
      // Comments between elements (`// send throws 412 on a conditional GET`).
      if ((c === 47 && t.charCodeAt(i + 1) === 47 && this.rules.syntax.slashComments) || (c === 35 && this.rules.syntax.hashComments)) {
        const nl = t.indexOf('\n', i);
        if (nl < 0 || nl >= stop) return undefined;
        i = nl + 1;
        continue;
      }
      // `("307", "308")`: codes written as strings.
      if ((c === 34 || c === 39) && t.charCodeAt(i + 4) === c && isDigit(t.charCodeAt(i + 1)) && isDigit(t.charCodeAt(i + 2)) && isDigit(t.charCodeAt(i + 3))) {
        const v = codeAt(t, i + 1);
        if (v < 100 || v > 599) return undefined;
        count++;
        i += 5;
        continue;
      }
      if (isDigit(c)) {
        let j = i;
        while (j < stop && isDigit(t.charCodeAt(j))) j++;
        if (j - i !== 3) return undefined;
        const v = codeAt(t, i);
        if (v < 100 || v > 599) return undefined;
        count++;
        // Rust `301u16`
        const suffix = /^(?:u|i)(?:8|16|32|64|128|size)\b/.exec(t.slice(j, j + 6));
        i = suffix ? j + suffix[0].length : j;
        continue;
      }
      return undefined;
    }
    if (i >= stop || count === 0) return undefined;
    void s;
    const close = i;
    const registered = listOfRegisteredStatuses(t, open, close);
    // What the list is for: before it (through wrappers: `new Set([...])`, `Set.of(...)`)...
    let p = prevSig(t, open);
    for (let guard = 0; guard < 3 && p >= 0; guard++) {
      let callOpen = -1;
      const firstArg = t.charCodeAt(p) === 40;
      if (firstArg) callOpen = p;
      else if (t.charCodeAt(p) === 44) { const enc = enclosingBracket(t, open); if (enc && enc.kind === 40) callOpen = enc.open; }
      else if (opener === 40 && guard === 0 && isIdentChar(t.charCodeAt(p))) callOpen = open;
      if (callOpen < 0) break;
      const calleeEnd = prevSig(t, callOpen);
      if (calleeEnd < 0 || !isIdentChar(t.charCodeAt(calleeEnd))) break;
      const calleeStart = chainStartBefore(t, calleeEnd + 1);
      const callee = lastSegment(t.slice(calleeStart, calleeEnd + 1));
      if (callee === 'parametrize' && mentionsStatus(t, callOpen, open)) return 'list:parametrize';
      if (!WRAPPERS.has(callee) || (!firstArg && callOpen !== open)) break;
      p = prevSig(t, calleeStart);
      if (p >= 2 && t.startsWith('new', p - 2) && !isIdentChar(t.charCodeAt(p - 3))) p = prevSig(t, p - 2);
    }
    if (p >= 0) {
      const op = opEndingAt(t, p);
      // `assert status_codes == [301, 301, 200]`, `expect(statuses).toEqual([200, 404])` (the call case is below)
      if (op === '==' || op === '===' || op === '!=' || op === '!==') {
        const q = prevSig(t, p - op.length + 1);
        const name = q >= 0 && isIdentChar(t.charCodeAt(q)) ? lastSegment(t.slice(chainStartBefore(t, q + 1), q + 1)) : '';
        if (name && isStatusListName(name)) return `list:${name}`;
      }
      // a default list: `statusCodes: opts.statusCodes ?? [500, 502]`, `retry_statuses or [429, 503]`
      if (op === '??' || op === '||' || (isIdentChar(t.charCodeAt(p)) && t.startsWith('or', p - 1) && !isIdentChar(t.charCodeAt(p - 2)))) {
        const q = prevSig(t, op ? p - op.length + 1 : p - 1);
        if (q >= 0 && isIdentChar(t.charCodeAt(q)) && isStatusListName(lastSegment(t.slice(chainStartBefore(t, q + 1), q + 1)))) {
          return `list:${lastSegment(t.slice(chainStartBefore(t, q + 1), q + 1))}`;
        }
      }
      if (op === '=' || op === ':' || op === '=>' || op === ':=') {
        const key = this.leftName(p - op.length + 1);
        if (key && isStatusListName(key)) return `list:${key}`;
        if (key && registered.all && (/retr|transient|codes|redirect|errors?$|fatal|recoverable|success|allowed|ignored/i.test(key)
          || (registered.count >= 3 && registered.irregular >= 2))) return `list:${key}`;
      } else if (isIdentChar(t.charCodeAt(p))) {
        const wStart = identStartBefore(t, p + 1);
        const word = t.slice(wStart, p + 1);
        if (word === 'in') {
          let left = this.leftOperand(wStart);
          // `status not in (500, 502)`
          const q = prevSig(t, wStart);
          if (!left && q >= 2 && t.startsWith('not', q - 2) && !isIdentChar(t.charCodeAt(q - 3))) left = this.leftOperand(q - 2);
          if (left) return `in:${left}`;
        }
        // STATUS_CODES[504], statuses[404]
        if (opener === 91 && count === 1 && isStatusListName(t.slice(chainStartBefore(t, p + 1), p + 1))) return `index:${word}`;
      } else if (t.charCodeAt(p) === 40 || t.charCodeAt(p) === 44) {
        // a list argument: .expect([200, 201]) / assertIn(status, [..])
        const enc = enclosingBracket(t, open);
        if (enc && enc.kind === 40) {
          const calleeEnd = prevSig(t, enc.open);
          if (calleeEnd >= 0 && isIdentChar(t.charCodeAt(calleeEnd))) {
            const calleeStart = chainStartBefore(t, calleeEnd + 1, true);
            const chain = t.slice(calleeStart, calleeEnd + 1);
            const name = lastSegment(chain);
            if (isStatusName(name) || ASSERTIONS.has(name) || name === 'in_array' || name === 'oneOf' || name === 'isIn') {
              if (mentionsStatus(t, statementStart(t, calleeStart), statementEnd(t, close))) return `list:${name}`;
            }
          }
        }
      }
    }
    // ...or after it: `].includes(res.status)`.
    const n = nextSig(t, close + 1);
    if (n >= 0 && t.charCodeAt(n) === 46) {
      const mEnd = identEndAfter(t, n + 1);
      let method = t.slice(n + 1, mEnd);
      if (t.charCodeAt(mEnd) === 63) method += '?';
      if (LOOKUP_METHODS.has(method) && mentionsStatus(t, mEnd, statementEnd(t, mEnd))) return `list:${method}`;
    }
    return undefined;
  }

  /** `case 404:`, `when 404`, `404 =>`, `500 | 502 =>`, `404 ->` inside a switch/match/when on a status. */
  private armContext(s: number, e: number, afterKeyword: boolean): string | undefined {
    const t = this.text;
    let isArm = afterKeyword;
    if (!isArm) {
      // Backwards over `NUM ,` / `NUM |` to `case`/`when`.
      let q = s;
      for (let guard = 0; guard < 16; guard++) {
        const p = prevSig(t, q);
        if (p < 0) break;
        const c = t.charCodeAt(p);
        if (c === 44 || c === 124) {
          const p2 = prevSig(t, p);
          if (p2 < 0) break;
          const c2 = t.charCodeAt(p2);
          if (isDigit(c2) || c2 === 34 || c2 === 39) { q = identStartBefore(t, p2 + 1); if (c2 === 34 || c2 === 39) q = t.lastIndexOf(t[p2], p2 - 1); if (q < 0) break; continue; }
          if (isIdentChar(c2)) { q = chainStartBefore(t, p2 + 1); continue; } // case http.StatusOK, 201:
          break;
        }
        if (isIdentChar(c)) {
          const word = t.slice(identStartBefore(t, p + 1), p + 1);
          isArm = word === 'case' || word === 'when';
        }
        break;
      }
    }
    if (!isArm) {
      // Forwards over `, NUM` / `| NUM` to `=>` / `->` / `..=NUM =>`.
      let i = e;
      for (let guard = 0; guard < 16; guard++) {
        const n = nextSig(t, i);
        if (n < 0) break;
        const op = opStartingAt(t, n);
        if (op === '=>' || op === '->') { isArm = true; break; }
        if (op === ',' || op === '|' || op === '..') {
          let m = nextSig(t, n + (op === '..' ? (t.charCodeAt(n + 2) === 61 ? 3 : 2) : 1));
          if (m < 0 || !(isDigit(t.charCodeAt(m)) || isIdentChar(t.charCodeAt(m)))) break;
          while (m < t.length && (isIdentChar(t.charCodeAt(m)) || t.charCodeAt(m) === 46 || t.charCodeAt(m) === 58)) m++;
          i = m;
          continue;
        }
        break;
      }
    }
    if (!isArm) return undefined;
    const subject = this.armSubject(s);
    return subject ? `case:${subject}` : undefined;
  }

  /** The subject of the nearest switch/match/when/case before `s`, if it is a status. */
  private armSubject(s: number): string | undefined {
    const t = this.text;
    const from = Math.max(0, s - 1500);
    const slice = t.slice(from, s);
    const re = this.rules.caseLines
      ? /^[ \t]*case[ \t]+([^\n]+)$/gm
      : /\b(?:switch|match|select)\b[ \t]*\(?([^{\n]*)|\bwhen[ \t]*\(([^\n{]*)\)/g;
    let last: RegExpExecArray | null = null;
    for (let m = re.exec(slice); m; m = re.exec(slice)) last = m;
    if (!last) return undefined;
    const subject = (last[1] ?? last[2] ?? '').trim();
    if (!subject) return undefined;
    if (/status|[._>]code\b|\bcode\(\)|getcode/i.test(subject) && !/exit|error_code|char|key_?code/i.test(subject)) return tidySubject(subject);
    // `case code` / `case @code` / `switch ($code)` in a file about HTTP.
    return /^[(\s]*[@$]?code[)\s]*$/.test(subject) && this.hints.httpish ? tidySubject(subject) : undefined;
  }

  /** Flask: `return body, 404` / `return jsonify(x), 201, headers`. */
  private returnTuple(s: number): string | undefined {
    const t = this.text;
    if (!(this.hints.has('flask') || this.hints.has('Flask') || this.hints.has('quart') || this.hints.has('jsonify'))) return undefined;
    let i = lineStart(t, s);
    while (i < s && isSpace(t.charCodeAt(i))) i++;
    if (!t.startsWith('return', i) || t.charCodeAt(s) === 49 /* 1xx never ends a view */) return undefined;
    i += 6;
    let depth = 0;
    let commas = 0;
    for (; i < s; i++) {
      const c = t.charCodeAt(i);
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) depth--;
      else if (c === 44 && depth <= 0) commas++;
      else if ((c === 34 || c === 39) && depth >= 0) {
        const q = t.indexOf(t[i], i + 1);
        if (q < 0 || q > s) return undefined;
        i = q;
      }
    }
    if (commas !== 1 || depth > 0) return this.parenthesisedReturnTuple(s) ? 'return-tuple' : undefined;
    return this.inViewFunction(s) ? 'return-tuple' : undefined;
  }

  /** `return ("", 204) if deleted else (jsonify(error="x"), 404)`: a parenthesised (body, status) pair. */
  private parenthesisedReturnTuple(s: number): boolean {
    const t = this.text;
    const enc = enclosingBracket(t, s);
    if (!enc || enc.kind !== 40 || enc.argIndex !== 1 || t.charCodeAt(nextSig(t, s + 3)) !== 41) return false;
    const p = prevSig(t, enc.open);
    if (p >= 0 && isIdentChar(t.charCodeAt(p))) {
      const word = t.slice(identStartBefore(t, p + 1), p + 1);
      if (word !== 'return' && word !== 'else') return false; // a call, not a tuple
    }
    return this.inViewFunction(s);
  }

  /** The enclosing Python function is a view: decorated (`@app.route`, `@bp.get`...) or a MethodView verb. */
  private inViewFunction(s: number): boolean {
    const t = this.text;
    const from = Math.max(0, s - 3000);
    const slice = t.slice(from, s);
    const re = /^([ \t]*)(?:async[ \t]+)?def[ \t]+(\w+)/gm;
    let last: RegExpExecArray | null = null;
    for (let m = re.exec(slice); m; m = re.exec(slice)) last = m;
    if (!last) return false;
    if (last[1].length > 0 && /^(get|post|put|patch|delete|dispatch_request)$/.test(last[2])) return true;
    const before = slice.slice(Math.max(0, last.index - 400), last.index).trimEnd().split('\n');
    const prevLine = before[before.length - 1]?.trim() ?? '';
    return prevLine.startsWith('@') || /^\)$/.test(prevLine);
  }

  /** `responses: { 404: {...} }` (fastify schemas, FastAPI `responses={404: ...}`). */
  private objectKeyUnderResponses(s: number, e: number): string | undefined {
    const t = this.text;
    const n = nextSig(t, e);
    if (n < 0) return undefined;
    const isKey = (t.charCodeAt(n) === 58 && t.charCodeAt(n + 1) !== 58) || (t.charCodeAt(n) === 61 && t.charCodeAt(n + 1) === 62);
    if (!isKey) return undefined;
    const enc = enclosingBracket(t, s);
    if (!enc || (enc.kind !== 123 && enc.kind !== 91)) return undefined;
    const p = prevSig(t, enc.open);
    if (p < 0) return undefined;
    const op = opEndingAt(t, p);
    if (op !== ':' && op !== '=' && op !== '=>') return undefined;
    const key = this.leftName(p - op.length + 1);
    if (!key) return undefined;
    const last = squashLower(lastSegment(key) || key);
    if (last === 'responses' || last === 'response') return 'openapi:responses';
    // jQuery `statusCode: { 404: fn }`, `statusHandlers = { 401: logout }`: handlers keyed by status.
    return isStatusName(lastSegment(key) || key) || /^status(?:code)?handlers?$/.test(last) ? `key:${key}` : undefined;
  }

  private enclosingCalleeMatches(s: number, re: RegExp): boolean {
    const t = this.text;
    const enc = enclosingBracket(t, s);
    if (!enc || enc.kind !== 40) return false;
    const calleeEnd = prevSig(t, enc.open);
    if (calleeEnd < 0 || !isIdentChar(t.charCodeAt(calleeEnd))) return false;
    return re.test(t.slice(identStartBefore(t, calleeEnd + 1), calleeEnd + 1));
  }
}

// Small helpers the rules share: which detections are sent, what the handler around them says,
// and how to turn a header or a status change into a fix.
import { Detection } from '../detection/types';
import { addHeaderEdits, HeaderToAdd } from '../codeActions/headerIdioms';
import { statusText } from '../codeActions/statusReplacement';
import { enclosingCall, isTestFile, matchingClose, statementEnd } from './lookAround';
import { isSent, ResponseSite } from './responseSite';
import { Fix, OffsetEdit, RuleContext } from './types';
import { HeaderName, HeaderWrite } from './headerWrites';
import { Scope, ScopeTree } from './scopes';

export interface SentStatus {
  detection: Detection;
  site: ResponseSite;
}

/** Detections whose code is sent as a response (not compared, logged or asserted). */
export function sentStatuses(ctx: RuleContext, codes?: (code: number) => boolean): SentStatus[] {
  const out: SentStatus[] = [];
  // Tests mock, stub and assert statuses; what they "send" is not an answer to a client.
  if (isTestFile(ctx.uri)) return out;
  for (const detection of ctx.analysis.detections) {
    if (codes && !codes(detection.code)) continue;
    if (/assert|expect|compar|test/i.test(detection.context)) continue;
    const site = ctx.siteOf(detection);
    if (!isSent(site)) continue;
    // `this.statusCode = 302` in a class: a response object's own implementation (hapi's Response), not a handler answering.
    if (site.receiver === 'this' && ctx.family === 'javascript' && ctx.scopes.path(detection.start).some((s) => s.kind === 'class')) continue;
    out.push({ detection, site });
  }
  return out;
}

/** Statements that leave a block: what a branch that wrote a header and then left did not do for the code after it. */
const leaves = /\b(?:return|throw|raise|break|continue|abort|exit|die|halt|redirect_to|render|head)\b/;

const leavesMemo = new WeakMap<Scope, boolean>();

/** Whether `scope` (a block not holding the status) leaves the function or loop before the code after it runs. */
function scopeLeaves(ctx: RuleContext, scope: Scope): boolean {
  let answer = leavesMemo.get(scope);
  if (answer === undefined) {
    leaves.lastIndex = 0;
    answer = leaves.test(ctx.masked.slice(scope.open, Math.min(scope.end, scope.open + 20000)));
    leavesMemo.set(scope, answer);
  }
  return answer;
}

/** Whether a write at `at`, before the status at `target` in the same function, is on the status's path. */
function onPathBefore(ctx: RuleContext, at: number, target: number): boolean {
  const tree = ctx.scopes;
  let block: Scope | undefined = tree.innermost(at);
  // Up from the write's block to the first one that holds the status too: every block left on the
  // way must fall through (a branch that returned wrote its header for its own response).
  while (block && !(block.open <= target && target < block.end)) {
    if (block.kind !== 'object' && scopeLeaves(ctx, block)) return false;
    block = block.parent;
  }
  return true;
}

/** Headers written after the status still go out with the body, in the same block, except in Go (WriteHeader sent them). */
function sameBlockAfter(ctx: RuleContext, at: number, target: number): boolean {
  if (ctx.family === 'go' || ctx.family === 'nginx') return false;
  const tree = ctx.scopes;
  const block = tree.innermost(target);
  return at >= target && at < block.end && tree.innermost(at) === block && at - target < 2000;
}

const receiverAliases: Record<string, string> = { reply: 'reply', res: 'res', response: 'response' };

/** Two receivers that are known and not the same object: a header written on `headers` is not one written on `res`. */
function differentReceivers(write: HeaderWrite, site: ResponseSite): boolean {
  if (!write.receiver || !site.receiver) return false;
  const root = site.receiver.split(/\?\.|\.|->/)[0];
  return (receiverAliases[write.receiver] ?? write.receiver) !== (receiverAliases[root] ?? root);
}

/** Words of a helper's name that say it writes this header: `setRetryAfter(res)`, `add_location_header(resp)`. */
const helperWords: Record<HeaderName, RegExp> = {
  'retry-after': /retry_?after/i,
  location: /location/i,
  'www-authenticate': /www_?authenticate|authenticate_?header|challenge/i,
  'proxy-authenticate': /proxy_?authenticate/i,
  allow: /allow_?header|set_?allow|add_?allow|allowed_?methods/i,
  upgrade: /upgrade_?header|set_?upgrade/i,
};

/** Words a name pattern may catch in a header that name no function: `return async (req, reply) => {`. */
const keywords = /^(?:async|await|function|return|new|if|for|while|switch|catch|func|def|fn|static|public|private|protected|void|yield|typeof|in|of|do|else)$/;

const functionNamesMemo = new WeakMap<Scope, Map<string, Scope>>();

/** Names of the functions defined in the text and their scopes (JS, Python, Go, Ruby, PHP, Java, C#). */
function functionScopesByName(ctx: RuleContext): Map<string, Scope> {
  const known = functionNamesMemo.get(ctx.scopes.root);
  if (known) return known;
  const byName = new Map<string, Scope>();
  functionNamesMemo.set(ctx.scopes.root, byName);
  const visit = (scope: Scope) => {
    if (scope.kind === 'function') {
      const header = ctx.masked.slice(scope.headerStart, scope.open);
      const m = /(?:\bdef|\bfunc(?:\s*\([^)]*\))?|\bfunction|\bfn)\s+([A-Za-z_$][\w$]*[?!]?)|\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=|^\s*(?:(?:public|private|protected|internal|static|async|override|virtual|final)\s+)*(?:[\w<>[\],.?]+\s+)?([A-Za-z_$][\w$]*)\s*\(/.exec(header);
      const name = m?.[1] ?? m?.[2] ?? m?.[3];
      if (name && !keywords.test(name) && !byName.has(name)) byName.set(name, scope);
    }
    for (const child of scope.children) visit(child);
  };
  visit(ctx.scopes.root);
  return byName;
}

/** How far before a status its handler's helper calls are looked for. */
const helperReach = 8000;

const helperCall = /\b([A-Za-z_$][\w$]*[?!]?)\s*\(([^()]*)\)/g;

/** The plain names passed in an argument list: `res, 30` → ['res']; `this.res` → []. */
function argumentNames(args: string): string[] {
  return args.split(',').map((a) => a.trim()).filter((a) => /^[$A-Za-z_][\w$]*$/.test(a));
}

/** A helper called on the response before the status (or a middleware before the handler in its route) writes the header. */
function helperWritesHeader(ctx: RuleContext, sent: SentStatus, fn: Scope, header: HeaderName, target: number): boolean {
  const receiver = sent.site.receiver?.split(/\?\.|\.|->/)[0];
  let byName: Map<string, Scope> | undefined;
  const writesIn = (name: string) => {
    if (helperWords[header].test(name)) return true;
    const scope = (byName ??= functionScopesByName(ctx)).get(name);
    return scope !== undefined && scope !== fn && ctx.headerWrites.some((w) => w.name === header && w.start >= scope.open && w.start < scope.end);
  };
  // The calls of the handler before the status: a bounded stretch, so a giant (minified) function stays linear.
  const from = Math.max(fn.open, target - helperReach);
  const body = ctx.masked.slice(from, target);
  helperCall.lastIndex = 0;
  for (let m = helperCall.exec(body); m; m = helperCall.exec(body)) {
    const args = m[2];
    if (receiver && !argumentNames(args).includes(receiver)) continue;
    if (!onPathBefore(ctx, from + m.index, target)) continue;
    if (writesIn(m[1])) return true;
  }
  // Middleware in the route's own chain: app.get('/x', rateLimitHeaders, retryAfter(300), (req, res) => …),
  // Fastify's `{ onRequest: addRetryAfter(30) }`, and a gin group's middleware (`g := r.Group("/x", mw)`, `g.Use(mw)`).
  const call = enclosingCall(ctx.masked, fn.headerStart);
  if (call && call.open < fn.open && /\.(?:get|post|put|patch|delete|all|use|route|options|head|any|handle)$/i.test(call.callee)) {
    // The function's header may hold the route's other arguments (it starts after the call's `(`).
    if (namesWrite(ctx.masked.slice(call.open + 1, fn.open), writesIn)) return true;
    const group = /^([A-Za-z_]\w*)\.\w+$/.exec(call.callee)?.[1];
    if (group && ctx.family === 'go' && groupMiddlewareWrites(ctx, group, call.calleeStart, writesIn)) return true;
  }
  return false;
}

const middlewareName = /(?<![\w$.])([A-Za-z_$][\w$]*)\s*(?=[(,)\]}]|$)/g;

/** Whether a middleware named (or called) in this stretch of a route's arguments writes the header. */
function namesWrite(args: string, writesIn: (name: string) => boolean): boolean {
  middlewareName.lastIndex = 0;
  for (let m = middlewareName.exec(args); m; m = middlewareName.exec(args)) if (!keywords.test(m[1]) && writesIn(m[1])) return true;
  return false;
}

/** gin: the middleware of the group a route is registered on, from `g := r.Group("/x", mw…)` and `g.Use(mw…)` above it. */
function groupMiddlewareWrites(ctx: RuleContext, group: string, before: number, writesIn: (name: string) => boolean): boolean {
  const from = Math.max(0, before - 8000);
  const window = ctx.masked.slice(from, before);
  const pattern = new RegExp(`\\b${group}\\s*:?=\\s*[\\w.]+\\.Group\\(|\\b${group}\\.Use\\(`, 'g');
  for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
    const open = from + m.index + m[0].length - 1;
    const close = matchingClose(ctx.masked, open, 2000);
    if (close > open && namesWrite(ctx.masked.slice(open + 1, close), writesIn)) return true;
  }
  return false;
}

/** Rate limiters that send their own 429 with Retry-After: a status in their options is theirs (express-rate-limit, @fastify/rate-limit). */
const rateLimiter = /rate-?limit|limiter|slowDown|throttl/i;

/** Frameworks that add the header to such responses themselves. */
function frameworkAddsHeader(ctx: RuleContext, sent: SentStatus, fn: Scope | undefined, header: HeaderName): boolean {
  const at = sent.detection.start;
  if (ctx.family === 'javascript') {
    if (header === 'retry-after') {
      // The status is in a rate limiter's options: `rateLimit({ statusCode: 429 })`, `app.register(rateLimit, { errorResponseBuilder … })`.
      let call = enclosingCall(ctx.masked, at);
      for (let depth = 0; call && depth < 4; depth++, call = enclosingCall(ctx.masked, call.calleeStart)) {
        if (rateLimiter.test(call.callee) || (/register$/.test(call.callee) && rateLimiter.test(ctx.masked.slice(call.open + 1, Math.min(call.close, call.open + 80)).split(',')[0]))) return true;
      }
    }
    if (header === 'www-authenticate' && /@fastify\/basic-auth/.test(ctx.imports)) {
      // @fastify/basic-auth registered with `authenticate` in the same plugin adds the challenge to its 401s.
      for (let s: Scope | undefined = fn; s; s = s.parent) {
        if (s.kind !== 'function') continue;
        if (/register\(\s*\w*basic\w*\s*,[\s\S]{0,600}?\bauthenticate\s*:/i.test(ctx.masked.slice(s.open, Math.min(s.end, s.open + 4000)))) return true;
      }
    }
    return false;
  }
  if (ctx.family !== 'python') return false;
  const above = fn ? ctx.masked.slice(Math.max(0, fn.headerStart - 300), fn.headerStart) : '';
  const decorators = /(?:^|\n)((?:[ \t]*@[^\n]*\n)*)[ \t]*$/.exec(above)?.[1] ?? '';
  if (header === 'www-authenticate' && fn) {
    // Flask-HTTPAuth wraps its error handler's response and adds WWW-Authenticate.
    if (/@\w+\.error_handler\b/.test(decorators)) return true;
  }
  if (header === 'retry-after' && fn) {
    // Flask-Limiter with `headers_enabled=True` adds Retry-After to the 429 its error handler answers.
    if (/@\w+\.(?:app_)?errorhandler\(\s*(?:429|\w*TOO_MANY_REQUESTS|RateLimitExceeded)/.test(decorators) && /\bheaders_enabled\s*=\s*True\b/.test(ctx.imports)) return true;
  }
  if (header === 'allow') {
    // Django REST framework's APIView (and the @api_view functions it wraps) adds Allow to every response it finalises.
    if (/@api_view\b/.test(decorators)) return true;
    for (let s: Scope | undefined = ctx.scopes.innermost(at); s; s = s.parent) {
      if (s.kind === 'class' && /\((?:[^)]*\b)?(?:\w*APIView|\w*ViewSet|generics\.\w+)\b/.test(ctx.masked.slice(s.headerStart, s.open))) return true;
    }
  }
  return false;
}

/** Header writes further than this from a status are not looked at (bounded work per status). */
const writeReach = 20000;

/** The index of the first write at or after `offset` (writes are in text order). */
function firstAtOrAfter(writes: readonly HeaderWrite[], offset: number): number {
  let lo = 0;
  let hi = writes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (writes[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the status's statement builds a response object of its own (issue 15): a constructor, a
 * builder, a raised exception or a returned tuple. Headers written before it on another object (the
 * injected `response`, a Django `response`, Laravel's `$response`) are not on it.
 */
function buildsOwnResponse(ctx: RuleContext, site: ResponseSite): boolean {
  switch (site.kind) {
    case 'py-call':
      // CherryPy's HTTPError answers with cherrypy.response, headers written on it included.
      return !(site.call && /^cherrypy\.HTTPError$/.test(site.call.callee));
    case 'py-return-tuple': case 'init-object': case 'laravel-response': case 'laravel-abort': case 'spring-status':
      return true;
    case 'sent-other':
      // ASP.NET results are executed on the HttpContext's response: headers written on it stay.
      return ctx.family !== 'csharp' && ctx.family !== 'go' && !!site.call && /^new |Exception$|Error$|^create\w*Error$|Response(?:\.\w+)?$/.test(site.call.callee);
    default:
      return false;
  }
}

/** Statements after which nothing written goes out with this response: it is returned, raised or already sent. */
const sendsNow = /\.\s*(?:send|json|jsonp|end|sendFile|download|render|redirect|write|sendStatus|pipe|flush|flushHeaders|build|body)\s*\(/;

/** The variable the statement assigns its response to: `resp = make_response(…)`, `const res = new Response(…)`. */
function assignedName(ctx: RuleContext, site: ResponseSite): string | undefined {
  const m = /^(?:(?:const|let|var|val|final|auto)\s+)?(\$?[A-Za-z_][\w$]*)\s*(?::[^=\n]+)?=(?!=)/.exec(ctx.masked.slice(site.statement, site.statement + 200));
  return m?.[1];
}

/** A Python route decorator's `status_code=`: the status of every response of the function below it. */
function decoratedFunction(ctx: RuleContext, sent: SentStatus): Scope | undefined {
  if (ctx.family !== 'python' || ctx.masked.charCodeAt(sent.site.statement) !== 64 /* @ */) return undefined;
  const def = /\n[ \t]*(?:async[ \t]+)?def\b/.exec(ctx.masked.slice(sent.detection.start, sent.detection.start + 2000));
  if (!def) return undefined;
  const lineEnd = ctx.masked.indexOf('\n', sent.detection.start + def.index + 1);
  const fn = ctx.scopes.functionAt(lineEnd < 0 ? ctx.masked.length - 1 : lineEnd);
  return fn && fn.open >= sent.detection.start ? fn : undefined;
}

/**
 * Whether the response this status is sent with carries `header` (issue 15): a write in the status's own
 * statement (a builder chain, an options object, a return tuple), or a write to the same response in the
 * same function on the path before it (or after it in the same block, while it is not yet sent), or a
 * helper or route middleware that writes it, or a framework that adds it. Nothing written for another
 * handler, another branch that returned, or another object counts.
 */
export function responseHasHeader(ctx: RuleContext, sent: SentStatus, header: HeaderName): boolean {
  if (ctx.family === 'nginx') return nginxSendsHeader(ctx, sent, header);
  const target = sent.detection.start;
  const writes = ctx.headerWrites;
  const stmtStart = sent.site.statement;
  const stmtEnd = statementEnd(ctx.masked, target);
  const tree = ctx.scopes;
  const decorated = decoratedFunction(ctx, sent);
  if (decorated) {
    // Every response of the route has the decorator's status: a write anywhere in the function counts.
    const k = firstAtOrAfter(writes, decorated.open);
    for (let j = k; j < writes.length && writes[j].start < decorated.end; j++) if (writes[j].name === header) return true;
    return helperWritesHeader(ctx, sent, decorated, header, decorated.end) || frameworkAddsHeader(ctx, sent, decorated, header);
  }
  const fn = tree.functionAt(target);
  const inFunction = (at: number) => (fn ? at >= fn.open && at < fn.end : tree.functionAt(at) === undefined);
  const statement = ctx.masked.slice(stmtStart, stmtEnd);
  const own = buildsOwnResponse(ctx, sent.site);
  const assigned = own ? assignedName(ctx, sent.site) : undefined;
  // Written after the status and still sent: the status only set (`res.status(503);`, `ctx.status = 503`), nothing sent or returned yet.
  const laterCounts = !own && !/^(?:return|raise|throw|yield)\b/.test(statement) && sent.site.kind !== 'node-writeHead'
    && !sendsNow.test(ctx.masked.slice(target, stmtEnd));
  const passes = (name: string) => new RegExp(`(?<![\\w$.])${name.replace(/[$]/g, '\\$&')}(?![\\w$])`).test(statement);
  // Only writes near the status can be on its path: its function, within a bounded reach either way.
  const from = Math.max(fn ? fn.open : 0, target - writeReach);
  const to = Math.min(fn ? fn.end : ctx.text.length, target + writeReach);
  for (let k = firstAtOrAfter(writes, from); k < writes.length && writes[k].start < to; k++) {
    const w = writes[k];
    if (w.name !== header) continue;
    if (w.start >= stmtStart && w.start <= stmtEnd) return true;
    if (!inFunction(w.start)) continue;
    if (own) {
      // A response built here carries what was written on what it is built from (`headers=headers`,
      // `{ headers }`), and what is written on it afterwards (`resp.retry_after = …`).
      if (w.start < target) {
        const passed = w.receiver ? passes(w.receiver) : /\bheaders\b/i.test(statement);
        if (passed && onPathBefore(ctx, w.start, target)) return true;
      } else if (assigned && w.receiver === assigned) {
        return true;
      }
      continue;
    }
    if (differentReceivers(w, sent.site)) continue;
    if (w.start < target ? onPathBefore(ctx, w.start, target) : laterCounts && sameBlockAfter(ctx, w.start, target)) return true;
  }
  if (fn && helperWritesHeader(ctx, sent, fn, header, target)) return true;
  return frameworkAddsHeader(ctx, sent, fn, header);
}

export function headerEdits(ctx: RuleContext, sent: SentStatus, header: HeaderToAdd): OffsetEdit[] | undefined {
  if (ctx.family === 'nginx') {
    // The block already adds the header, only not with error statuses: say `always` rather than add it twice.
    const block = ctx.scopes.innermost(sent.detection.start);
    const existing = ctx.headerWrites.find((w) => w.name === header.name.toLowerCase() && !w.always && ctx.scopes.innermost(w.start) === block);
    const semicolon = existing ? ctx.masked.indexOf(';', existing.start) : -1;
    if (semicolon >= 0) return [{ start: semicolon, end: semicolon, newText: ' always' }];
  }
  return addHeaderEdits({
    text: ctx.text, imports: () => ctx.imports, masked: ctx.masked, family: ctx.family, languageId: ctx.languageId,
    detection: sent.detection, site: sent.site,
  }, header);
}

export function statusEdit(detection: Detection, code: number): OffsetEdit | undefined {
  const newText = statusText(detection, code);
  return newText === undefined ? undefined : { start: detection.start, end: detection.end, newText };
}

/** Sorts edits and folds an insertion that touches a replacement into it, so no two edits touch. */
function normalizeEdits(edits: OffsetEdit[]): OffsetEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: OffsetEdit[] = [];
  for (const edit of sorted) {
    const last = out[out.length - 1];
    if (last && edit.start === last.end && (edit.start === edit.end || last.start === last.end)) {
      out[out.length - 1] = { start: last.start, end: edit.end, newText: last.newText + edit.newText };
    } else if (last && edit.start < last.end) {
      return []; // Overlapping edits: better no fix than a broken one.
    } else {
      out.push(edit);
    }
  }
  return out;
}

export function fix(title: string, edits: (OffsetEdit | undefined)[] | undefined, isPreferred = false): Fix[] {
  if (!edits || edits.some((e) => e === undefined)) return [];
  const normalized = normalizeEdits(edits as OffsetEdit[]);
  return normalized.length ? [{ title, edits: normalized, isPreferred }] : [];
}

/** "503 Service Unavailable" from the dataset, or just "503". */
export function codeLabel(ctx: RuleContext, code: number): string {
  const name = ctx.index.primary(code)?.name;
  return name ? `${code} ${name}` : String(code);
}

/** The statuses nginx adds `add_header` headers to without `always` (ngx_http_headers_module). */
const nginxPlainStatuses = new Set([200, 201, 204, 206, 301, 302, 303, 304, 307, 308]);

/** nginx blocks that hold an `add_header` of any name: such a block inherits none from the blocks around it. */
const nginxAddHeaderBlocks = new WeakMap<ScopeTree, Set<Scope>>();

function blocksWithAddHeader(ctx: RuleContext): Set<Scope> {
  let blocks = nginxAddHeaderBlocks.get(ctx.scopes);
  if (!blocks) {
    blocks = new Set();
    nginxAddHeaderBlocks.set(ctx.scopes, blocks);
    const directive = /(?:^|[;{}\s])add_header\s/g;
    for (let m = directive.exec(ctx.masked); m; m = directive.exec(ctx.masked)) blocks.add(ctx.scopes.innermost(m.index + m[0].length - 1));
  }
  return blocks;
}

interface ErrorPage { codes: string[]; holder: Scope; location?: Scope }
const nginxErrorPages = new WeakMap<ScopeTree, ErrorPage[]>();

/** The `error_page` directives of an nginx file and the location each sends to (found once per text). */
function errorPages(ctx: RuleContext): ErrorPage[] {
  let pages = nginxErrorPages.get(ctx.scopes);
  if (pages) return pages;
  pages = [];
  nginxErrorPages.set(ctx.scopes, pages);
  const locations = new Map<string, Scope>();
  const location = /\blocation\s+(?:=\s*)?(@[\w-]+|\/[^\s{]*)\s*\{/g;
  for (let m = location.exec(ctx.masked); m; m = location.exec(ctx.masked)) {
    if (!locations.has(m[1])) locations.set(m[1], ctx.scopes.innermost(m.index + m[0].length));
  }
  const errorPage = /\berror_page\s+([^;{}]*?)\s+=?\d*\s*(@[\w-]+|\/[^\s;]*)\s*;/g;
  for (let m = errorPage.exec(ctx.masked); m; m = errorPage.exec(ctx.masked)) {
    pages.push({ codes: m[1].split(/\s+/), holder: ctx.scopes.innermost(m.index), location: locations.get(m[2]) });
  }
  return pages;
}

/** The `add_header` set a block's responses get: its own, or, when it has none at all, the nearest enclosing block's. */
function nginxBlockSends(ctx: RuleContext, from: Scope, header: HeaderName, code: number): boolean | undefined {
  const tree = ctx.scopes;
  const blocks = blocksWithAddHeader(ctx);
  for (let block: Scope | undefined = from; block; block = block.parent) {
    if (!blocks.has(block)) continue;
    return ctx.headerWrites.some((w) => w.name === header && tree.innermost(w.start) === block && (w.always || nginxPlainStatuses.has(code)));
  }
  return undefined;
}

/**
 * nginx: the `add_header` directives of the `return`'s own block, or, when that block has none at all,
 * of the nearest enclosing block that has some (nginx inherits them only then) — and only with `always`
 * unless the status is one nginx adds them to anyway. An `error_page` for the status that sends it to a
 * named location (or a URI) answers with that location's headers.
 */
function nginxSendsHeader(ctx: RuleContext, sent: SentStatus, header: HeaderName): boolean {
  const tree = ctx.scopes;
  const code = sent.detection.code;
  const start = tree.innermost(sent.detection.start);
  if (nginxBlockSends(ctx, start, header, code)) return true;
  // error_page 503 @maintenance; in the status's block or one around it.
  for (const page of errorPages(ctx)) {
    if (!page.codes.includes(String(code)) || !page.location) continue;
    let onPath = false;
    for (let b: Scope | undefined = start; b; b = b.parent) if (b === page.holder) onPath = true;
    if (onPath && nginxBlockSends(ctx, page.location, header, code)) return true;
  }
  return false;
}

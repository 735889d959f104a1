// What kind of place a detected status code sits in: "res.status(N)", "ctx.status = N",
// "w.WriteHeader(N)", "return body, N"... Rules use the site to know whether the code is *sent*,
// and fixes use it to write the framework's own idiom.
import { Detection } from '../detection/types';
import { LanguageFamily } from '../detection/languages';
import { enclosingCall, EnclosingCall, indentAt, lineStartAt, matchingClose, openBracketBefore, statementStart } from './lookAround';
import { isRegExpSpace } from '../detection/textScan';
import { goStatusHelpers } from './rules/goHeaderAfterWrite';

export type SiteKind =
  | 'express-status' // res.status(N)
  | 'express-sendStatus' // res.sendStatus(N)
  | 'fastify-code' // reply.code(N) / reply.status(N)
  | 'node-writeHead' // res.writeHead(N, …)
  | 'prop-assign' // ctx.status = N, res.statusCode = N, response.status_code = N, Response.StatusCode = N
  | 'init-object' // { status: N } in new Response(…) / NextResponse.json(…) / a Lambda result
  | 'go-writeheader' // w.WriteHeader(N)
  | 'go-http-error' // http.Error(w, msg, N)
  | 'gin-call' // c.JSON(N, …), c.AbortWithStatus(N)…
  | 'py-return-tuple' // return body, N
  | 'py-call' // Response(…, status=N), HTTPException(N), abort(N), make_response(body, N)
  | 'spring-status' // ResponseEntity.status(N)
  | 'servlet-status' // response.setStatus(N) / response.sendError(N)
  | 'aspnet-statuscode' // return StatusCode(N, …)
  | 'rails-status' // render …, status: X / head X
  | 'laravel-response' // response(body, N) / response()->json(body, N)
  | 'laravel-abort' // abort(N)
  | 'php-setstatus' // $response->setStatusCode(N) (Symfony, Laravel)
  | 'redirect-call' // res.redirect(N, url), http.Redirect(…, N), redirect_to …, status: X
  | 'nginx-return' // nginx `return N [text|url];`
  | 'sent-other' // sent, but in a shape no fix knows (new ResponseEntity<>(…), ctx.throw(N), Results.StatusCode(N)…)
  | 'other';

export interface ResponseSite {
  kind: SiteKind;
  /** The object the response is set on: "res", "ctx", "w", "c", "response"... */
  receiver?: string;
  /** Offset where the method name after `receiver.` starts (for chain insertions). */
  methodStart?: number;
  call?: EnclosingCall;
  /** First character of the statement, and its line's indentation. */
  statement: number;
  indent: string;
  /** The framework, from the detector when it knows, else inferred here. */
  framework: string;
}

/** The families `responseSiteOf` knows sent shapes for; in any other every site is 'other'. */
const familiesWithShapes = new Set<LanguageFamily>(['javascript', 'go', 'python', 'java', 'csharp', 'ruby', 'php', 'rust']);

const ginMethods = /^(?:JSON|IndentedJSON|SecureJSON|JSONP|AsciiJSON|PureJSON|XML|YAML|TOML|ProtoBuf|String|HTML|Data|DataFromReader|Render|Status|AbortWithStatus|AbortWithStatusJSON|AbortWithError|NoContent|Blob|Stream|File|Attachment|Inline)$/;

const OPEN = 40;
const EQUALS = 61;
const COLON = 58;
const QUESTION = 63;

/** The code of the last character in masked[from, end) that is not `\s`, or -1. */
function lastNonBlank(masked: string, from: number, end: number): number {
  for (let k = end - 1; k >= from; k--) {
    const c = masked.charCodeAt(k);
    if (!isRegExpSpace(c)) return c;
  }
  return -1;
}

/** `site` with the properties of `extra` added, as `{ ...site, ...extra }` gives them, without the spreads' cost. */
function withExtra(site: ResponseSite, extra: Partial<ResponseSite> | undefined): ResponseSite {
  if (extra) for (const key in extra) (site as unknown as Record<string, unknown>)[key] = (extra as Record<string, unknown>)[key];
  return site;
}

/** Whether `responseSiteOf` reads the masked text for this family (the others never send a status). */
export function siteNeedsMasks(family: LanguageFamily): boolean {
  return family === 'nginx' || familiesWithShapes.has(family);
}

/** `masked` is asked only for the families that read it: a 25 MB OpenAPI document is never masked for this (issue 22). */
export function responseSiteOf(text: string, maskedText: () => string, detection: Detection, family: LanguageFamily): ResponseSite {
  const start = detection.start;
  const fw = detection.framework ?? '';
  // No shape of these families is sent (YAML, JSON, logs…): nothing below would be read.
  if (!siteNeedsMasks(family)) {
    const statement = lineStartAt(text, start);
    return { kind: 'other', framework: fw, statement, indent: indentAt(text, statement) };
  }
  const masked = maskedText();
  const statement = statementStart(masked, start);
  const indent = indentAt(text, statement);
  // nginx answers with `return N`: every other directive's code is a condition or a mapping.
  if (family === 'nginx') return { kind: detection.context === 'nginx:return' ? 'nginx-return' : 'other', framework: 'nginx', statement, indent };
  // Short on purpose: the end-anchored patterns below cost time proportional to this window.
  const beforeStart = Math.max(statement, start - 160);
  const before = masked.slice(beforeStart, start);
  // Most patterns below end in `\(\s*$` or `=\s*$`, tried from every start in `before`: they run only when
  // its last non-blank character is that `(` or `=` (issue 8: most statuses follow neither).
  const last = lastNonBlank(masked, beforeStart, start);
  const site = (kind: SiteKind, framework: string, extra?: Partial<ResponseSite>): ResponseSite =>
    withExtra({ kind, framework: fw || framework, statement, indent }, extra);
  let m: RegExpExecArray | null;
  // The enclosing call scans up to 600 characters back and 5,000 ahead: only the families that read it
  // ask for it (issue 8: it was computed for every detection, Ruby's and Rust's too).
  let call: EnclosingCall | undefined;

  switch (family) {
    case 'javascript': {
      call = enclosingCall(masked, start);
      if (last === OPEN && (m = /([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\.\s*(status|code)\(\s*$/.exec(before)) && call) {
        const methodStart = start - before.length + m.index + m[0].lastIndexOf(m[2]);
        const fastify = m[2] === 'code' || /reply$/.test(m[1]) || fw === 'fastify';
        return site(fastify ? 'fastify-code' : 'express-status', fastify ? 'fastify' : 'express', { receiver: m[1], methodStart, call });
      }
      if (last === OPEN && (m = /([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\.\s*sendStatus\(\s*$/.exec(before)) && call) {
        const methodStart = start - before.length + m.index + m[0].lastIndexOf('sendStatus');
        return site('express-sendStatus', 'express', { receiver: m[1], methodStart, call });
      }
      if (last === OPEN && (m = /([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\.\s*writeHead\(\s*$/.exec(before)) && call) {
        return site('node-writeHead', 'node', { receiver: m[1], call });
      }
      if (last === EQUALS && (m = /([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\.\s*(status|statusCode)\s*=\s*$/.exec(before))) {
        const koa = m[2] === 'status' || fw === 'koa';
        return site('prop-assign', koa ? 'koa' : 'node', { receiver: m[1] });
      }
      if ((last === COLON || last === QUESTION) && (m = /([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\.\s*(status|statusCode)\s*=(?!=)[^;=]*\?[^;]*$/.exec(before))) {
        // One arm of a conditional: `res.statusCode = ok ? 204 : 503`.
        const koa = m[2] === 'status' || fw === 'koa';
        return site('prop-assign', koa ? 'koa' : 'node', { receiver: m[1] });
      }
      if ((last === OPEN && /\.redirect\(\s*$/.test(before)) || (call && /\.redirect$/.test(call.callee))) {
        return site('redirect-call', fw || 'express', { call });
      }
      if (lastNonBlank(masked, Math.max(0, start - 300), start) === COLON
        && /[{,]\s*(?:status|statusCode)\s*:\s*$/.test(masked.slice(Math.max(0, start - 300), start))) {
        // A ResponseInit ({ status } after the body in Response/NextResponse) or a returned result object
        // (Lambda); a config object such as rateLimit({ statusCode: 429 }) is neither.
        const objectOpen = openBracketBefore(masked, start, '{', 300);
        const head = objectOpen < 0 ? '' : masked.slice(Math.max(0, objectOpen - 200), objectOpen);
        const owner = objectOpen < 0 ? undefined : enclosingCall(masked, objectOpen);
        if (/(?:\bResponse(?:\.json|\.redirect)?\(|\bnew\s+\w*Response\(|\bfetch\()[^()]*,\s*$|\bjson\([^()]*,\s*$/.test(head) || /(?:\breturn|=>)\s*\(?\s*$/.test(head)
          || (owner && /(?:^new \w*Response|Response\.\w+|^json|\.json)$/.test(owner.callee))) {
          // A returned object is a response (a Lambda result) when it has a body or headers: `{ parsedUrl, statusCode: 308 }`
          // or a rate limiter's error payload is something else's input.
          const returned = !owner && /(?:\breturn|=>)\s*\(?\s*$/.test(head) && !/\bnew\s+\w*Response\(|\bResponse\.\w+\(|\bfetch\(|\bjson\(/.test(head);
          const close = returned ? matchingClose(masked, objectOpen, 3000) : -1;
          if (returned && !/[{,]\s*(?:body|headers|multiValueHeaders)\s*[:,}]/.test(masked.slice(objectOpen, close < 0 ? objectOpen + 3000 : close))) return site('other', fw);
          return site('init-object', fw || 'fetch');
        }
        return site('other', fw);
      }
      if (call && /(?:^|\.)(?:throw|assert)$/.test(call.callee) && /ctx|context/i.test(call.callee)) return site('sent-other', fw || 'koa', { call });
      if (call && /^(?:new )?(?:HttpException|\w+Exception|createError|createHttpError|HttpError)$/.test(call.callee)) return site('sent-other', fw, { call });
      return site('other', fw);
    }
    case 'go': {
      call = enclosingCall(masked, start);
      if (last === OPEN && (m = /\b([A-Za-z_]\w*)\.WriteHeader\(\s*$/.exec(before))) return site('go-writeheader', 'go-net-http', { receiver: m[1], call });
      if (call && call.callee === 'http.Error') {
        const args = masked.slice(call.open + 1, start);
        const writer = /^\s*([A-Za-z_]\w*)\s*,/.exec(args);
        if (writer) return site('go-http-error', 'go-net-http', { receiver: writer[1], call });
      }
      if (call && /(?:^|\.)Redirect$/.test(call.callee)) return site('redirect-call', fw || 'go-net-http', { call });
      // A helper of this file that calls WriteHeader on the writer it is given: writeJSON(w, http.StatusCreated, v).
      if (call && /^[A-Za-z_]\w*$/.test(call.callee) && goStatusHelpers(masked).includes(call.callee)) {
        const writer = /^\s*([A-Za-z_]\w*)\s*,/.exec(masked.slice(call.open + 1, start));
        if (writer) return site('sent-other', fw || 'go-net-http', { receiver: writer[1], call });
      }
      if (call && (m = /^([A-Za-z_]\w*)\.(\w+)$/.exec(call.callee)) && ginMethods.test(m[2])
        && /^\s*$/.test(masked.slice(call.open + 1, start))) {
        // The call's framework comes from the imports: the status may be a net/http constant inside it.
        const framework = /labstack\/echo/.test(text.slice(0, 16384)) ? 'echo' : /gofiber\/fiber/.test(text.slice(0, 16384)) ? 'fiber' : 'gin';
        return { kind: 'gin-call', framework, statement, indent, receiver: m[1], call };
      }
      return site('other', fw);
    }
    case 'python': {
      // A route decorator's status_code= is the route's status; nothing else in a decorator is sent.
      if (/^@/.test(masked.slice(statement, start))) {
        return last === EQUALS && /\bstatus_code\s*=\s*$/.test(before) ? site('sent-other', fw || 'fastapi') : site('other', fw);
      }
      call = enclosingCall(masked, start);
      if (call && call.open > statement) {
        if (/redirect/i.test(call.callee)) return site('redirect-call', fw || 'flask', { call });
        // `HTTPResponse(…)` is a client's (http.client, tornado.httpclient): tornado reports a failed connection as its own 599.
        if (/(?:^|\.)HTTPResponse$/.test(call.callee)) return site('other', fw);
        // Only calls that build or raise a response: a tuple of codes or a retry list is not one.
        if (/(?:^|\.)(?:\w*Response|HTTPException|\w*Error|abort|make_response)$/.test(call.callee)) {
          return site('py-call', fw || pythonFrameworkOf(call.callee), { call });
        }
        if (/(?:^|\.)(?:set_status|send_error)$/.test(call.callee)) return site('sent-other', fw || 'tornado', { call });
        return site('other', fw);
      }
      if (last === EQUALS && (m = /([A-Za-z_][\w.]*)\.status_code\s*=\s*$/.exec(before))) return site('prop-assign', fw || 'fastapi', { receiver: m[1] });
      if (/^return\b[^\n]*,\s*$/.test(masked.slice(statement, start))) return site('py-return-tuple', fw || 'flask');
      return site('other', fw);
    }
    case 'java': {
      call = enclosingCall(masked, start);
      if (last === OPEN && /\bResponseEntity\s*\.\s*status\(\s*$/.test(before) && call) return site('spring-status', 'spring', { call });
      if (last === OPEN && (m = /\b([A-Za-z_]\w*)\s*\.\s*(?:setStatus|sendError)\(\s*$/.exec(before)) && call) return site('servlet-status', fw || 'servlet', { receiver: m[1], call });
      if (call && /^(?:new )?(?:ResponseEntity|ResponseStatusException|HttpClientErrorException|HttpServerErrorException|WebApplicationException)$/.test(call.callee)) return site('sent-other', fw || 'spring', { call });
      if (call && call.callee === '@ResponseStatus') return site('sent-other', fw || 'spring', { call });
      // Spring Security's entry point that answers with the bare status.
      if (call && call.callee === 'new HttpStatusEntryPoint') return site('sent-other', fw || 'spring', { call });
      return site('other', fw);
    }
    case 'csharp': {
      call = enclosingCall(masked, start);
      if (last === OPEN && /(?<![\w.])StatusCode\(\s*$/.test(before) && call) return site('aspnet-statuscode', 'aspnet', { call });
      if (last === EQUALS && (m = /([A-Za-z_][\w.]*)\.StatusCode\s*=\s*$/.exec(before))) return site('prop-assign', 'aspnet', { receiver: m[1] });
      if (call && /^(?:new )?(?:(?:Typed)?Results\.StatusCode|StatusCodeResult|ObjectResult|Problem|Results\.Problem|TypedResults\.Problem)$/.test(call.callee)) return site('sent-other', fw || 'aspnet', { call });
      // A result's named argument: Results.Json(x, statusCode: 429), Problem(detail, statusCode: 503).
      if (call && /(?:^|\.)(?:Json|Problem|ValidationProblem|Content|Text|Bytes|Stream)$/.test(call.callee) && /\bstatusCode\s*:\s*$/.test(before)) return site('sent-other', fw || 'aspnet', { call });
      return site('other', fw);
    }
    case 'ruby': {
      // `return head(…)`, `format.html { redirect_to …, status: :found }`: the call may follow `return` or a block's `{`.
      const head = masked.slice(statement, start).replace(/^(?:return\s+|[\w.]+\s*\{\s*(?:\|[^|]*\|\s*)?)/, '');
      if (/^redirect_to\b/.test(head)) return site('redirect-call', 'rails');
      if (/^(?:render|head)\b/.test(head) && (/(?:\bstatus:|:status\s*=>)\s*$/.test(before) || /^head\s*\(?\s*$/.test(head))) {
        return site('rails-status', 'rails');
      }
      return site('other', fw);
    }
    case 'php': {
      call = enclosingCall(masked, start);
      if (call && /^abort(?:_if|_unless)?$/.test(call.callee)) return site('laravel-abort', 'laravel', { call });
      if (call && /^(?:redirect(?:\(\)->\w+)?|to_route|Redirect::\w+|back)$/.test(call.callee)) return site('redirect-call', 'laravel', { call });
      if (call && (m = /^(\$\w+)->setStatusCode$/.exec(call.callee))) return site('php-setstatus', fw || 'symfony', { receiver: m[1], call });
      if (call && /^(?:response(?:\(\)->\w+)?|Response::\w+)$/.test(call.callee)) return site('laravel-response', 'laravel', { call });
      return site('other', fw);
    }
    case 'rust': {
      // axum: (StatusCode::X, body) or StatusCode::X returned as the response.
      // A call's argument (`policy.check(StatusCode::FOUND, …)`) is not a response: only a tuple or a returned value.
      if (/(?:^|[(,]|return|=>)\s*$/.test(before) && /^\s*[,)]/.test(masked.slice(detection.end, detection.end + 40))) {
        const open = openBracketBefore(masked, start, '(', 300);
        const call = open < 0 ? '' : masked.slice(Math.max(0, open - 60), open);
        if (open >= 0 && /[\w>!]\s*$/.test(call) && !/(?:^|[^\w])(?:Ok|Err|Some)\s*$/.test(call)) return site('other', fw);
        return site('sent-other', fw);
      }
      return site('other', fw);
    }
    default:
      return site('other', fw);
  }
}

function pythonFrameworkOf(callee: string): string {
  if (/^(?:HttpResponse\w*|JsonResponse)$/.test(callee)) return 'django';
  if (/^(?:JSONResponse|PlainTextResponse|HTMLResponse|ORJSONResponse|UJSONResponse|HTTPException|Response)$/.test(callee)) return 'fastapi';
  if (/^(?:abort|make_response|jsonify)$/.test(callee)) return 'flask';
  return '';
}

/** Whether the status at this site is sent to a client (as opposed to compared, logged or asserted). */
export function isSent(site: ResponseSite): boolean {
  return site.kind !== 'other';
}

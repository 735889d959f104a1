// Requests a URL and follows its redirect chain hop by hop, with node's http/https only (no `vscode`),
// so the CLI and the extension share it.
//
// Proxies: in VS Code's extension host, the `http`/`https` modules are patched by VS Code's proxy
// support (`http.proxySupport`), so plain `http.request` honours `http.proxy` and
// `http.proxyStrictSSL`. That only holds while requests go through the default agent: never pass
// `agent: false` or a custom agent here.
//
// Safety: at most `maxBodyBytes` of a body are read (then the socket is destroyed), headers are capped
// by `maxHeaderSize`, every hop has a hard deadline (not an idle timeout, so a slow-drip server cannot
// stretch it), no cookies are stored or sent, Authorization/Cookie headers and URL credentials are not
// forwarded to another origin, and only http: and https: URLs are requested.
import * as http from 'http';
import * as https from 'https';
import type { TLSSocket } from 'tls';
import { CheckError, checkError, classifyNodeError } from './errors';
import { redactHeader, redactText, redactUrl } from './redact';
import { HopTimings, TimingRecorder } from './timings';
import { explainCertificateError, summarizeTls, TlsSummary } from './tls';

export interface CheckUrlOptions {
  /** "AUTO" (default): HEAD, retried as GET when HEAD is refused or unsupported. Else any method. */
  method?: string;
  /** Request body, sent only with an explicit method (never in AUTO mode). */
  body?: string;
  /** Follow 301/302/303/307/308 (default true). */
  followRedirects?: boolean;
  /** Redirects followed at most (default 10). */
  maxHops?: number;
  /** Hard limit for each hop, headers and body included (default 10 000 ms). */
  timeoutMs?: number;
  /** Hard limit for the whole chain (default 3 × timeoutMs). */
  totalTimeoutMs?: number;
  /** Extra request headers. */
  headers?: Record<string, string>;
  userAgent?: string;
  /** Extra trusted CA certificate(s) in PEM form. */
  ca?: string | string[];
  /** Accept any certificate ("check anyway"); the certificate error is still reported. */
  insecure?: boolean;
  signal?: AbortSignal;
  /** Body bytes kept from the final response (default 4096; 0 reads none). Capped at 64 KB. */
  maxBodyBytes?: number;
  /** Largest response header block accepted (default 16 KB). */
  maxHeaderSize?: number;
}

export interface BodySnippet {
  text: string;
  /** Bytes read (never more than maxBodyBytes). */
  bytes: number;
  /** More body was on its way and was not read. */
  truncated: boolean;
}

export interface Hop {
  /** The URL requested, redacted. */
  url: string;
  method: string;
  status: number;
  statusText: string;
  httpVersion: string;
  /** The raw Location header, redacted; null when absent. */
  location: string | null;
  /** Location resolved against `url`, redacted. */
  nextUrl?: string;
  timeMs: number;
  timings: HopTimings;
  /** Response headers, lower-case names, redacted (Set-Cookie values hidden). */
  headers: Record<string, string>;
  tls?: TlsSummary;
  body?: BodySnippet;
  /** HEAD was tried first and refused; this hop is the GET retry. */
  headFallback?: { status?: number; reason: string };
  /** Headers withheld because this hop went to another origin (e.g. authorization). */
  withheldHeaders?: string[];
}

export interface CheckResult {
  /** The URL given, redacted. */
  url: string;
  hops: Hop[];
  error: CheckError | null;
  totalMs: number;
  /** Options in effect, for display. */
  options: { method: string; followRedirects: boolean; maxHops: number; timeoutMs: number; insecure: boolean };
}

export const defaultUserAgent = 'http-status-lens/0.1 (URL check)';
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const credentialHeaders = ['authorization', 'proxy-authorization', 'cookie'];

interface Resolved {
  method: string;
  body: string | undefined;
  followRedirects: boolean;
  maxHops: number;
  timeoutMs: number;
  totalTimeoutMs: number;
  headers: Record<string, string>;
  ca?: string | string[];
  insecure: boolean;
  signal?: AbortSignal;
  maxBodyBytes: number;
  maxHeaderSize: number;
}

function positive(value: number | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(Math.floor(value), max) : fallback;
}

function resolveOptions(o: CheckUrlOptions): Resolved {
  const timeoutMs = positive(o.timeoutMs, 10_000) || 10_000;
  const headers: Record<string, string> = { 'user-agent': o.userAgent?.trim() || defaultUserAgent, accept: '*/*' };
  for (const [name, value] of Object.entries(o.headers ?? {})) {
    const key = name.trim().toLowerCase();
    if (!/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(key)) continue;
    headers[key] = String(value).replace(/[\r\n]+/g, ' ');
  }
  return {
    method: (o.method?.trim().toUpperCase() || 'AUTO'),
    body: o.body,
    followRedirects: o.followRedirects ?? true,
    maxHops: positive(o.maxHops, 10, 50),
    timeoutMs,
    totalTimeoutMs: positive(o.totalTimeoutMs, 3 * timeoutMs) || 3 * timeoutMs,
    headers,
    ca: o.ca,
    insecure: o.insecure ?? false,
    signal: o.signal,
    maxBodyBytes: positive(o.maxBodyBytes, 4096, 65_536),
    maxHeaderSize: positive(o.maxHeaderSize, 16_384, 1_048_576) || 16_384,
  };
}

/** Parses what the user typed; adds `https://` to a bare host name. */
export function parseCheckUrl(input: string): URL | CheckError {
  const text = input.trim();
  if (!text) return checkError('invalid-url', 'Enter a URL to check.');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https' && !/^[a-z0-9.-]+:\d/i.test(text)) {
    return unsupportedScheme(scheme, 'The URL');
  }
  let url: URL;
  try {
    url = new URL(scheme === 'http' || scheme === 'https' ? text : `https://${text}`);
  } catch {
    return checkError('invalid-url', `Not a valid URL: ${redactText(text)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return unsupportedScheme(url.protocol.slice(0, -1), 'The URL');
  if (!url.hostname) return checkError('invalid-url', `The URL has no host: ${redactUrl(text)}`);
  return url;
}

function unsupportedScheme(scheme: string, what: string): CheckError {
  return checkError('unsupported-scheme',
    `${what} uses the ${scheme}: scheme; only http: and https: URLs are checked (${scheme}: is never followed or opened).`);
}

/** Checks a URL: every hop of its redirect chain, timed and with its TLS summary. Never throws. */
export async function checkUrl(input: string, options: CheckUrlOptions = {}): Promise<CheckResult> {
  const o = resolveOptions(options);
  const started = performance.now();
  const result: CheckResult = {
    url: redactUrl(input.trim()),
    hops: [],
    error: null,
    totalMs: 0,
    options: { method: o.method, followRedirects: o.followRedirects, maxHops: o.maxHops, timeoutMs: o.timeoutMs, insecure: o.insecure },
  };
  const finish = (error: CheckError | null) => {
    result.error = error ? { ...error, message: redactText(error.message) } : null;
    result.totalMs = Math.round(performance.now() - started);
    return result;
  };

  const parsed = parseCheckUrl(input);
  if (!(parsed instanceof URL)) return finish(parsed);

  const auto = o.method === 'AUTO';
  let url = parsed;
  let method = auto ? 'GET' : o.method;
  let body = auto || method === 'GET' || method === 'HEAD' ? undefined : o.body;
  let headers = { ...o.headers };
  const withheld = new Set<string>();
  const deadline = performance.now() + o.totalTimeoutMs;
  const headRefusedOrigins = new Set<string>();
  const visited = new Set<string>([`${method} ${url.href}`]);

  for (let redirects = 0; ; redirects++) {
    let hop: Hop;
    let response!: RawResponse;
    const wantBody = (status: number) => !(o.followRedirects && redirectStatuses.has(status));
    try {
      if (auto && method === 'GET' && !headRefusedOrigins.has(url.origin)) {
        let refusal: { status?: number; reason: string } | undefined;
        try {
          response = await send(url, 'HEAD', headers, undefined, o, deadline, () => false);
          if (response.status === 405 || response.status === 501) {
            refusal = { status: response.status, reason: `HEAD was answered with ${response.status}; retried with GET.` };
          }
        } catch (error) {
          const e = error as CheckError;
          if (e.kind !== 'reset' && e.kind !== 'protocol') throw error;
          refusal = { reason: `HEAD failed (${e.kind}); retried with GET.` };
        }
        if (refusal) {
          headRefusedOrigins.add(url.origin);
          response = await send(url, 'GET', headers, undefined, o, deadline, wantBody);
          hop = toHop(url, 'GET', response);
          hop.headFallback = refusal;
        } else {
          hop = toHop(url, 'HEAD', response);
        }
      } else {
        response = await send(url, method, headers, body, o, deadline, wantBody);
        hop = toHop(url, method, response);
      }
    } catch (error) {
      return finish(error as CheckError);
    }
    if (withheld.size) hop.withheldHeaders = [...withheld];
    result.hops.push(hop);

    const location = response.location;
    if (!redirectStatuses.has(hop.status) || location === undefined || !o.followRedirects) return finish(null);

    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      return finish(checkError('invalid-url', `The Location header of hop ${result.hops.length} is not a valid URL: ${redactText(location)}`));
    }
    hop.nextUrl = redactUrl(next.href);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      return finish(unsupportedScheme(next.protocol.slice(0, -1), `Hop ${result.hops.length} redirects to a URL that`));
    }
    if (redirects >= o.maxHops) {
      return finish(checkError('too-many-redirects', `Stopped after ${o.maxHops} redirects; the chain goes on (next: ${redactUrl(next.href)}).`));
    }
    // RFC 9110, 15.4: a 301/302 after POST, and a 303 after anything but GET/HEAD, continue with GET.
    const hopMethod = hop.method;
    if (((hop.status === 301 || hop.status === 302) && hopMethod === 'POST') || (hop.status === 303 && hopMethod !== 'GET' && hopMethod !== 'HEAD')) {
      if (!auto) method = 'GET';
      body = undefined;
    }
    if (next.origin !== url.origin) {
      // Credentials go only to the origin they were given for.
      for (const name of credentialHeaders) if (headers[name] !== undefined) { delete headers[name]; withheld.add(name); }
      if (next.username || next.password) withheld.add('URL credentials');
      headers = { ...headers };
    }
    if (next.origin !== parsed.origin) { next.username = ''; next.password = ''; }
    const key = `${method} ${next.href}`;
    if (visited.has(key)) {
      return finish(checkError('loop', `Redirect loop: hop ${result.hops.length} leads back to ${redactUrl(next.href)}, already visited.`));
    }
    visited.add(key);
    url = next;
  }
}

interface RawResponse {
  status: number;
  statusText: string;
  httpVersion: string;
  headers: Record<string, string>;
  location?: string;
  timings: HopTimings;
  tls?: TlsSummary;
  body?: BodySnippet;
}

function toHop(url: URL, method: string, r: RawResponse): Hop {
  const hop: Hop = {
    url: redactUrl(url.href),
    method,
    status: r.status,
    statusText: r.statusText,
    httpVersion: r.httpVersion,
    location: r.location === undefined ? null : redactText(r.location),
    timeMs: Math.round(r.timings.totalMs),
    timings: r.timings,
    headers: r.headers,
  };
  if (r.tls) hop.tls = r.tls;
  if (r.body) hop.body = r.body;
  return hop;
}

function collectHeaders(res: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    out[name] = values.map((v) => redactHeader(name, v)).join(name === 'set-cookie' ? '\n' : ', ');
  }
  return out;
}

/** One request/response exchange with a hard deadline. Rejects with a CheckError. */
function send(
  url: URL, method: string, headers: Record<string, string>, body: string | undefined,
  o: Resolved, deadline: number, wantBody: (status: number) => boolean,
): Promise<RawResponse> {
  return new Promise<RawResponse>((resolve, reject) => {
    const host = url.host;
    if (o.signal?.aborted) return reject(checkError('cancelled', 'The check was cancelled.'));
    const limit = Math.min(o.timeoutMs, deadline - performance.now());
    if (limit <= 0) return reject(checkError('timeout', `The whole check took longer than ${o.totalTimeoutMs} ms.`));

    const isHttps = url.protocol === 'https:';
    const requestHeaders: Record<string, string> = { ...headers };
    if (body !== undefined) requestHeaders['content-length'] = String(Buffer.byteLength(body));
    const requestOptions: https.RequestOptions = { method, headers: requestHeaders, maxHeaderSize: o.maxHeaderSize };
    if (isHttps) {
      // Left unset unless asked: node verifies by default, and in VS Code the proxy support's own TLS
      // settings (http.proxyStrictSSL, system certificates) then apply unchanged.
      if (o.insecure) requestOptions.rejectUnauthorized = false;
      if (o.ca) requestOptions.ca = o.ca;
    }
    const recorder = new TimingRecorder();
    let settled = false;
    let request: http.ClientRequest;
    let partial: { raw: RawResponse; chunks: Buffer[]; bytes: number } | undefined;

    const cleanup = () => {
      settled = true;
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', onAbort);
      request.destroy();
    };
    const fail = (error: CheckError) => {
      if (settled) return;
      cleanup();
      reject(error);
    };
    const done = (truncated: boolean) => {
      if (settled || !partial) return;
      const { raw, chunks, bytes } = partial;
      if (chunks.length || truncated) {
        raw.body = { text: Buffer.concat(chunks).toString('utf8'), bytes, truncated };
      }
      raw.timings = recorder.finish();
      cleanup();
      resolve(raw);
    };
    const onAbort = () => fail(checkError('cancelled', 'The check was cancelled.'));
    const timer = setTimeout(() => {
      // Headers are in: keep what we have of the body. Otherwise the server was too slow to answer.
      if (partial) done(true);
      else fail(checkError('timeout', `${host} did not send a complete response within ${Math.round(limit)} ms.`));
    }, limit);

    try {
      request = (isHttps ? https : http).request(url, requestOptions);
    } catch (error) {
      clearTimeout(timer);
      return reject(classifyNodeError(error, host));
    }
    o.signal?.addEventListener('abort', onAbort, { once: true });
    recorder.watch(request);

    request.on('error', (error) => {
      if (partial) return done(true);
      const e = classifyNodeError(error, host);
      if (e.kind === 'tls' && e.code) e.message = `The certificate of ${host} was rejected: ${explainCertificateError(e.code)} (${e.code}). Use the insecure option to check anyway.`;
      fail(e);
    });
    request.on('upgrade', (res, socket) => {
      socket.destroy();
      onResponse(res);
    });
    request.on('response', onResponse);

    function onResponse(res: http.IncomingMessage) {
      if (settled) { res.destroy(); return; }
      recorder.firstByte();
      const status = res.statusCode ?? 0;
      if (!Number.isInteger(status) || status < 100 || status > 599) {
        return fail(checkError('protocol', `${host} answered with status code ${status}, outside 100-599: not valid HTTP.`, 'INVALID_STATUS'));
      }
      const raw: RawResponse = {
        status,
        statusText: (res.statusMessage ?? '').slice(0, 200),
        httpVersion: res.httpVersion,
        headers: collectHeaders(res),
        timings: { totalMs: 0 },
      };
      const location = res.headers.location;
      if (typeof location === 'string') raw.location = location;
      const socket = res.socket as TLSSocket | null;
      if (isHttps && socket && typeof socket.getPeerCertificate === 'function') raw.tls = summarizeTls(socket);
      partial = { raw, chunks: [], bytes: 0 };
      if (method === 'HEAD' || o.maxBodyBytes === 0 || !wantBody(status)) return done(false);
      res.on('data', (chunk: Buffer) => {
        if (!partial || settled) return;
        const room = o.maxBodyBytes - partial.bytes;
        const keep = chunk.length > room ? chunk.subarray(0, room) : chunk;
        partial.chunks.push(keep);
        partial.bytes += keep.length;
        if (chunk.length >= room) done(chunk.length > room || !res.complete);
      });
      res.on('end', () => done(false));
      res.on('aborted', () => done(true));
      res.on('error', () => done(true));
    }

    if (body !== undefined) request.end(body);
    else request.end();
  });
}

// Notes on a checked chain: what each hop means for you, beyond its status line.
// Status names and vendor meanings come from the dataset (injected, so tests pass small tables).
import type { StatusCodeEntry, StatusMeaning } from '../../service/dataset';
import type { CheckResult, Hop } from './checkUrl';
import { explainCertificateError } from './tls';

export type NoteLevel = 'info' | 'warning';

export interface Note {
  level: NoteLevel;
  /** Index of the hop the note is about; absent for the whole chain. */
  hop?: number;
  /** Stable identifier for tests and styling: "post-to-get", "downgrade", "retry-after"… */
  kind: string;
  message: string;
}

/** What the notes need from the dataset (StatusCodeIndex satisfies it). */
export interface StatusLookup {
  get(code: number): StatusCodeEntry | undefined;
}

/** Which vendor most likely produced a response, from its headers. Keys are dataset source ids. */
export function vendorOf(headers: Record<string, string>): string | undefined {
  const server = (headers['server'] ?? '').toLowerCase();
  if (server.includes('cloudflare') || headers['cf-ray'] !== undefined) return 'cloudflare';
  if (server.startsWith('awselb') || server === 'elb') return 'aws-elb';
  if (server.startsWith('nginx')) return 'nginx';
  if (server.includes('microsoft-iis')) return 'iis';
  return undefined;
}

/** The meaning that applies to a hop: the vendor's when the headers point at that vendor, else the primary one. */
export function meaningFor(code: number, headers: Record<string, string>, lookup?: StatusLookup): StatusMeaning | undefined {
  const entry = lookup?.get(code);
  if (!entry) return undefined;
  const vendor = vendorOf(headers);
  return entry.meanings.find((m) => m.source === vendor) ?? entry.meanings[0];
}

/** "404 Not Found — The server cannot find the requested resource." */
export function explainStatus(code: number, statusText: string, headers: Record<string, string>, lookup?: StatusLookup): string {
  const meaning = meaningFor(code, headers, lookup);
  if (!meaning) return `${code}${statusText ? ` ${statusText}` : ''} — not in the dataset (an unregistered or vendor-specific code).`;
  const source = meaning.source === 'iana' ? '' : ` (${meaning.source})`;
  return `${code} ${meaning.name}${source} — ${meaning.summary}`;
}

export function notesFor(result: CheckResult, lookup?: StatusLookup, now = Date.now()): Note[] {
  const notes: Note[] = [];
  const add = (level: NoteLevel, kind: string, message: string, hop?: number) =>
    notes.push(hop === undefined ? { level, kind, message } : { level, kind, message, hop });

  result.hops.forEach((hop, i) => {
    const n = i + 1;
    const next = result.hops[i + 1];
    if (hop.headFallback) add('info', 'head-fallback', `Hop ${n}: ${hop.headFallback.reason}`, i);
    if (hop.withheldHeaders?.length) {
      add('info', 'credentials-withheld', `Hop ${n} is on another origin: ${hop.withheldHeaders.join(', ')} not forwarded.`, i);
    }
    postToGet(hop, next, n, i, add);
    downgrade(hop, n, i, add);
    redirectCaching(hop, n, i, add);
    retryAfter(hop, n, i, now, add);
    rateLimit(hop, n, i, add);
    hsts(hop, n, i, add);
    vendorCode(hop, n, i, lookup, add);
    tlsNotes(hop, n, i, add);
    if (hop.status >= 300 && hop.status < 400 && hop.status !== 304 && hop.location === null) {
      add('warning', 'redirect-without-location', `Hop ${n}: a ${hop.status} without a Location header; there is nothing to follow.`, i);
    }
    if (hop.body?.truncated) add('info', 'body-truncated', `Hop ${n}: only the first ${hop.body.bytes} bytes of the body were read.`, i);
  });

  const error = result.error;
  if (error?.kind === 'loop') {
    add('warning', 'loop', 'The chain loops. Common causes: the app and its proxy disagree on the scheme (X-Forwarded-Proto), or trailing-slash and canonical-host rules fight each other.');
  } else if (error?.kind === 'too-many-redirects') {
    add('warning', 'too-many-hops', `More than ${result.options.maxHops} redirects. Browsers give up around 20; each hop costs a round trip. Point links at the final URL.`);
  } else if (error?.kind === 'tls') {
    add('warning', 'tls-error', 'The certificate was not trusted, so nothing was sent. Use "check anyway" (insecure) to see the response; the certificate error stays reported.');
  }
  return notes;
}

type Add = (level: NoteLevel, kind: string, message: string, hop?: number) => void;

function postToGet(hop: Hop, next: Hop | undefined, n: number, i: number, add: Add): void {
  if (!next || next.method !== 'GET' || hop.method === 'GET' || hop.method === 'HEAD') return;
  if (hop.status === 301 || hop.status === 302 || hop.status === 303) {
    add('warning', 'post-to-get',
      `Hop ${n}: ${hop.status} turned the ${hop.method} into a GET and dropped the body. Use 307 or 308 to keep the method and body${hop.status === 303 ? ' (303 does this on purpose: "see the result over there")' : ''}.`, i);
  }
}

function downgrade(hop: Hop, n: number, i: number, add: Add): void {
  if (hop.url.startsWith('https:') && hop.nextUrl?.startsWith('http:')) {
    add('warning', 'downgrade', `Hop ${n} redirects from https to http: the next request travels unencrypted and can be read or changed on the way.`, i);
  }
}

function redirectCaching(hop: Hop, n: number, i: number, add: Add): void {
  if (![301, 302, 303, 307, 308].includes(hop.status)) return;
  const cacheControl = hop.headers['cache-control'];
  const expires = hop.headers['expires'];
  const permanent = hop.status === 301 || hop.status === 308;
  const maxAge = /(?:^|,)\s*(?:s-)?max-age\s*=\s*"?(\d+)/i.exec(cacheControl ?? '')?.[1];
  if (cacheControl && /no-store|no-cache/i.test(cacheControl)) {
    if (permanent) add('info', 'redirect-cache', `Hop ${n}: a permanent redirect marked "${cacheControl}": clients will ask again each time.`, i);
    return;
  }
  if (permanent) {
    add('info', 'redirect-cache', maxAge
      ? `Hop ${n}: browsers cache this ${hop.status} for ${formatSeconds(Number(maxAge))} (Cache-Control: ${cacheControl}).`
      : `Hop ${n}: browsers cache a ${hop.status} without Cache-Control indefinitely; changing it later is hard. Consider Cache-Control: max-age.`, i);
  } else if ((maxAge && Number(maxAge) > 0) || expires) {
    add('info', 'redirect-cache', `Hop ${n}: this temporary ${hop.status} may be cached (${cacheControl ? `Cache-Control: ${cacheControl}` : `Expires: ${expires}`}).`, i);
  }
}

function retryAfter(hop: Hop, n: number, i: number, now: number, add: Add): void {
  const value = hop.headers['retry-after'];
  if (value === undefined) return;
  const trimmed = value.trim();
  let message: string;
  if (/^\d+$/.test(trimmed)) {
    message = `wait ${formatSeconds(Number(trimmed))} before retrying`;
  } else if (!Number.isNaN(Date.parse(trimmed))) {
    const seconds = Math.max(0, Math.round((Date.parse(trimmed) - now) / 1000));
    message = `retry after ${new Date(Date.parse(trimmed)).toISOString()} (in ${formatSeconds(seconds)})`;
  } else {
    add('warning', 'retry-after', `Hop ${n}: Retry-After "${trimmed}" is neither seconds nor an HTTP date; clients will ignore it.`, i);
    return;
  }
  add('info', 'retry-after', `Hop ${n}: Retry-After says ${message}.`, i);
}

function rateLimit(hop: Hop, n: number, i: number, add: Add): void {
  const pick = (...names: string[]) => names.map((name) => hop.headers[name]).find((v) => v !== undefined);
  const limit = pick('ratelimit-limit', 'x-ratelimit-limit');
  const remaining = pick('ratelimit-remaining', 'x-ratelimit-remaining');
  const reset = pick('ratelimit-reset', 'x-ratelimit-reset');
  const combined = hop.headers['ratelimit'];
  if (limit === undefined && remaining === undefined && reset === undefined && combined === undefined) return;
  const parts: string[] = [];
  if (remaining !== undefined && limit !== undefined) parts.push(`${remaining} of ${limit} requests left`);
  else if (remaining !== undefined) parts.push(`${remaining} requests left`);
  else if (limit !== undefined) parts.push(`limit ${limit}`);
  if (reset !== undefined) {
    const r = Number(reset);
    // X-RateLimit-Reset is often a Unix time; RateLimit-Reset (IETF draft) is seconds.
    parts.push(Number.isFinite(r) && r > 1_000_000_000 ? `resets at ${new Date(r * 1000).toISOString()}` : `resets in ${reset} s`);
  }
  if (combined !== undefined) parts.push(`RateLimit: ${combined}`);
  const exhausted = remaining !== undefined && Number(remaining) === 0;
  add(exhausted ? 'warning' : 'info', 'rate-limit', `Hop ${n}: rate limit — ${parts.join(', ')}.`, i);
}

function hsts(hop: Hop, n: number, i: number, add: Add): void {
  const value = hop.headers['strict-transport-security'];
  if (value === undefined) return;
  if (hop.url.startsWith('http:')) {
    add('warning', 'hsts', `Hop ${n}: Strict-Transport-Security over plain http is ignored by browsers; send it on https responses.`, i);
    return;
  }
  const maxAge = /max-age\s*=\s*"?(\d+)/i.exec(value)?.[1];
  const flags = [/includesubdomains/i.test(value) && 'includeSubDomains', /preload/i.test(value) && 'preload'].filter(Boolean);
  add('info', 'hsts', maxAge === '0'
    ? `Hop ${n}: HSTS max-age=0 tells browsers to forget the HSTS policy for this host.`
    : `Hop ${n}: HSTS — browsers will use https for this host for ${maxAge ? formatSeconds(Number(maxAge)) : 'an unspecified time'}${flags.length ? ` (${flags.join(', ')})` : ''}.`, i);
}

function vendorCode(hop: Hop, n: number, i: number, lookup: StatusLookup | undefined, add: Add): void {
  const entry = lookup?.get(hop.status);
  const vendor = vendorOf(hop.headers);
  const vendorMeaning = entry?.meanings.find((m) => m.source !== 'iana' && m.source === vendor)
    ?? (entry && !entry.meanings.some((m) => m.source === 'iana') ? entry.meanings[0] : undefined);
  if (vendorMeaning) {
    const wire = vendorMeaning.onTheWire ? ` ${vendorMeaning.onTheWire}` : '';
    add('info', 'vendor-code', `Hop ${n}: ${hop.status} is ${vendorMeaning.source}'s "${vendorMeaning.name}": ${vendorMeaning.summary}${wire}`, i);
  } else if (!entry && lookup) {
    add('warning', 'unknown-code', `Hop ${n}: ${hop.status} is not a registered status code${vendor ? ` (the response looks like it came from ${vendor})` : ''}.`, i);
  }
}

function tlsNotes(hop: Hop, n: number, i: number, add: Add): void {
  const tls = hop.tls;
  if (!tls) return;
  if (tls.authorizationError) {
    add('warning', 'tls-insecure', `Hop ${n}: the certificate is NOT trusted (${explainCertificateError(tls.authorizationError)}); checked anyway because the insecure option is on.`, i);
  }
  if (tls.daysLeft !== undefined) {
    if (tls.daysLeft < 0) add('warning', 'tls-expiry', `Hop ${n}: the certificate expired ${-tls.daysLeft} days ago.`, i);
    else if (tls.daysLeft < 21) add('warning', 'tls-expiry', `Hop ${n}: the certificate expires in ${tls.daysLeft} days.`, i);
  }
  if (tls.protocol && /^(TLSv1(\.1)?|SSLv\d)$/.test(tls.protocol)) {
    add('warning', 'tls-protocol', `Hop ${n}: ${tls.protocol} is obsolete; browsers refuse it.`, i);
  }
}

export function formatSeconds(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86_400)} days`;
}

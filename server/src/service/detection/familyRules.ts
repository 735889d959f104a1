// What a language family tells the generic code detector: its syntax, which calls take a status
// (and at which argument), how its named constants map to numbers, and which framework a form belongs to.
import { Syntax } from './codeLexer';

export interface CallRule {
  /** Argument indexes that hold a status, or 'any'. */
  args: number[] | 'any';
  /** The receiver/qualifier chain before the callee must satisfy this (e.g. `http` for http.Error). */
  receiver?: (receiver: string) => boolean;
  framework?: string;
}

export interface ConstantMatch {
  code: number;
  framework?: string;
}

export interface FamilyRules {
  family: string;
  syntax: Syntax;
  /** Calls by callee name (last segment, exact case). */
  calls: Record<string, CallRule>;
  /** Identifiers that may qualify a status constant (`HttpStatus`, `http`, `StatusCode`...): a fast pre-filter. */
  qualifiers: ReadonlySet<string>;
  /** Resolve `qualifier.member` (qualifier = the identifier right before the member; chain = full text). */
  constant(qualifier: string, member: string, chain: string, file: FileHints): ConstantMatch | undefined;
  /** Resolve a bare identifier (e.g. HTTP_404_NOT_FOUND imported by name). */
  bareConstant?(name: string, file: FileHints): ConstantMatch | undefined;
  /** A member right after a call: MockMvc `status().isNotFound()`. */
  memberAfterCall?(callee: string, member: string): ConstantMatch | undefined;
  /** Which framework a status in a call/assignment context belongs to. */
  framework(context: string, file: FileHints): string | undefined;
  /** Ruby-style calls without parentheses: `head 204`, `halt 404`. */
  commands?: Set<string>;
  /** Python/Flask `return body, 404` tuples. */
  returnTuples?: boolean;
  /** Ruby/Rack `[404, headers, body]` triples. */
  rackTriples?: boolean;
  // The idioms of one family that the detector reads (each family's file says which it has):
  /** Python requests: `requests.codes['not_found']`. */
  requestsCodes?: boolean;
  /** Django Ninja: `return 404, {"message": …}` — the status first. */
  statusFirstReturns?: boolean;
  /** Python conditional expressions: `response.status = 202 if running else 200`. */
  conditionalExpressions?: boolean;
  /** Python `return body, 200, {}` / `return 200, {}, body` triples. */
  responseTriples?: boolean;
  /** Test tables whose rows hold a status column (Python tuples, Go struct literals). */
  statusColumns?: boolean;
  /** supertest-style `request(app).get('/').expect(200)`: `expect` on a receiver asserts a status. */
  expectCalls?: boolean;
  /** `case subject` on a line of its own, `when` arms below (Ruby). */
  caseLines?: boolean;
  symbols?: (name: string) => number | undefined;
}

/** The marker `FileHints.has` answers with whether the file is about HTTP (no text holds it: it has a NUL). */
const httpishMarker = '\u0000httpish';

/** Lazily computed facts about a file (framework imports), read from its first 16 KB only. */
/** Hints are read from a file's first this many characters. */
export const hintsHeadLength = 16384;

export class FileHints {
  private head: string | undefined;
  private readonly cache = new Map<string, boolean>();

  constructor(private readonly text: string) {}

  /**
   * The file is about HTTP: its head names requests, responses, statuses, headers or HTTP several times.
   * Asked through `has` (as the marker `httpishMarker`), so a segment of a big file records the answer
   * it got like any other hint (server/src/service/segments/).
   */
  get httpish(): boolean {
    return this.has(httpishMarker);
  }

  has(marker: string): boolean {
    let hit = this.cache.get(marker);
    if (hit === undefined) {
      this.head ??= this.text.slice(0, hintsHeadLength);
      hit = marker === httpishMarker ? (this.head.match(/http|status|respon|request|header/gi)?.length ?? 0) >= 6 : this.head.includes(marker);
      this.cache.set(marker, hit);
    }
    return hit;
  }
}

export function squashLower(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += s[i];
  }
  return out;
}

const EXCLUDED = /exit|smtp|ftp|grpc|wait|signal|socket|mail|process|job|task|build|git/;

/** `status`, `statusCode`, `status_code`, `httpStatus`, `expectedStatus`, `StatusCode`, `http_code`, `responseCode`. */
export function isStatusName(name: string): boolean {
  const s = squashLower(name);
  // Every name below holds `status` or ends in `code`: most names fail here, before the list.
  if (!s.includes('status') && !s.endsWith('code')) return false;
  if (!(s.endsWith('status') || s.includes('statuscode') || s.endsWith('httpcode') || s.endsWith('responsecode')
    || s.endsWith('statusvalue') || s.endsWith('statusint') || s.endsWith('wantcode') || s.endsWith('expectedcode')
    || s.endsWith('expectcode') || s.endsWith('redirectcode') || s.endsWith('httpstatusis') || s.endsWith('httperrorcode'))) return false;
  return !EXCLUDED.test(s);
}

/** Names of collections of statuses: `statuses`, `status_forcelist`, `retryStatusCodes`, `RETRY_STATUSES`. */
export function isStatusListName(name: string): boolean {
  const s = squashLower(name);
  return (s.includes('status') || s.includes('responsecode') || s.includes('httpcode')) && !EXCLUDED.test(s) && !NOT_CODES.test(s);
}

const NOT_CODES = /delay|timeout|interval|wait|millis|seconds|size|width|height|limit|count|length|offset|port|price|version|bar$/;

/** Receivers whose `.code` is an HTTP status: res, resp, response, rec, recorder, rr, w, reply. */
export function isResponseReceiver(name: string): boolean {
  const s = squashLower(name);
  return s.endsWith('response') || s.endsWith('resp') || s.endsWith('res') || s === 'rec' || s === 'recorder'
    || s === 'rr' || s === 'w' || s === 'reply' || s === 'rsp' || s.endsWith('recorder') || s.endsWith('writer');
}

/** The last segment of a chain like `err.response?.status` or `$this->code`. */
export function lastSegment(chain: string): string {
  // A backward walk: an end-anchored pattern is tried from every position of the chain.
  let i = chain.length;
  while (i > 0 && isAsciiWordChar(chain.charCodeAt(i - 1))) i--;
  return chain.slice(i);
}

/** [A-Za-z0-9_$] */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}

/** The segment before the last one: `res` in `res.status`. */
export function receiverOf(chain: string): string {
  const m = /([A-Za-z0-9_$]+)\s*(?:\?\.|\.|::|->)\s*[A-Za-z0-9_$]+$/.exec(chain);
  return m ? m[1] : '';
}

/** `res.status`, `status_code`, `w.Code`, `response.code` — a chain whose value is a status. */
/** Owners whose `.status` is their own state, not an HTTP status: `job.status`, `order.status`, `proc.status`. */
const NOT_HTTP_OWNER = /(?:job|task|proc|process|build|worker|queue|order|payment|invoice|subscription|ticket|pod|container|deployment|pipeline|workflow|layer|battery|device|mail|smtp|ftp)s?$/;

export function isStatusChain(chain: string): boolean {
  const last = lastSegment(chain);
  if (isStatusName(last)) return !NOT_HTTP_OWNER.test(squashLower(receiverOf(chain)));
  if (last === 'code' || last === 'Code') return isResponseReceiver(receiverOf(chain));
  return false;
}

/** `getStatus`, `status`, `statusCode`, `getStatusCode`, `StatusCode`, `code` on a response, `getcode`. */
export function isStatusGetter(chain: string): boolean {
  const last = lastSegment(chain);
  const s = squashLower(last);
  if (s === 'getcode' || s === 'getresponsecode' || s === 'statusvalue' || s === 'value' && /status/i.test(chain)) return true;
  if (s === 'asu16' || s === 'asint' || s === 'intvalue') return /status/i.test(chain);
  if (isStatusName(last.replace(/^get_?/i, ''))) return true;
  return (s === 'code') && isResponseReceiver(receiverOf(chain));
}

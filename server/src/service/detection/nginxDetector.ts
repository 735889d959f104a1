// nginx (and Apache) configuration: directives whose arguments are status codes.
// `return 301 https://…;`, `error_page 500 502 503 504 /50x.html;`, `error_page 404 =200 /empty.gif;`,
// `proxy_cache_valid 200 302 10m;`, `limit_req_status 429;`, `proxy_next_upstream error http_502;`,
// the keys of a `map $status …` / `map $upstream_status …` block, and a JSON body's `"code": 503` after
// `return 503`.
import { Detection } from './types';
import { isDigit, isSpace } from './textScan';

const CODE_LIST_DIRECTIVES = new Set(['error_page', 'proxy_cache_valid', 'fastcgi_cache_valid', 'uwsgi_cache_valid',
  'scgi_cache_valid', 'ErrorDocument']);
const FIRST_ARG_DIRECTIVES = new Set(['return', 'limit_req_status', 'limit_conn_status', 'Redirect', 'RedirectMatch',
  'auth_request_status', 'limit_except_status']);
const UPSTREAM_DIRECTIVES = new Set(['proxy_next_upstream', 'fastcgi_next_upstream', 'uwsgi_next_upstream',
  'scgi_next_upstream', 'grpc_next_upstream', 'memcached_next_upstream', 'proxy_cache_use_stale',
  'fastcgi_cache_use_stale', 'uwsgi_cache_use_stale', 'scgi_cache_use_stale']);

export function detectInNginx(text: string): Detection[] {
  const found: Detection[] = [];
  const n = text.length;
  let i = 0;
  let directive: string | null = null;
  let argIndex = 0;
  /** Blocks open, and the depth of a `map` over a status variable while inside one (-1 when not). */
  let depth = 0;
  let statusMapDepth = -1;
  let mapsStatus = false;
  const push = (code: number, start: number, context: string) => {
    if (code >= 100 && code <= 599) {
      found.push({ code, start, end: start + 3, form: 'literal', text: text.slice(start, start + 3), context, framework: 'nginx' });
    }
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      // Apache directives end at the line end.
      if (c === 10 && directive !== null && /^[A-Z]/.test(directive)) directive = null;
      i++;
      continue;
    }
    if (c === 35) { const nl = text.indexOf('\n', i); i = nl < 0 ? n : nl; continue; }
    if (c === 59 || c === 123 || c === 125) {
      if (c === 123) {
        depth++;
        if (directive === 'map' && mapsStatus) statusMapDepth = depth;
      } else if (c === 125) {
        if (depth === statusMapDepth) statusMapDepth = -1;
        depth--;
      }
      directive = null;
      i++;
      continue;
    }
    let start = i;
    let end: number;
    if (c === 34 || c === 39) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) !== c) j += text.charCodeAt(j) === 92 ? 2 : 1;
      end = Math.min(n, j + 1);
      i = end;
      // Quoted words are never codes themselves; a JSON body after `return NNN` may name its code.
      if (directive === 'return' && argIndex === 1) jsonBodyCodes(text, start, end, push);
      start = -1;
    } else {
      let j = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isSpace(d) || d === 59 || d === 123 || d === 125) break;
        j++;
      }
      end = j;
      i = j;
    }
    if (directive === null) {
      directive = start < 0 ? '' : text.slice(start, end);
      argIndex = 0;
      // An entry of `map $status $x { 503 1; … }`: its key is a status.
      if (statusMapDepth === depth && start >= 0 && end - start === 3 && isDigit(text.charCodeAt(start))
        && isDigit(text.charCodeAt(start + 1)) && isDigit(text.charCodeAt(start + 2))) push(Number(directive), start, 'nginx:map');
      continue;
    }
    if (directive === 'map' && argIndex === 0) mapsStatus = /^\$(?:upstream_status|status|upstream_cache_status_code|http_status)$/.test(text.slice(start, end));
    const index = argIndex++;
    if (start < 0) continue;
    const len = end - start;
    const three = len === 3 && isDigit(text.charCodeAt(start)) && isDigit(text.charCodeAt(start + 1)) && isDigit(text.charCodeAt(start + 2));
    const code = three ? Number(text.slice(start, end)) : -1;
    if (FIRST_ARG_DIRECTIVES.has(directive)) {
      if (index === 0 && three) push(code, start, `nginx:${directive}`);
    } else if (CODE_LIST_DIRECTIVES.has(directive)) {
      if (three) push(code, start, `nginx:${directive}`);
      else if (directive === 'error_page' && len === 4 && text.charCodeAt(start) === 61 && isDigit(text.charCodeAt(start + 1))) {
        push(Number(text.slice(start + 1, end)), start + 1, 'nginx:error_page');
      }
    } else if (UPSTREAM_DIRECTIVES.has(directive)) {
      // `proxy_next_upstream error http_502`: the condition names the status; the range covers `http_502`.
      if (len === 8 && text.startsWith('http_', start) && isDigit(text.charCodeAt(start + 5))) {
        const code = Number(text.slice(start + 5, end));
        if (code >= 100 && code <= 599) found.push({ code, start, end, form: 'constant', text: text.slice(start, end), context: `nginx:${directive}`, framework: 'nginx' });
      }
    } else if (directive === 'try_files') {
      if (len === 4 && text.charCodeAt(start) === 61 && isDigit(text.charCodeAt(start + 1))) push(Number(text.slice(start + 1, end)), start + 1, 'nginx:try_files');
    } else if (directive === 'RewriteRule') {
      const flags = text.slice(start, end);
      const m = /^\[(?:[^\]]*,)?R=([1-5]\d\d)\b/.exec(flags);
      if (m) push(Number(m[1]), start + flags.indexOf('R=') + 2, 'apache:RewriteRule');
    }
  }
  return found;
}

/** `"code":503`, `"status": 503` in a quoted JSON body. */
function jsonBodyCodes(text: string, from: number, to: number, push: (code: number, start: number, context: string) => void): void {
  const body = text.slice(from, to);
  const re = /"(?:code|status|statusCode|status_code)"\s*:\s*"?(\d{3})\b/g;
  for (let m = re.exec(body); m; m = re.exec(body)) push(Number(m[1]), from + m.index + m[0].length - 3, 'nginx:return-body');
}

